import Commerce

/// A configured token: its SHA-256 digest (the token itself is never stored), name, kind,
/// scopes and, for partners, a rate limit and a query cost bucket; any token may be limited to
/// trusted documents.
public struct AccessToken: Sendable {
    /// A name for logs and metrics, e.g. `storefront` or `partner-acme`.
    public var name: String
    /// The kind of token.
    public var kind: TokenKind
    /// What it may do.
    public var scopes: Set<Scope>
    /// The 32-byte SHA-256 digest of the token.
    public var digest: [UInt8]
    /// Requests per second allowed on average, with bursts up to `burst`; nil for no limit.
    public var rateLimit: RateLimit?
    /// The query cost bucket (partners): every answer carries `extensions.cost`; nil for none.
    public var cost: CostRate?
    /// Whether the token may run trusted documents only (`documentId`), never a query's text.
    public var trustedDocumentsOnly: Bool
    /// The codes of the channels the token may use, its home channel first (`channel` or `channels`
    /// in the configuration; `Channel.defaultCode` when it names none). Checked against the store's
    /// channels when the configuration loads.
    public var channels: [String] = [Channel.defaultCode]

    /// Creates an entry from the token's digest.
    public init(name: String, kind: TokenKind, scopes: Set<Scope>? = nil, digest: [UInt8], rateLimit: RateLimit? = nil,
                cost: CostRate? = nil, trustedDocumentsOnly: Bool = false) {
        self.name = name
        self.kind = kind
        self.scopes = scopes ?? kind.defaultScopes
        self.digest = digest
        self.rateLimit = rateLimit
        self.cost = cost
        self.trustedDocumentsOnly = trustedDocumentsOnly
    }

    /// Creates an entry from the token text, keeping only its digest.
    public init(name: String, kind: TokenKind, scopes: Set<Scope>? = nil, token: String, rateLimit: RateLimit? = nil,
                cost: CostRate? = nil, trustedDocumentsOnly: Bool = false) {
        self.init(name: name, kind: kind, scopes: scopes, digest: SHA256.digest(Array(token.utf8)), rateLimit: rateLimit,
                  cost: cost, trustedDocumentsOnly: trustedDocumentsOnly)
    }
}

/// A token-bucket rate: `perSecond` tokens refill each second, up to `burst`.
public struct RateLimit: Sendable, Equatable {
    /// Sustained requests per second.
    public var perSecond: Double
    /// The bucket's size.
    public var burst: Double

    /// Creates a rate.
    public init(perSecond: Double, burst: Double) {
        self.perSecond = perSecond
        self.burst = burst
    }
}
