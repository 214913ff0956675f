/// The configured tokens, looked up by digest in constant time.
public final class TokenStore: Sendable {
    private let tokens: [AccessToken]
    private let buckets: [TokenBucket?]
    private let costBuckets: [CostBucket?]

    /// Creates a store; each rate-limited token gets its own bucket (and each token with a cost
    /// rate its cost bucket), or keeps its bucket in `previous` (the store a reload replaces) when
    /// it is there with the same digest and rate, so a reload does not refill the buckets of the
    /// tokens it did not change.
    public init(_ tokens: [AccessToken], keepingBucketsOf previous: TokenStore? = nil) {
        self.tokens = tokens
        self.buckets = tokens.map { token in
            guard let rate = token.rateLimit else { return nil }
            if let previous, let i = previous.tokens.firstIndex(where: { $0.digest == token.digest && $0.rateLimit == rate }),
               let bucket = previous.buckets[i] {
                return bucket
            }
            return TokenBucket(rate: rate)
        }
        self.costBuckets = tokens.map { token in
            guard let rate = token.cost else { return nil }
            if let previous, let i = previous.tokens.firstIndex(where: { $0.digest == token.digest && $0.cost == rate }),
               let bucket = previous.costBuckets[i] {
                return bucket
            }
            return CostBucket(rate: rate)
        }
    }

    /// Whether no token is configured.
    public var isEmpty: Bool { tokens.isEmpty }

    /// The token whose digest matches `presented`, comparing every entry in full so the time
    /// taken does not depend on where, or whether, a match is found.
    public func authenticate(_ presented: String) -> (token: AccessToken, bucket: TokenBucket?, cost: CostBucket?)? {
        let digest = SHA256.digest(Array(presented.utf8))
        var found = -1
        for (i, token) in tokens.enumerated() {
            let equal = Self.constantTimeEquals(token.digest, digest)
            found = equal && found < 0 ? i : found
        }
        return found >= 0 ? (tokens[found], buckets[found], costBuckets[found]) : nil
    }

    /// Compares two byte strings without stopping at the first difference.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
