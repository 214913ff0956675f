import Commerce

/// A sort value on the wire: exactly one of `int`, `text`, `real` (`position.schema.json`).
struct WireSortValue: Codable, Sendable {
    var int: Int64?
    var text: String?
    var real: Double?

    init(_ value: SortValue) {
        switch value {
        case .int(let number): int = number
        case .text(let string): text = string
        case .real(let number): real = number
        }
    }

    func model() throws -> SortValue {
        switch (int, text, real) {
        case (let number?, nil, nil): return .int(number)
        case (nil, let string?, nil): return .text(string)
        case (nil, nil, let number?): return .real(number)
        default: throw UpstreamContractError("a sort value holds exactly one of int, text and real")
        }
    }
}

/// A keyset position on the wire.
struct WirePosition: Codable, Sendable {
    var value: WireSortValue
    var id: Int64

    init(_ position: SortPosition) { (value, id) = (WireSortValue(position.value), position.id) }
    func model() throws -> SortPosition { SortPosition(value: try value.model(), id: id) }
}

/// A window (`after`, `before`, `limit`, `fromEnd`) on the wire.
struct WireWindow: Codable, Sendable {
    var after: WirePosition?
    var before: WirePosition?
    var limit: Int
    var fromEnd: Bool

    init(_ window: PageWindow) {
        (after, before) = (window.after.map(WirePosition.init), window.before.map(WirePosition.init))
        (limit, fromEnd) = (window.limit, window.fromEnd)
    }

    func model() throws -> PageWindow {
        guard (0...10_000).contains(limit) else { throw UpstreamContractError("limit must be from 0 to 10000") }
        return PageWindow(after: try after?.model(), before: try before?.model(), limit: limit, fromEnd: fromEnd)
    }
}

/// A product filter on the wire: `ProductFilter`'s fields.
struct WireFilter: Codable, Sendable {
    var terms: [String]
    var tags: [String]
    var vendors: [String]
    var productTypes: [String]
    var available: Bool?
    var collectionID: Int64?

    init(_ filter: ProductFilter) {
        (terms, tags, vendors, productTypes) = (filter.terms, filter.tags, filter.vendors, filter.productTypes)
        (available, collectionID) = (filter.available, filter.collectionID)
    }

    var model: ProductFilter {
        ProductFilter(terms: terms, tags: tags, vendors: vendors, productTypes: productTypes, available: available,
                      collectionID: collectionID)
    }
}

/// A product search on the wire: filter, sort key, reverse, window.
struct WireProductSearch: Codable, Sendable {
    var filter: WireFilter
    var sortKey: String
    var reverse: Bool
    var window: WireWindow
    var context: WireContext?

    init(_ search: ProductSearch, in context: CatalogContext) {
        (filter, sortKey, reverse, window) = (WireFilter(search.filter), search.sortKey.rawValue, search.reverse, WireWindow(search.window))
        self.context = WireContext(context)
    }

    func model() throws -> ProductSearch {
        guard let key = ProductSortKey(rawValue: sortKey) else { throw UpstreamContractError("unknown product sort key \(sortKey)") }
        return ProductSearch(filter: filter.model, sortKey: key, reverse: reverse, window: try window.model())
    }
}

/// A collection search on the wire.
struct WireCollectionSearch: Codable, Sendable {
    var terms: [String]
    var sortKey: String
    var reverse: Bool
    var window: WireWindow
    var context: WireContext?

    init(_ search: CollectionSearch, in context: CatalogContext) {
        (terms, sortKey, reverse, window) = (search.terms, search.sortKey.rawValue, search.reverse, WireWindow(search.window))
        self.context = WireContext(context)
    }

    func model() throws -> CollectionSearch {
        guard let key = CollectionSortKey(rawValue: sortKey) else { throw UpstreamContractError("unknown collection sort key \(sortKey)") }
        return CollectionSearch(terms: terms, sortKey: key, reverse: reverse, window: try window.model())
    }
}

/// One window of results on the wire: `{"items": [{"item": …, "position": …}], "hasMore": …}`.
struct WireSearchPage<Item: Codable & Sendable>: Codable, Sendable {
    struct Entry: Codable, Sendable {
        var item: Item
        var position: WirePosition
    }
    var items: [Entry]
    var hasMore: Bool

    init<Model>(_ page: SearchPage<Model>, _ wire: (Model) -> Item) {
        items = page.items.map { Entry(item: wire($0.item), position: WirePosition($0.position)) }
        hasMore = page.hasMore
    }

    func model<Model>(_ convert: (Item) -> Model) throws -> SearchPage<Model> {
        SearchPage(items: try items.map { (convert($0.item), try $0.position.model()) }, hasMore: hasMore)
    }
}
