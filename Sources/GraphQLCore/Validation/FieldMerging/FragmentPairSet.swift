// graphql-js's PairSet: which pairs of fragments have been compared, and whether as mutually
// exclusive.

/// Unordered pairs of fragment names, each remembering whether it was compared with mutually
/// exclusive parents. A pair compared as not exclusive covers the exclusive comparison too.
struct FragmentPairSet {
    private struct Pair: Hashable {
        let first: String
        let second: String

        init(_ a: String, _ b: String) {
            if a < b { first = a; second = b } else { first = b; second = a }
        }
    }

    private var pairs: [Pair: Bool] = [:]

    /// Whether the pair was compared in a way that covers `areMutuallyExclusive`.
    func contains(_ a: String, _ b: String, areMutuallyExclusive: Bool) -> Bool {
        guard let stored = pairs[Pair(a, b)] else { return false }
        return areMutuallyExclusive ? true : stored == areMutuallyExclusive
    }

    /// Records the pair (replacing what was recorded, as graphql-js does).
    mutating func insert(_ a: String, _ b: String, areMutuallyExclusive: Bool) {
        pairs[Pair(a, b)] = areMutuallyExclusive
    }
}
