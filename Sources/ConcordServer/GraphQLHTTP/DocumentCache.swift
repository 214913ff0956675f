import GraphQLCore

/// Parsed and validated documents, by their text and the limits they were validated with,
/// bounded by a number of documents and by a byte budget (least recently used first out).
/// Text that does not parse is not kept: it would only fill the cache.
public final class DocumentCache<Engine: GraphQLEngine>: Sendable {
    /// One document's preparation.
    public enum Entry: Sendable {
        /// The text does not parse.
        case syntaxError([GraphQLError])
        /// The document parsed; `validationErrors` is empty when it is valid.
        case parsed(Engine.Document, validationErrors: [GraphQLError])
    }

    private struct Key: Hashable, Sendable {
        var text: String
        var limits: ValidationLimits
    }

    private let cache: LRUCache<Key, Entry>
    private let engine: Engine

    /// Creates a cache holding at most `capacity` documents and `maxBytes` bytes.
    public init(engine: Engine, capacity: Int, maxBytes: Int = .max) {
        self.engine = engine
        self.cache = LRUCache(capacity: capacity, maxBytes: maxBytes) { key, _ in Self.weight(key.text) }
    }

    /// What one document is counted as: the key's copy of the text, plus 16 bytes per byte of
    /// text and 1 KiB for the parsed document and its plans. (Measured: a prepared document of
    /// the storefront's collection query, 284 bytes, holds about 3.5 KB; `{ __typename }`
    /// about 0.7 KB; comments hold nothing, so long ones are counted high, never low.)
    static func weight(_ text: String) -> Int { 1024 + 17 * text.utf8.count }

    /// The prepared document for `text`, from the cache or freshly parsed and validated.
    public func prepare(_ text: String, limits: ValidationLimits) -> Entry {
        let key = Key(text: text, limits: limits)
        if let entry = cache.value(for: key) { return entry }
        let entry: Entry
        switch engine.parse(text, limits: limits) {
        case .failure(let failure): return .syntaxError(failure.errors)
        case .success(let document): entry = .parsed(document, validationErrors: engine.validate(document, limits: limits))
        }
        cache.set(entry, for: key)
        return entry
    }

    /// Hits and misses since creation.
    public var statistics: (hits: Int, misses: Int) { cache.statistics }

    /// Documents held.
    public var count: Int { cache.count }

    /// Bytes held, as weighed, and the budget.
    public var bytes: (used: Int, budget: Int) { (cache.bytes, cache.maxBytes) }
}
