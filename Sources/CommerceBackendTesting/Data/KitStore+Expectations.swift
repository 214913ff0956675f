import Commerce
import Foundation

/// The answers a backend must give about the kit's catalog, worked out by the kit from what it wrote,
/// not by asking any backend.
extension KitStore {
    /// The sort keys whose natural order is highest first.
    static let highestFirst: Set<ProductSortKey> = [.BEST_SELLING, .RELEVANCE]

    /// The product index of an id.
    func index(ofProduct id: Int64) -> Int? { productIDs.firstIndex(of: id) }

    /// Whether product `index` has a variant in stock.
    func available(_ index: Int) -> Bool { stock[index].contains { $0 > 0 } }

    /// The relevance of product `index` for `terms` by the one definition, `ProductRanking.relevance`;
    /// nil when a term matches nothing.
    func relevance(_ index: Int, terms: [String]) -> Double? {
        let product = products[index]
        return ProductRanking.relevance(title: product.title, description: product.description, tags: product.tags, terms: terms)
    }

    /// Whether product `index` passes `filter` (tags, vendors and types compared in lower case).
    func matches(_ index: Int, _ filter: ProductFilter) -> Bool {
        let product = products[index]
        let tags = Set(product.tags.map { $0.lowercased() })
        if !filter.tags.allSatisfy({ tags.contains($0.lowercased()) }) { return false }
        if !filter.vendors.allSatisfy({ $0.lowercased() == product.vendor.lowercased() }) { return false }
        if !filter.productTypes.allSatisfy({ $0.lowercased() == product.productType.lowercased() }) { return false }
        if let wanted = filter.available, available(index) != wanted { return false }
        if let collectionID = filter.collectionID {
            guard let collection = collectionIDs.firstIndex(of: collectionID),
                  collections[collection].members.contains(index) else { return false }
        }
        return relevance(index, terms: filter.terms) != nil
    }

    /// The ids of the products passing `filter`, in the order of `key` (reversed with `reverse`),
    /// ties broken by id in the same direction.
    func expectedProducts(_ filter: ProductFilter, _ key: ProductSortKey, reverse: Bool) -> [Int64] {
        let members = filter.collectionID.flatMap { collectionIDs.firstIndex(of: $0) }.map { collections[$0].members } ?? []
        let entries = products.indices.filter { matches($0, filter) }.map { index -> (id: Int64, value: SortValue) in
            let value: SortValue
            switch key {
            case .TITLE: value = .text(products[index].title.lowercased())
            case .PRICE: value = .int(products[index].prices.min() ?? 0)
            case .CREATED_AT: value = .int(products[index].createdAt.milliseconds)
            case .UPDATED_AT: value = .int(productUpdatedAt[index])
            case .BEST_SELLING: value = .int(sales[index])
            case .ID: value = .int(productIDs[index])
            case .RELEVANCE: value = .real(relevance(index, terms: filter.terms) ?? 0)
            case .MANUAL: value = .int(Int64(members.firstIndex(of: index) ?? 0))
            }
            return (productIDs[index], value)
        }
        return Self.ordered(entries, descending: Self.highestFirst.contains(key) != reverse)
    }

    /// The ids of the collections matching `terms` (in the title or description), in the order of `key`.
    func expectedCollections(terms: [String], _ key: CollectionSortKey, reverse: Bool) -> [Int64] {
        let entries = collections.indices.compactMap { index -> (id: Int64, value: SortValue)? in
            let collection = collections[index]
            guard let relevance = ProductRanking.relevance(title: collection.title, description: collection.description,
                                                           tags: [], terms: terms) else { return nil }
            let value: SortValue
            switch key {
            case .TITLE: value = .text(collection.title.lowercased())
            case .UPDATED_AT: value = .int(collectionUpdatedAt[index])
            case .ID: value = .int(collectionIDs[index])
            case .RELEVANCE: value = .real(relevance)
            }
            return (collectionIDs[index], value)
        }
        return Self.ordered(entries, descending: (key == .RELEVANCE) != reverse)
    }

    /// Ids sorted by value, then by id, both highest first when `descending`.
    static func ordered(_ entries: [(id: Int64, value: SortValue)], descending: Bool) -> [Int64] {
        entries.sorted { a, b in
            if a.value != b.value { return descending ? b.value < a.value : a.value < b.value }
            return descending ? a.id > b.id : a.id < b.id
        }.map(\.id)
    }

    /// Product handles for ids, for readable messages.
    func handles(_ ids: [Int64]) -> [String] {
        ids.map { id in index(ofProduct: id).map { products[$0].handle } ?? "#\(id)" }
    }

    /// Collection handles for ids.
    func collectionHandles(_ ids: [Int64]) -> [String] {
        ids.map { id in collectionIDs.firstIndex(of: id).map { collections[$0].handle } ?? "#\(id)" }
    }
}
