import Commerce
import GraphQLCore
import HTTPServer

/// Who is asking and how: what resolvers may look at to decide access and shape answers.
public struct RequestContext: Sendable {
    /// The token's configured name (never the token itself), or nil when anonymous.
    public var tokenName: String?
    /// The token's kind.
    public var tokenKind: TokenKind?
    /// What the token may do, as the scope strings resolvers check (`catalog:write`, ...).
    public var scopes: Set<Scope>
    /// The request's headers.
    public var headers: HTTPHeaders
    /// A per-request identifier, also in the access log.
    public var requestID: String
    /// The request's `extensions` map, if any.
    public var extensions: JSONObject?
    /// The public writes this request committed (fresh for each request).
    public let publicWrites = PublicWriteLog()
    /// The response size and time limits of the token's kind (set by the GraphQL handler).
    public var executionLimits = ExecutionLimits()
    /// The token's query cost bucket, when it has one: each query is charged its cost, and
    /// every answer carries `extensions.cost`.
    public var costBucket: CostBucket?
    /// Whether the token runs trusted documents only (`documentId`).
    public var trustedDocumentsOnly = false
    /// The channels the token may use, its home channel first (set by the application).
    public var channels: [Channel] = []
    /// The request's channels and resolved context (`@inContext` within `channels`), set by the GraphQL
    /// handler before execution; nil without channels.
    public var channelSession: ChannelSession?

    /// Creates a context.
    public init(tokenName: String? = nil, tokenKind: TokenKind? = nil, scopes: Set<Scope> = [],
                headers: HTTPHeaders = [:], requestID: String = "", extensions: JSONObject? = nil) {
        self.tokenName = tokenName
        self.tokenKind = tokenKind
        self.scopes = scopes
        self.headers = headers
        self.requestID = requestID
        self.extensions = extensions
    }

    /// Whether the token grants `scope`.
    public func allows(_ scope: Scope) -> Bool { scopes.contains(scope) }
}
