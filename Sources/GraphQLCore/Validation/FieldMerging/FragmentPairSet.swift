// graphql-js's PairSet: which pairs of fragments have been compared, and whether as mutually
// exclusive.

/// Unordered pairs of fragment names (as `NameTable` numbers), each remembering whether it was compared with mutually
/// exclusive parents. A pair compared as not exclusive covers the exclusive comparison too.
struct FragmentPairSet {
    private var pairs: [Int: Bool] = [:]

    private static func key(_ a: Int, _ b: Int) -> Int { a < b ? a << 32 | b : b << 32 | a }

    /// Whether the pair was compared in a way that covers `areMutuallyExclusive`.
    func contains(_ a: Int, _ b: Int, areMutuallyExclusive: Bool) -> Bool {
        guard let stored = pairs[Self.key(a, b)] else { return false }
        return areMutuallyExclusive ? true : stored == areMutuallyExclusive
    }

    /// Records the pair (replacing what was recorded, as graphql-js does).
    mutating func insert(_ a: Int, _ b: Int, areMutuallyExclusive: Bool) {
        pairs[Self.key(a, b)] = areMutuallyExclusive
    }
}
