import Foundation
import Synchronization
import Testing
@testable import Commerce
@testable import CommerceSQLite

/// A catalog that fails every call once stock was taken (as if its database went away mid-checkout),
/// until `heal()`.
final class FailingAfterTake: CatalogBackend, Sendable {
    let base: any CatalogBackend
    private let broken = Mutex(false)
    struct Down: Error {}

    init(_ base: any CatalogBackend) { self.base = base }

    func heal() { broken.withLock { $0 = false } }
    private func check() throws { if broken.withLock({ $0 }) { throw Down() } }

    func channels() async throws -> [Channel] { try check(); return try await base.channels() }

    func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] { try check(); return try await base.products(ids: ids, in: context) }
    func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] { try check(); return try await base.products(handles: handles, in: context) }
    func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] { try check(); return try await base.variants(ids: ids, in: context) }
    func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] { try check(); return try await base.collections(ids: ids, in: context) }
    func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] { try check(); return try await base.collections(handles: handles, in: context) }
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> { try check(); return try await base.searchProducts(search, in: context) }
    func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int { try check(); return try await base.countProducts(filter, in: context) }
    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> { try check(); return try await base.searchCollections(search, in: context) }
    func countCollections(terms: [String], in context: CatalogContext) async throws -> Int { try check(); return try await base.countCollections(terms: terms, in: context) }
    func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T { try check(); return try await base.writeCatalog(body) }
    func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment { try check(); return try await base.adjustInventory(variantID: variantID, location: location, delta: delta, maximum: maximum) }
    func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake {
        try check()
        let taken = try await base.takeInventory(quantities, from: locations, reservation: reservation)
        if case .taken = taken { broken.withLock { $0 = true } }
        return taken
    }
    // Giving stock back still works: the failure is in reading.
    func returnInventory(reservation: String) async throws -> Bool { try await base.returnInventory(reservation: reservation) }
    func settleInventory(reservation: String) async throws { try check(); try await base.settleInventory(reservation: reservation) }
    func inventoryReservations(before time: Date) async throws -> [String] { try check(); return try await base.inventoryReservations(before: time) }
}

/// Checkout never keeps stock without an order: every failure after the stock is taken gives it back.
@Suite("Checkout: stock is taken only for an order")
struct CheckoutFailureTests {
    @Test("the catalog failing after the stock was taken: the stock is back or the order exists", arguments: BackendKind.allCases)
    func catalogFailsAfterTake(kind: BackendKind) async throws {
        let seeded = try await Fixture.seeded(kind, productCount: 10)
        let failing = FailingAfterTake(seeded.backends.catalog)
        let backends = CommerceBackends(catalog: failing, content: seeded.backends.content, carts: seeded.backends.carts)
        let store = Storefront(backends: backends, scopes: Scope.storefrontDefaults)
        let variant = try await seeded.variantID(withStock: 2)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await seeded.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 2)])).cart)
        let outcome = try? await store.cartCheckout(cartId: cart.id)
        failing.heal()
        let after = try #require(try await seeded.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        let status = try #require(try await seeded.backends.carts.carts(ids: [cart.cart.id])[cart.cart.id]?.status)
        if status == .COMPLETED {
            #expect(after == stock - 2, "an order holds the stock")
        } else {
            #expect(outcome?.order == nil)
            #expect(status == .OPEN, "the cart is usable again")
            #expect(after == stock, "the stock was given back")
            let retry = try await Storefront(backends: seeded.backends, scopes: Scope.storefrontDefaults).cartCheckout(cartId: cart.id)
            #expect(retry.order != nil && retry.userErrors.isEmpty)
        }
    }

    @Test("the order failing to be recorded gives the stock back and reopens the cart", arguments: BackendKind.allCases)
    func orderFails(kind: BackendKind) async throws {
        let seeded = try await Fixture.seeded(kind, productCount: 10)
        let carts = FailingOrders(seeded.backends.carts)
        let backends = CommerceBackends(catalog: seeded.backends.catalog, content: seeded.backends.content, carts: carts)
        let store = Storefront(backends: backends, scopes: Scope.storefrontDefaults)
        let variant = try await seeded.variantID(withStock: 2)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await seeded.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 2)])).cart)
        await #expect(throws: CommerceError.self) { _ = try await store.cartCheckout(cartId: cart.id) }
        #expect(try await seeded.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == stock)
        #expect(try await seeded.backends.carts.carts(ids: [cart.cart.id])[cart.cart.id]?.status == .OPEN)
        #expect(try await seeded.backends.catalog.inventoryReservations(before: .distantFuture) == [])
        carts.heal()
        #expect(try await store.cartCheckout(cartId: cart.id).order != nil)
        #expect(try await seeded.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == stock - 2)
        #expect(try await seeded.backends.catalog.inventoryReservations(before: .distantFuture) == [], "a placed order settles its reservation")
    }

    @Test("checkouts a crash stopped are recovered: carts reopened, stock given back, orders kept", arguments: BackendKind.allCases)
    func recovery(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 10)
        let store = fixture.storefront()
        let variant = try await fixture.variantID(withStock: 3)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        func cart() async throws -> String {
            try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant)])).cart).cart.id
        }
        let started = Date(timeIntervalSinceNow: -600)
        // Stopped after locking the cart; after taking the stock; after the order, before settling.
        let locked = try await cart(), taken = try await cart(), ordered = try await cart()
        for id in [locked, taken, ordered] { _ = try await fixture.backends.carts.beginCheckout(cartID: id, at: started) }
        for id in [taken, ordered] { _ = try await fixture.backends.catalog.takeInventory([key: 1], reservation: id) }
        _ = try await fixture.backends.carts.completeCheckout(cartID: ordered, order: OrderDraft(
            email: nil, lines: [], discountCodes: [], subtotal: .zero(.EUR), discount: .zero(.EUR), tax: .zero(.EUR),
            total: .zero(.EUR), createdAt: started))
        #expect(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == stock - 2)
        // A checkout younger than the cutoff is left alone.
        let young = try await cart()
        _ = try await fixture.backends.carts.beginCheckout(cartID: young, at: Date())

        let report = try await CheckoutRecovery(backends: fixture.backends).run(before: Date(timeIntervalSinceNow: -60))
        #expect(report == CheckoutRecovery.Report(reopenedCarts: 2, returnedReservations: 1, settledReservations: 1))
        #expect(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == stock - 1, "the order keeps its unit")
        let statuses = try await fixture.backends.carts.carts(ids: [locked, taken, ordered, young]).mapValues(\.status)
        #expect(statuses == [locked: .OPEN, taken: .OPEN, ordered: .COMPLETED, young: .CHECKING_OUT])
        #expect(try await store.cartCheckout(cartId: GlobalID(type: "Cart", key: taken).encoded).order != nil, "the cart is usable again")
        #expect(try await CheckoutRecovery(backends: fixture.backends).run(before: Date(timeIntervalSinceNow: -60)) == CheckoutRecovery.Report())
    }

    @Test("a SQLite store reopened after a crash mid-checkout recovers at start")
    func recoveryAcrossRestart() async throws {
        let path = temporaryDatabasePath()
        let first = try CommerceBackends.sqlite(path: path)
        _ = try await StoreSeeder(productCount: 10).seed(into: first)
        let store = Storefront(backends: first, scopes: Scope.storefrontDefaults)
        let variant = GlobalID(type: "ProductVariant", id: 1).encoded
        _ = try await Storefront(backends: first, scopes: [.inventoryWrite]).inventoryAdjust(variantId: variant, delta: 5)
        let stock = try #require(try await first.catalog.variants(ids: [1])[1]?.quantityAvailable)
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 2)])).cart)
        _ = try await first.carts.beginCheckout(cartID: cart.cart.id, at: Date(timeIntervalSinceNow: -120))
        _ = try await first.catalog.takeInventory([1: 2], reservation: cart.cart.id)
        // The process stops here; a new one opens the same file.
        let second = try CommerceBackends.sqlite(path: path)
        let report = try await CheckoutRecovery(backends: second).run(before: Date(timeIntervalSinceNow: -60))
        #expect(report.reopenedCarts == 1 && report.returnedReservations == 1)
        #expect(try await second.catalog.variants(ids: [1])[1]?.quantityAvailable == stock)
        #expect(try await second.carts.carts(ids: [cart.cart.id])[cart.cart.id]?.status == .OPEN)
    }
}

/// A cart backend whose orders (`completeCheckout`) fail until `heal()`.
final class FailingOrders: CartBackend, Sendable {
    let base: any CartBackend
    private let broken = Mutex(true)
    struct Down: Error {}

    init(_ base: any CartBackend) { self.base = base }

    func heal() { broken.withLock { $0 = false } }

    func carts(ids: [String]) async throws -> [String: Cart] { try await base.carts(ids: ids) }
    func insertCart(_ edit: CartEdit) async throws -> Cart { try await base.insertCart(edit) }
    func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) async throws -> Cart? { try await base.updateCart(id: id, change) }
    func discountCodes(codes: [String]) async throws -> [String: DiscountCode] { try await base.discountCodes(codes: codes) }
    func upsertDiscountCodes(_ codes: [DiscountCode]) async throws { try await base.upsertDiscountCodes(codes) }
    func checkoutsInProgress(startedBefore time: Date) async throws -> [String] { try await base.checkoutsInProgress(startedBefore: time) }
    func placeOrder(cartID: String, _ place: @Sendable (Cart, Int?) throws -> (cart: CartEdit, order: Order)) async throws -> Order? {
        if broken.withLock({ $0 }) { throw Down() }
        return try await base.placeOrder(cartID: cartID, place)
    }
    func orders(ids: [String]) async throws -> [String: Order] { try await base.orders(ids: ids) }
}
