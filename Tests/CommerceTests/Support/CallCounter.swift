import Foundation
import Synchronization
@testable import Commerce

/// Counts backend calls by method name.
final class CallCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func record(_ name: String) { counts.withLock { $0[name, default: 0] += 1 } }

    /// Calls of one method.
    func count(_ name: String) -> Int { counts.withLock { $0[name] ?? 0 } }

    /// Calls of every method whose name starts with a domain prefix ("catalog.", "content.", "carts.").
    func total(_ prefix: String = "") -> Int {
        counts.withLock { $0.filter { $0.key.hasPrefix(prefix) }.values.reduce(0, +) }
    }

    /// Forgets every count.
    func reset() { counts.withLock { $0 = [:] } }

    /// The backends, counted.
    func wrap(_ backends: CommerceBackends) -> CommerceBackends {
        CommerceBackends(catalog: CountingCatalog(base: backends.catalog, counter: self),
                         content: CountingContent(base: backends.content, counter: self),
                         carts: CountingCarts(base: backends.carts, counter: self))
    }
}

struct CountingCatalog: CatalogBackend {
    let base: any CatalogBackend
    let counter: CallCounter

    func channels() async throws -> [Channel] { counter.record("catalog.channels"); return try await base.channels() }
    func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] { counter.record("catalog.products"); return try await base.products(ids: ids, in: context) }
    func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] { counter.record("catalog.productsByHandle"); return try await base.products(handles: handles, in: context) }
    func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] { counter.record("catalog.variants"); return try await base.variants(ids: ids, in: context) }
    func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] { counter.record("catalog.collections"); return try await base.collections(ids: ids, in: context) }
    func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] { counter.record("catalog.collectionsByHandle"); return try await base.collections(handles: handles, in: context) }
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> { counter.record("catalog.searchProducts"); return try await base.searchProducts(search, in: context) }
    func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int { counter.record("catalog.countProducts"); return try await base.countProducts(filter, in: context) }
    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> { counter.record("catalog.searchCollections"); return try await base.searchCollections(search, in: context) }
    func countCollections(terms: [String], in context: CatalogContext) async throws -> Int { counter.record("catalog.countCollections"); return try await base.countCollections(terms: terms, in: context) }
    func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T { counter.record("catalog.writeCatalog"); return try await base.writeCatalog(body) }
    func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment { counter.record("catalog.adjustInventory"); return try await base.adjustInventory(variantID: variantID, location: location, delta: delta, maximum: maximum) }
    func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake { counter.record("catalog.takeInventory"); return try await base.takeInventory(quantities, from: locations, reservation: reservation) }
    func returnInventory(reservation: String) async throws -> Bool { counter.record("catalog.returnInventory"); return try await base.returnInventory(reservation: reservation) }
    func settleInventory(reservation: String) async throws { counter.record("catalog.settleInventory"); try await base.settleInventory(reservation: reservation) }
    func inventoryReservations(before time: Date) async throws -> [String] { counter.record("catalog.inventoryReservations"); return try await base.inventoryReservations(before: time) }
}

struct CountingContent: ContentBackend {
    let base: any ContentBackend
    let counter: CallCounter

    var defaultLocale: String { base.defaultLocale }
    func titleLocales() async throws -> Set<String> { counter.record("content.localization"); return try await base.titleLocales() }
    func pages(ids: [Int64]) async throws -> [Int64: Page] { counter.record("content.pages"); return try await base.pages(ids: ids) }
    func pages(handles: [String]) async throws -> [String: Page] { counter.record("content.pagesByHandle"); return try await base.pages(handles: handles) }
    func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> { counter.record("content.listPages"); return try await base.listPages(window: window, includeDrafts: includeDrafts) }
    func countPages(includeDrafts: Bool) async throws -> Int { counter.record("content.countPages"); return try await base.countPages(includeDrafts: includeDrafts) }
    func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) async throws -> T { counter.record("content.writeContent"); return try await base.writeContent(body) }
}

struct CountingCarts: CartBackend {
    let base: any CartBackend
    let counter: CallCounter

    func carts(ids: [String]) async throws -> [String: Cart] { counter.record("carts.carts"); return try await base.carts(ids: ids) }
    func insertCart(_ edit: CartEdit) async throws -> Cart { counter.record("carts.insertCart"); return try await base.insertCart(edit) }
    func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) async throws -> Cart? {
        counter.record("carts.updateCart")
        return try await base.updateCart(id: id, change)
    }
    func discountCodes(codes: [String]) async throws -> [String: DiscountCode] { counter.record("carts.discountCodes"); return try await base.discountCodes(codes: codes) }
    func upsertDiscountCodes(_ codes: [DiscountCode]) async throws { counter.record("carts.upsertDiscountCodes"); try await base.upsertDiscountCodes(codes) }
    func checkoutsInProgress(startedBefore time: Date) async throws -> [String] { counter.record("carts.checkoutsInProgress"); return try await base.checkoutsInProgress(startedBefore: time) }
    func placeOrder(cartID: String, _ place: @Sendable (Cart, Int?) throws -> (cart: CartEdit, order: Order)) async throws -> Order? {
        counter.record("carts.placeOrder")
        return try await base.placeOrder(cartID: cartID, place)
    }
    func orders(ids: [String]) async throws -> [String: Order] { counter.record("carts.orders"); return try await base.orders(ids: ids) }
}
