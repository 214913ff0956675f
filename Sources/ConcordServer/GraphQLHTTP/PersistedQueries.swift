import GraphQLCore

/// Automatic persisted queries, in the protocol Apollo clients use: a request may send only
/// `extensions.persistedQuery.sha256Hash`; an unknown hash gets `PersistedQueryNotFound`, and the
/// client retries with the query, which is checked against the hash and stored.
public final class PersistedQueries: Sendable {
    private let store: LRUCache<String, String>

    /// Creates a store holding at most `capacity` queries.
    public init(capacity: Int) {
        store = LRUCache(capacity: capacity)
    }

    /// The document text for a request: its `query`, or the stored one for its hash.
    public func resolve(_ parameters: GraphQLParameters) throws(PersistedQueryError) -> String {
        guard case .object(let persisted)? = parameters.extensions?["persistedQuery"] else {
            guard let query = parameters.query else { throw .missingQuery }
            return query
        }
        if let version = persisted["version"], version != .int(1) { throw .unsupportedVersion }
        guard case .string(let hash)? = persisted["sha256Hash"] else { throw .missingHash }
        let normalized = hash.lowercased()
        if let query = parameters.query {
            guard SHA256.hex(query) == normalized else { throw .hashMismatch }
            store.set(query, for: normalized)
            return query
        }
        guard let query = store.value(for: normalized) else { throw .notFound }
        return query
    }

    /// Queries stored.
    public var count: Int { store.count }
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
