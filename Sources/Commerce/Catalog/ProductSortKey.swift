/// The orders of a product list (`ProductSortKeys` and `ProductCollectionSortKeys`).
public enum ProductSortKey: String, Sendable, Hashable, CaseIterable {
    case TITLE, PRICE, CREATED_AT, BEST_SELLING, RELEVANCE, ID, UPDATED_AT
    /// The merchant's order within a collection; needs `ProductFilter.collectionID`.
    case MANUAL

    /// Whether the natural order is highest first.
    public var descendingByDefault: Bool { self == .BEST_SELLING || self == .RELEVANCE }

    /// Creates a key from a `ProductCollectionSortKeys` value name.
    public init?(collectionSortKey name: String) {
        if name == "COLLECTION_DEFAULT" { self = .MANUAL; return }
        guard let key = ProductSortKey(rawValue: name), key != .RELEVANCE, key != .UPDATED_AT else { return nil }
        self = key
    }
}

/// A product search: filter, order and window.
public struct ProductSearch: Sendable, Hashable {
    /// What to keep.
    public var filter: ProductFilter
    /// The order.
    public var sortKey: ProductSortKey
    /// Whether to reverse the order.
    public var reverse: Bool
    /// Which slice.
    public var window: PageWindow

    /// Creates a search.
    public init(filter: ProductFilter, sortKey: ProductSortKey, reverse: Bool, window: PageWindow) {
        self.filter = filter
        self.sortKey = sortKey
        self.reverse = reverse
        self.window = window
    }

    /// Whether the list runs highest first.
    public var descending: Bool { sortKey.descendingByDefault != reverse }

    /// The cursor order name, so cursors of one order are refused by another.
    public static func orderName(_ key: ProductSortKey, reverse: Bool) -> String {
        "product:\(key.rawValue)\(reverse ? ":r" : "")"
    }
}

/// The orders of a collection list (`CollectionSortKeys`).
public enum CollectionSortKey: String, Sendable, Hashable, CaseIterable {
    case TITLE, UPDATED_AT, ID, RELEVANCE

    /// Whether the natural order is highest first.
    public var descendingByDefault: Bool { self == .RELEVANCE }
}

/// A collection search.
public struct CollectionSearch: Sendable, Hashable {
    /// Word prefixes that must all occur in the title or description.
    public var terms: [String]
    /// The order.
    public var sortKey: CollectionSortKey
    /// Whether to reverse it.
    public var reverse: Bool
    /// Which slice.
    public var window: PageWindow

    /// Creates a search.
    public init(terms: [String], sortKey: CollectionSortKey, reverse: Bool, window: PageWindow) {
        self.terms = terms
        self.sortKey = sortKey
        self.reverse = reverse
        self.window = window
    }

    /// Whether the list runs highest first.
    public var descending: Bool { sortKey.descendingByDefault != reverse }

    /// The cursor order name.
    public static func orderName(_ key: CollectionSortKey, reverse: Bool) -> String {
        "collection:\(key.rawValue)\(reverse ? ":r" : "")"
    }
}
