import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("Concurrent cart changes through two SQLite connections")
struct ConcurrencyTests {
    @Test("two SQLite connections to one file: concurrent adds through separate backends lose nothing")
    func twoConnections() async throws {
        let path = temporaryDatabasePath()
        let seeded = try CommerceBackends.sqlite(path: path)
        _ = try await StoreSeeder(productCount: 20).seed(into: seeded)
        let other = try CommerceBackends.sqlite(path: path)
        let variant = try await Fixture(backends: seeded, counter: CallCounter()).variantID(withStock: 1)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        _ = try await seeded.catalog.adjustInventory(variantID: key, delta: 100)
        let cart = try #require(try await Storefront(backends: seeded, scopes: [.carts]).cartCreate(nil).cart)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                let backends = index.isMultiple(of: 2) ? seeded : other
                group.addTask { _ = try await Storefront(backends: backends, scopes: [.carts]).cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variant)]) }
            }
            try await group.waitForAll()
        }
        #expect(try await Storefront(backends: other, scopes: [.carts]).cart(id: cart.id)?.totalQuantity == 40)
    }
}
