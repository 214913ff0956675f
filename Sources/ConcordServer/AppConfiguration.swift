/// How the Concord HTTP application behaves: tokens, limits, caches, CORS, status codes.
public struct AppConfiguration: Sendable {
    /// The configured tokens (stored as digests).
    public var tokens: [AccessToken] = []
    /// Whether `/graphql` refuses requests without a valid token (401).
    public var requiresToken = true
    /// Validation limits for storefront (public) tokens.
    public var storefrontLimits = QueryLimits(maxDepth: 12, maxAliases: 30, maxRootFields: 20, maxTokens: 2000,
                                              maxDocumentBytes: 32 << 10)
    /// Validation limits for other tokens.
    public var trustedLimits = QueryLimits.none
    /// Parsed documents kept.
    public var documentCacheSize = 1000
    /// The document cache's byte budget (each document weighs 1 KiB + 17 bytes per byte of text).
    public var documentCacheBytes = 64 << 20
    /// Answers of public queries kept by the response cache (0 turns it off).
    public var responseCacheSize = 256
    /// How long the response cache serves an answer when no mutation ran on this server
    /// (writes made by other processes show within this time).
    public var responseCacheSeconds = 10.0
    /// Persisted queries kept.
    public var persistedQueryCacheSize = 5000
    /// The persisted queries' byte budget (each query weighs its text, its hash and 96 bytes).
    public var persistedQueryCacheBytes = 16 << 20
    /// The response cache's byte budget (each answer weighs its key's texts, its body and 128 bytes).
    public var responseCacheBytes = 32 << 20
    /// Browser origins allowed.
    public var cors = CORSPolicy()
    /// Status codes for request errors.
    public var statusCodes = StatusCodeRule.audit
    /// The most access log bytes held for standard output while it does not take them (a full
    /// pipe); further lines are dropped and counted in `concord_access_log_dropped_total`.
    public var accessLogBufferBytes = 1 << 20
    /// The GraphQL endpoint's path.
    public var graphQLPath = "/graphql"

    /// The default configuration.
    public init() {}
}
