import Commerce
import Foundation

/// The kit's catalog as written into a backend: the ids the backend gave, and the stock, sales and
/// change times the kit knows it should have. Expected answers are worked out from this.
struct KitStore: Sendable {
    let products = KitCatalog.products
    let collections = KitCatalog.collections
    /// The product id of each of `products`.
    var productIDs: [Int64] = []
    /// The variant ids of each product, in order.
    var variantIDs: [[Int64]] = []
    /// The stock of each product's variants.
    var stock: [[Int]] = []
    /// Units sold of each product.
    var sales: [Int64] = []
    /// The collection id of each of `collections`.
    var collectionIDs: [Int64] = []
    /// Each product's `updatedAt` in milliseconds, as read back (the backend's clock sets it).
    var productUpdatedAt: [Int64] = []
    /// Each collection's `updatedAt` in milliseconds, as read back.
    var collectionUpdatedAt: [Int64] = []

    /// Writes the kit's catalog into `check.backends`. With `history`, some products and collections are
    /// written again later (so that their change times differ) and some units are sold (taken and settled).
    static func write(_ check: BackendKitCheck, history: Bool = true) async throws -> KitStore {
        let catalog = check.backends.catalog
        var store = KitStore()
        let written = try await catalog.upsertProducts(store.products.map { $0.draft() })
        try check.equal(written.map(\.handle), store.products.map(\.handle), "upsertProducts returns the products in the drafts' order")
        store.productIDs = written.map(\.id)
        store.variantIDs = written.map { $0.variants.map(\.id) }
        store.stock = store.products.map(\.stock)
        store.sales = store.products.map { _ in 0 }
        try check.equal(Set(store.productIDs).count, store.products.count, "new products get distinct ids")
        try check.equal(Set(store.variantIDs.joined()).count, store.products.map(\.prices.count).reduce(0, +),
                        "new variants get distinct ids")
        let collections = try await catalog.upsertCollections(store.collections.map { store.draft(of: $0) })
        try check.equal(collections.map(\.handle), store.collections.map(\.handle), "upsertCollections returns the collections in order")
        store.collectionIDs = collections.map(\.id)
        if history { try await store.writeHistory(check) }
        try await store.readChangeTimes(check)
        return store
    }

    /// The draft that writes `collection` with its members' ids.
    func draft(of collection: KitCollection, id: Int64? = nil) -> CollectionDraft {
        CollectionDraft(id: id, handle: collection.handle, title: collection.title, description: collection.description,
                        descriptionHtml: "<p>\(collection.description)</p>", image: nil, seo: SEO(),
                        productIDs: collection.members.map { productIDs[$0] })
    }

    /// The draft that writes product `index` again under its id, keeping its variants and their stock.
    func rewrite(_ index: Int) -> ProductDraft {
        products[index].draft(id: productIDs[index], variantIDs: variantIDs[index], stock: products[index].prices.map { _ in nil })
    }

    private mutating func writeHistory(_ check: BackendKitCheck) async throws {
        let catalog = check.backends.catalog
        for index in KitCatalog.rewrittenProducts {
            try await Self.nextMillisecond()
            _ = try await catalog.upsertProducts([rewrite(index)])
        }
        for index in KitCatalog.rewrittenCollections {
            try await Self.nextMillisecond()
            _ = try await catalog.upsertCollections([draft(of: collections[index], id: collectionIDs[index])])
        }
        for (number, sale) in KitCatalog.sales.enumerated() {
            var quantities: [Int64: Int] = [:]
            for line in sale { quantities[variantIDs[line.product][line.variant]] = line.units }
            let take = try await catalog.takeInventory(quantities, from: [StockLevel.defaultLocation], reservation: "kit-sale-\(number)")
            try check.equal(take, .taken, "takeInventory of units in stock")
            try await catalog.settleInventory(reservation: "kit-sale-\(number)")
            for line in sale {
                stock[line.product][line.variant] -= line.units
                sales[line.product] += Int64(line.units)
            }
        }
    }

    /// Reads back the change times the backend set.
    mutating func readChangeTimes(_ check: BackendKitCheck) async throws {
        let read = try await check.backends.catalog.products(ids: productIDs, in: .standard)
        productUpdatedAt = try productIDs.map { try check.require(read[$0], "product \($0) by id").updatedAt.milliseconds }
        let readCollections = try await check.backends.catalog.collections(ids: collectionIDs, in: .standard)
        collectionUpdatedAt = try collectionIDs.map { try check.require(readCollections[$0], "collection \($0) by id").updatedAt.milliseconds }
    }

    /// Waits until the clock has moved on by a millisecond or more, so the next write's time is later
    /// than every write before (times are stored in milliseconds).
    static func nextMillisecond() async throws {
        let start = Date().milliseconds
        while Date().milliseconds <= start + 1 { try await Task.sleep(nanoseconds: 1_000_000) }
    }
}
