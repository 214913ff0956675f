import GraphQLCore

/// Parsed and validated documents, by their text and the limits they were validated with,
/// bounded in size (least recently used first out).
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
        var limits: QueryLimits
    }

    private let cache: LRUCache<Key, Entry>
    private let engine: Engine

    /// Creates a cache holding at most `capacity` documents.
    public init(engine: Engine, capacity: Int) {
        self.engine = engine
        self.cache = LRUCache(capacity: capacity)
    }

    /// The prepared document for `text`, from the cache or freshly parsed and validated.
    public func prepare(_ text: String, limits: QueryLimits) -> Entry {
        let key = Key(text: text, limits: limits)
        if let entry = cache.value(for: key) { return entry }
        let entry: Entry
        switch engine.parse(text, limits: limits) {
        case .failure(let failure): entry = .syntaxError(failure.errors)
        case .success(let document): entry = .parsed(document, validationErrors: engine.validate(document, limits: limits))
        }
        cache.set(entry, for: key)
        return entry
    }

    /// Hits and misses since creation.
    public var statistics: (hits: Int, misses: Int) { cache.statistics }

    /// Documents held.
    public var count: Int { cache.count }
}
