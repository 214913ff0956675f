/// A request's batch loader of catalog answers in one `CatalogContext`. It can only be made with
/// the context, which its batch function receives, so every value it holds was read in that
/// context: a request's loaders never mix the answers of two channels or languages.
public final class CatalogLoader<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Loads many keys in one backend call, in the context; keys with no value are absent.
    public typealias BatchFunction = @Sendable (CatalogContext, [Key]) async throws -> [Key: Value]

    /// The context every value is read in.
    public let context: CatalogContext
    /// The loader underneath, batching the keys.
    private let loader: BatchLoader<Key, Value>

    /// Creates a loader reading in `context`.
    public init(context: CatalogContext, yields: Int = 8, _ batchFunction: @escaping BatchFunction) {
        self.context = context
        loader = BatchLoader(yields: yields) { keys in try await batchFunction(context, keys) }
    }

    /// The value for one key, or nil when the backend has none in the context.
    public func load(_ key: Key) async throws -> Value? { try await loader.load(key) }

    /// The values for many keys, from one batch where they were not loaded before.
    public func loadMany(_ keys: [Key]) async throws -> [Key: Value] { try await loader.loadMany(keys) }

    /// Adds keys to the forming batch without waiting for it.
    public func prefetch(_ keys: [Key]) async { await loader.prefetch(keys) }

    /// Stores a value read in the same context without a backend call.
    public func prime(_ key: Key, _ value: Value) async { await loader.prime(key, value) }

    /// Stores many values read in the same context without a backend call.
    public func prime(_ values: [Key: Value]) async { await loader.prime(values) }

    /// Forgets keys, so the next load asks the backend again.
    public func clear(_ keys: [Key]) async { await loader.clear(keys) }

    /// How many backend calls the loader made.
    public var batchCount: Int { get async { await loader.batchCount } }

    /// How many keys it sent in all.
    public var keyCount: Int { get async { await loader.keyCount } }
}
