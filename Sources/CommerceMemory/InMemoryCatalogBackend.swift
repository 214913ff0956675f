import Commerce
import Foundation

/// A catalog held in memory, for tests and small demos. An actor, so every write is atomic: a write
/// transaction works on a copy of the catalog, kept only when the domain closure returns.
public actor InMemoryCatalogBackend: CatalogBackend {
    var state = InMemoryCatalogState()
    /// When a take writes `inventory/low`.
    public nonisolated let inventoryLowThreshold = InventoryLowThreshold()

    /// Creates an empty catalog.
    public init() {}

    public func products(ids: [Int64]) -> [Int64: Product] { state.products(ids: ids) }

    public func products(handles: [String]) -> [String: Product] {
        state.productIDByHandle.entries(for: handles).compactMapValues { state.productsByID[$0] }
    }

    public func variants(ids: [Int64]) -> [Int64: ProductVariant] {
        var result: [Int64: ProductVariant] = [:]
        for id in ids {
            if let (productID, index) = state.variantLocation(id) { result[id] = state.productsByID[productID]?.variants[index] }
        }
        return result
    }

    public func collections(ids: [Int64]) -> [Int64: Collection] { state.collections(ids: ids) }

    public func collections(handles: [String]) -> [String: Collection] {
        state.collectionIDByHandle.entries(for: handles).compactMapValues { state.collectionsByID[$0] }
    }

    public func searchProducts(_ search: ProductSearch) -> SearchPage<Product> {
        let ranked = matching(search.filter).map { product, relevance, position in
            (item: product, position: SortPosition(
                value: ProductRanking.sortValue(product, key: search.sortKey, relevance: relevance, manualPosition: position),
                id: product.id))
        }
        return page(ranked, window: search.window, descending: search.descending)
    }

    public func countProducts(_ filter: ProductFilter) -> Int {
        matching(filter).count
    }

    public func searchCollections(_ search: CollectionSearch) -> SearchPage<Collection> {
        let ranked: [(item: Collection, position: SortPosition)] = state.collectionsByID.values.compactMap { collection in
            guard let relevance = ProductRanking.relevance(
                title: collection.title, description: collection.description, tags: [], terms: search.terms) else { return nil }
            let value = ProductRanking.sortValue(collection, key: search.sortKey, relevance: relevance)
            return (item: collection, position: SortPosition(value: value, id: collection.id))
        }
        return page(ranked, window: search.window, descending: search.descending)
    }

    public func countCollections(terms: [String]) -> Int {
        state.collectionsByID.values.filter {
            ProductRanking.relevance(title: $0.title, description: $0.description, tags: [], terms: terms) != nil
        }.count
    }

    public func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) throws -> T {
        let transaction = InMemoryCatalogTransaction(state: state)
        let result = try body(transaction)
        state = transaction.state
        return result
    }

    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int) -> InventoryAdjustment {
        guard let (productID, index) = state.variantLocation(variantID),
              let current = state.productsByID[productID]?.variants[index].quantityAvailable else { return .notFound }
        switch CatalogRules.stockChange(current: current, delta: delta, maximum: maximum) {
        case .refused(let refusal):
            return refusal
        case .allowed(let stock):
            state.setStock(stock, variantID: variantID, at: Date(milliseconds: Date().milliseconds))
            return state.productsByID[productID].map { .adjusted($0.variants[index]) } ?? .notFound
        }
    }

    public func takeInventory(_ quantities: [Int64: Int], reservation: String) -> InventoryTake {
        guard state.reservations[reservation] == nil else { return .short([:]) }
        let stock = variants(ids: Array(quantities.keys)).mapValues(\.quantityAvailable)
        let short = CatalogRules.shortfall(quantities, stock: stock)
        guard short.isEmpty else { return .short(short) }
        for (variantID, quantity) in quantities {
            guard let available = stock[variantID] else { continue }
            state.setStock(available - quantity, variantID: variantID, sold: quantity)
            if let productID = state.variantLocation(variantID)?.0, let event = inventoryLowThreshold.event(
                variantID: variantID, productID: productID, before: available, after: available - quantity, at: Date()) {
                state.outbox.append(event)
            }
        }
        state.reservations[reservation] = (quantities, Date())
        return .taken
    }

    public func returnInventory(reservation: String) -> Bool {
        guard let (quantities, _) = state.reservations.removeValue(forKey: reservation) else { return false }
        for (variantID, quantity) in quantities {
            guard let (productID, index) = state.variantLocation(variantID),
                  let current = state.productsByID[productID]?.variants[index].quantityAvailable else { continue }
            state.setStock(current + quantity, variantID: variantID, sold: -quantity)
        }
        return true
    }

    public func settleInventory(reservation: String) {
        state.reservations[reservation] = nil
    }

    public func inventoryReservations(before time: Date) -> [String] {
        state.reservations.filter { $0.value.takenAt < time }.map(\.key).sorted()
    }

    /// The products passing `filter`, with their relevance and manual position.
    private func matching(_ filter: ProductFilter) -> [(Product, Double, Int?)] {
        var positions: [Int64: Int]?
        var candidates: [Product]
        if let collectionID = filter.collectionID {
            let members = state.membership[collectionID] ?? []
            positions = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
            candidates = members.compactMap { state.productsByID[$0] }
        } else {
            candidates = Array(state.productsByID.values)
        }
        return candidates.compactMap { product in
            guard filter.matchesFields(product),
                  let relevance = ProductRanking.relevance(
                    title: product.title, description: product.description, tags: product.tags, terms: filter.terms)
            else { return nil }
            return (product, relevance, positions?[product.id])
        }
    }

    /// The window of a list ranked in any order.
    private func page<Item>(_ ranked: [(item: Item, position: SortPosition)], window: PageWindow, descending: Bool) -> SearchPage<Item> {
        let sorted = ranked.sorted { $0.position.precedes($1.position, descending: descending) }
        let (items, hasMore) = window.apply(sorted, descending: descending)
        return SearchPage(items: items, hasMore: hasMore)
    }
}
