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

    public func channels() -> [Channel] { state.channels }

    public func products(ids: [Int64], in context: CatalogContext) -> [Int64: Product] {
        state.products(ids: ids).compactMapValues { state.project($0, in: context) }
    }

    public func products(handles: [String], in context: CatalogContext) -> [String: Product] {
        state.productIDByHandle.entries(for: handles).compactMapValues { id in
            state.productsByID[id].flatMap { state.project($0, in: context) }
        }
    }

    public func variants(ids: [Int64], in context: CatalogContext) -> [Int64: ProductVariant] {
        var result: [Int64: ProductVariant] = [:]
        var projected: [Int64: Product?] = [:]
        for id in ids {
            guard let (productID, _) = state.variantLocation(id) else { continue }
            if projected[productID] == nil { projected[productID] = state.productsByID[productID].flatMap { state.project($0, in: context) } }
            if let variant = projected[productID]??.variants.first(where: { $0.id == id }) { result[id] = variant }
        }
        return result
    }

    public func collections(ids: [Int64], in context: CatalogContext) -> [Int64: Collection] {
        state.collections(ids: ids).mapValues { state.project($0, in: context) }
    }

    public func collections(handles: [String], in context: CatalogContext) -> [String: Collection] {
        state.collectionIDByHandle.entries(for: handles).compactMapValues { id in
            state.collectionsByID[id].map { state.project($0, in: context) }
        }
    }

    public func searchProducts(_ search: ProductSearch, in context: CatalogContext) -> SearchPage<Product> {
        let ranked = matching(search.filter, in: context).map { product, relevance, position in
            (item: product, position: SortPosition(
                value: ProductRanking.sortValue(product, key: search.sortKey, relevance: relevance, manualPosition: position),
                id: product.id))
        }
        return page(ranked, window: search.window, descending: search.descending)
    }

    public func countProducts(_ filter: ProductFilter, in context: CatalogContext) -> Int {
        matching(filter, in: context).count
    }

    public func searchCollections(_ search: CollectionSearch, in context: CatalogContext) -> SearchPage<Collection> {
        let ranked: [(item: Collection, position: SortPosition)] = state.collectionsByID.values.compactMap { collection in
            guard let relevance = ProductRanking.relevance(
                title: collection.title, description: collection.description, tags: [], terms: search.terms) else { return nil }
            let shown = state.project(collection, in: context)
            let value = ProductRanking.sortValue(shown, key: search.sortKey, relevance: relevance)
            return (item: shown, position: SortPosition(value: value, id: collection.id))
        }
        return page(ranked, window: search.window, descending: search.descending)
    }

    public func countCollections(terms: [String], in context: CatalogContext) -> Int {
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

    public func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) -> InventoryAdjustment {
        guard let (productID, index) = state.variantLocation(variantID) else { return .notFound }
        let current = state.units(variantID, at: location)
        switch CatalogRules.stockChange(current: current, delta: delta, maximum: maximum) {
        case .refused(let refusal):
            return refusal
        case .allowed(let units):
            state.setStock(units, variantID: variantID, location: location, at: Date(milliseconds: Date().milliseconds))
            return state.productsByID[productID].map { .adjusted($0.variants[index].with(quantityAvailable: units)) } ?? .notFound
        }
    }

    public func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) -> InventoryTake {
        guard state.reservations[reservation] == nil else { return .short([:]) }
        let locations = CatalogRules.uniqued(locations)
        var stock: [Int64: Int] = [:]
        for variantID in quantities.keys where state.variantLocation(variantID) != nil {
            stock[variantID] = locations.reduce(0) { $0 + state.units(variantID, at: $1) }
        }
        let short = CatalogRules.shortfall(quantities, stock: stock)
        guard short.isEmpty else { return .short(short) }
        var taken: [TakenStock] = []
        for (variantID, quantity) in quantities.sorted(by: { $0.key < $1.key }) {
            guard let available = stock[variantID],
                  let plan = CatalogRules.takePlan(quantity, from: locations, stock: state.stock[variantID] ?? [:]) else { continue }
            for (index, step) in plan.enumerated() {
                state.setStock(state.units(variantID, at: step.location) - step.quantity, variantID: variantID,
                               location: step.location, sold: index == 0 ? quantity : 0)
                taken.append(TakenStock(variantID: variantID, location: step.location, quantity: step.quantity))
            }
            if let productID = state.variantLocation(variantID)?.0, let event = inventoryLowThreshold.event(
                variantID: variantID, productID: productID, before: available, after: available - quantity, at: Date()) {
                state.outbox.append(event)
            }
        }
        state.reservations[reservation] = (taken, Date())
        return .taken
    }

    public func returnInventory(reservation: String) -> Bool {
        guard let (taken, _) = state.reservations.removeValue(forKey: reservation) else { return false }
        for record in taken where state.variantLocation(record.variantID) != nil {
            state.setStock(state.units(record.variantID, at: record.location) + record.quantity, variantID: record.variantID,
                           location: record.location, sold: -record.quantity)
        }
        return true
    }

    public func settleInventory(reservation: String) {
        state.reservations[reservation] = nil
    }

    public func inventoryReservations(before time: Date) -> [String] {
        state.reservations.filter { $0.value.takenAt < time }.map(\.key).sorted()
    }

    /// The products passing `filter` among those the context's channel shows in searches, projected
    /// into it, with their relevance (over their own texts, as the SQL backends' full-text indexes
    /// hold them) and manual position.
    private func matching(_ filter: ProductFilter, in context: CatalogContext) -> [(Product, Double, Int?)] {
        var positions: [Int64: Int]?
        var candidates: [Product]
        if let collectionID = filter.collectionID {
            let members = state.membership[collectionID] ?? []
            positions = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
            candidates = members.compactMap { state.productsByID[$0] }
        } else {
            candidates = Array(state.productsByID.values)
        }
        return candidates.compactMap { stored in
            guard let relevance = ProductRanking.relevance(
                    title: stored.title, description: stored.description, tags: stored.tags, terms: filter.terms),
                  let product = state.project(stored, in: context, searching: true), filter.matchesFields(product)
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
