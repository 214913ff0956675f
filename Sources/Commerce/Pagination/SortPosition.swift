/// A value an item is sorted by.
public enum SortValue: Sendable, Hashable, Comparable {
    /// An integer: prices, times, counts, positions.
    case int(Int64)
    /// A text, compared by UTF-8 bytes (the same order as SQLite's BINARY collation).
    case text(String)
    /// A real number: relevance scores.
    case real(Double)

    public static func < (lhs: SortValue, rhs: SortValue) -> Bool {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a < b
        case let (.real(a), .real(b)): return a < b
        case let (.text(a), .text(b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.int, _): return true
        case (.text, .real): return true
        default: return false
        }
    }
}

/// Where an item sits in a sorted list: its sort value, then its id to break ties.
public struct SortPosition: Sendable, Hashable {
    /// The sort value.
    public var value: SortValue
    /// The item's id.
    public var id: Int64

    /// Creates a position.
    public init(value: SortValue, id: Int64) {
        self.value = value
        self.id = id
    }

    /// Whether `self` comes before `other` in ascending order (`descending` flips it).
    public func precedes(_ other: SortPosition, descending: Bool) -> Bool {
        if value != other.value { return descending ? other.value < value : value < other.value }
        return descending ? other.id < id : id < other.id
    }
}

/// Which slice of a sorted list to read: the keyset form of first/after/last/before.
public struct PageWindow: Sendable, Hashable {
    /// Only items strictly after this position.
    public var after: SortPosition?
    /// Only items strictly before this position.
    public var before: SortPosition?
    /// How many items to return.
    public var limit: Int
    /// Take the last `limit` items of the range instead of the first.
    public var fromEnd: Bool

    /// Creates a window.
    public init(after: SortPosition? = nil, before: SortPosition? = nil, limit: Int, fromEnd: Bool = false) {
        self.after = after
        self.before = before
        self.limit = limit
        self.fromEnd = fromEnd
    }

    /// Applies the window to positions already sorted in the list's order: the items in range,
    /// `limit` of them from the start or end, and whether more were in range beyond the limit.
    public func apply<Item>(_ sorted: [(item: Item, position: SortPosition)], descending: Bool)
        -> (items: [(item: Item, position: SortPosition)], hasMore: Bool) {
        let inRange = sorted.filter { entry in
            if let after, !after.precedes(entry.position, descending: descending) { return false }
            if let before, !entry.position.precedes(before, descending: descending) { return false }
            return true
        }
        if fromEnd {
            return (Array(inRange.suffix(limit)), inRange.count > limit)
        }
        return (Array(inRange.prefix(limit)), inRange.count > limit)
    }
}

/// A page of a keyset search, in the list's order.
public struct SearchPage<Item: Sendable>: Sendable {
    /// The items with their positions.
    public var items: [(item: Item, position: SortPosition)]
    /// Whether more items were in range beyond the window's limit (after the end, or before the start with `fromEnd`).
    public var hasMore: Bool

    /// Creates a page.
    public init(items: [(item: Item, position: SortPosition)], hasMore: Bool) {
        self.items = items
        self.hasMore = hasMore
    }
}
