import Commerce
import CommerceHTTP
import Foundation

/// A catalog for the backend kit: every read through the `http` backend, every write to the store
/// behind the upstream (which the contract does not carry). Keeps its fixture alive.
struct ReadThroughCatalog: CatalogBackend {
    let reads: HTTPCatalogBackend
    let store: any CatalogBackend
    let fixture: UpstreamFixture

    func channels() async throws -> [Channel] { try await reads.channels() }
    func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] {
        try await reads.products(ids: ids, in: context)
    }
    func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] {
        try await reads.products(handles: handles, in: context)
    }
    func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] {
        try await reads.variants(ids: ids, in: context)
    }
    func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] {
        try await reads.collections(ids: ids, in: context)
    }
    func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] {
        try await reads.collections(handles: handles, in: context)
    }
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> {
        try await reads.searchProducts(search, in: context)
    }
    func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int {
        try await reads.countProducts(filter, in: context)
    }
    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> {
        try await reads.searchCollections(search, in: context)
    }
    func countCollections(terms: [String], in context: CatalogContext) async throws -> Int {
        try await reads.countCollections(terms: terms, in: context)
    }
    func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T {
        try await store.writeCatalog(body)
    }
    func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment {
        try await store.adjustInventory(variantID: variantID, location: location, delta: delta, maximum: maximum)
    }
    func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake {
        try await store.takeInventory(quantities, from: locations, reservation: reservation)
    }
    func returnInventory(reservation: String) async throws -> Bool { try await store.returnInventory(reservation: reservation) }
    func settleInventory(reservation: String) async throws { try await store.settleInventory(reservation: reservation) }
    func inventoryReservations(before time: Date) async throws -> [String] { try await store.inventoryReservations(before: time) }
}

/// Content for the backend kit, as `ReadThroughCatalog`.
struct ReadThroughContent: ContentBackend {
    let reads: HTTPContentBackend
    let store: any ContentBackend

    var defaultLocale: String { reads.defaultLocale }
    func titleLocales() async throws -> Set<String> { try await reads.titleLocales() }
    func pages(ids: [Int64]) async throws -> [Int64: Page] { try await reads.pages(ids: ids) }
    func pages(handles: [String]) async throws -> [String: Page] { try await reads.pages(handles: handles) }
    func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> {
        try await reads.listPages(window: window, includeDrafts: includeDrafts)
    }
    func countPages(includeDrafts: Bool) async throws -> Int { try await reads.countPages(includeDrafts: includeDrafts) }
    func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) async throws -> T {
        try await store.writeContent(body)
    }
}
