import GraphQLCore

/// Automatic persisted queries, in the protocol Apollo clients use: a request may send only
/// `extensions.persistedQuery.sha256Hash`; an unknown hash gets `PersistedQueryNotFound`, and the
/// client retries with the query, which is checked against the hash and stored once it parsed.
///
/// The store is bounded by a number of queries and by a byte budget (each query weighs its
/// text, its hash and a fixed overhead), least recently used first out.
public final class PersistedQueries: Sendable {
    /// A request's document text and, when it registers a query, the hash to store it under
    /// once the text proved to be a document (`register`).
    public struct Resolution: Sendable, Equatable {
        /// The document text.
        public var text: String
        /// The hash the text is to be stored under; nil when nothing is to be stored.
        public var registering: String?
    }

    private let store: LRUCache<String, String>

    /// Creates a store holding at most `capacity` queries and `maxBytes` bytes.
    public init(capacity: Int, maxBytes: Int = .max) {
        store = LRUCache(capacity: capacity, maxBytes: maxBytes) { hash, text in Self.weight(hash, text) }
    }

    /// What one stored query is counted as: its text, its hash and 96 bytes for the entry.
    static func weight(_ hash: String, _ text: String) -> Int { hash.utf8.count + text.utf8.count + 96 }

    /// The document text for a request: its `query`, or the stored one for its hash.
    public func resolve(_ parameters: GraphQLParameters) throws(PersistedQueryError) -> Resolution {
        guard case .object(let persisted)? = parameters.extensions?["persistedQuery"] else {
            guard let query = parameters.query else { throw .missingQuery }
            return Resolution(text: query)
        }
        if let version = persisted["version"], version != .int(1) { throw .unsupportedVersion }
        guard case .string(let hash)? = persisted["sha256Hash"] else { throw .missingHash }
        let normalized = hash.lowercased()
        if let query = parameters.query {
            guard SHA256.hex(query) == normalized else { throw .hashMismatch }
            return Resolution(text: query, registering: normalized)
        }
        guard let query = store.value(for: normalized) else { throw .notFound }
        return Resolution(text: query)
    }

    /// Stores a query under its hash (after it parsed: text that is no document is never kept).
    public func register(_ resolution: Resolution) {
        guard let hash = resolution.registering else { return }
        store.set(resolution.text, for: hash)
    }

    /// Queries stored.
    public var count: Int { store.count }

    /// Bytes held, as weighed, and the budget.
    public var bytes: (used: Int, budget: Int) { (store.bytes, store.maxBytes) }
}

/// Why a persisted query could not be used.
public enum PersistedQueryError: Error, Sendable, Equatable {
    /// The hash is unknown: the client should send the query with it.
    case notFound
    /// The query's SHA-256 is not the hash sent with it.
    case hashMismatch
    /// `persistedQuery` has no string `sha256Hash`.
    case missingHash
    /// `persistedQuery.version` is not 1.
    case unsupportedVersion
    /// Neither a query nor a persisted query.
    case missingQuery

    /// The GraphQL error sent to the client.
    public var graphQLError: GraphQLError {
        switch self {
        case .notFound:
            return GraphQLError("PersistedQueryNotFound", extensions: ["code": .string("PERSISTED_QUERY_NOT_FOUND")])
        case .hashMismatch:
            return GraphQLError("provided sha does not match query", extensions: ["code": .string("BAD_REQUEST")])
        case .missingHash:
            return GraphQLError("persistedQuery needs a string sha256Hash", extensions: ["code": .string("BAD_REQUEST")])
        case .unsupportedVersion:
            return GraphQLError("Unsupported persisted query version", extensions: ["code": .string("BAD_REQUEST")])
        case .missingQuery:
            return GraphQLError("the query parameter is required", extensions: ["code": .string("BAD_REQUEST")])
        }
    }
}
