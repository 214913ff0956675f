import GraphQLCore

/// How the Concord HTTP application behaves: tokens, limits, caches, CORS, status codes.
public struct AppConfiguration: Sendable {
    /// The configured tokens (stored as digests).
    public var tokens: [AccessToken] = []
    /// Whether `/graphql` refuses requests without a valid token (401).
    public var requiresToken = true
    /// Limits for storefront tokens (and requests without one): the storefront's own queries
    /// pass them (its product page, the costliest, costs 3,783).
    public var storefrontLimits = ValidationLimits(maxDepth: 12, maxAliases: 30, maxRootFields: 20, maxTokens: 2000,
                                              maxDocumentBytes: 32 << 10, maxCost: 10_000, maxResponseBytes: 16 << 20, timeout: 10)
    /// Limits for partner tokens: generous (a 250 × 250 page of variants costs about 125,000).
    public var partnerLimits = AppConfiguration.trustedDefaults
    /// Limits for editor tokens: as generous as partners'.
    public var editorLimits = AppConfiguration.trustedDefaults

    /// The default limits of partner and editor tokens.
    public static let trustedDefaults = ValidationLimits(maxDepth: 25, maxAliases: 200, maxRootFields: 100, maxTokens: 20_000,
                                                    maxCost: 250_000, maxResponseBytes: 16 << 20, timeout: 10)
    /// Parsed documents kept.
    public var documentCacheSize = 1000
    /// The document cache's byte budget (each document weighs 1 KiB + 17 bytes per byte of text).
    public var documentCacheBytes = 64 << 20
    /// Answers of public queries kept by the response cache (0 turns it off).
    public var responseCacheSize = 256
    /// How long the response cache serves an answer when no mutation ran on this server
    /// (writes made by other processes show within this time).
    public var responseCacheSeconds = 10.0
    /// Seconds one GraphQL request's execution may wait on upstream services (the `http` backends)
    /// in all: every upstream call gets what remains (`upstreamDeadlineMs` in the file; 2 s by default).
    public var upstreamDeadline = 2.0
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
    /// The directory of trusted document manifests (`trustedDocuments.directory`), read at start and on each reload.
    public var trustedDocumentsDirectory: String?
    /// The trusted documents served by `documentId`: every manifest in the directory.
    public var trustedDocuments: [TrustedDocument] = []

    /// The default configuration.
    public init() {}

    /// The limits for a token of `kind` (storefront limits without a token).
    public func limits(for kind: TokenKind?) -> ValidationLimits {
        switch kind {
        case nil, .storefront?: return storefrontLimits
        case .partner?: return partnerLimits
        case .editor?: return editorLimits
        }
    }
}
