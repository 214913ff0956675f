/// The configured tokens, looked up by digest in constant time.
public final class TokenStore: Sendable {
    private let tokens: [AccessToken]
    private let buckets: [TokenBucket?]

    /// Creates a store; each rate-limited token gets its own bucket.
    public init(_ tokens: [AccessToken]) {
        self.tokens = tokens
        self.buckets = tokens.map { $0.rateLimit.map { TokenBucket(rate: $0) } }
    }

    /// Whether no token is configured.
    public var isEmpty: Bool { tokens.isEmpty }

    /// The token whose digest matches `presented`, comparing every entry in full so the time
    /// taken does not depend on where, or whether, a match is found.
    public func authenticate(_ presented: String) -> (token: AccessToken, bucket: TokenBucket?)? {
        let digest = SHA256.digest(Array(presented.utf8))
        var found = -1
        for (i, token) in tokens.enumerated() {
            let equal = Self.constantTimeEquals(token.digest, digest)
            found = equal && found < 0 ? i : found
        }
        return found >= 0 ? (tokens[found], buckets[found]) : nil
    }

    /// Compares two byte strings without stopping at the first difference.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
