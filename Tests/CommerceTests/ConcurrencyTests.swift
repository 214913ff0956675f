import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("Concurrent cart mutations and checkouts")
struct ConcurrencyTests {
    @Test("50 concurrent cartLinesAdd of 1 unit leave a quantity of 50", arguments: BackendKind.allCases)
    func concurrentAdds(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let variant = try await fixture.variantID(withStock: 1)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        _ = try await fixture.backends.catalog.adjustInventory(variantID: key, delta: 100)
        let cart = try #require(try await fixture.storefront().cartCreate(nil).cart)
        let errors = try await withThrowingTaskGroup(of: [UserError].self) { group in
            for _ in 0..<50 {
                group.addTask {
                    // Each request has its own storefront, as each HTTP request would.
                    try await fixture.storefront().cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variant)]).userErrors
                }
            }
            return try await group.reduce(into: [UserError]()) { $0 += $1 }
        }
        #expect(errors.isEmpty)
        let final = try #require(try await fixture.storefront().cart(id: cart.id))
        #expect(final.lines.count == 1)
        #expect(final.totalQuantity == 50)
    }

    @Test("concurrent checkouts never oversell the last units", arguments: BackendKind.allCases)
    func concurrentCheckouts(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let variant = try await fixture.variantID(withStock: 1)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        _ = try await fixture.backends.catalog.adjustInventory(variantID: key, delta: 3 - stock)
        var carts: [String] = []
        for _ in 0..<12 {
            let cart = try await fixture.storefront().cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 1)]))
            carts.append(try #require(cart.cart?.id))
        }
        let outcomes = try await withThrowingTaskGroup(of: CheckoutPayload.self) { group in
            for cart in carts { group.addTask { try await fixture.storefront().cartCheckout(cartId: cart) } }
            return try await group.reduce(into: [CheckoutPayload]()) { $0.append($1) }
        }
        let orders = outcomes.compactMap(\.order)
        #expect(orders.count == 3)
        #expect(Set(orders.map(\.number)).count == 3, "order numbers are unique")
        #expect(outcomes.filter { $0.order == nil }.allSatisfy { $0.userErrors.map(\.code) == [.NOT_ENOUGH_STOCK] })
        #expect(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == 0)
    }

    @Test("checking out one cart twice at once makes one order", arguments: BackendKind.allCases)
    func doubleCheckout(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let variant = try await fixture.variantID(withStock: 5)
        let cart = try #require(try await fixture.storefront().cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 1)])).cart)
        let outcomes = try await withThrowingTaskGroup(of: CheckoutPayload.self) { group in
            for _ in 0..<8 { group.addTask { try await fixture.storefront().cartCheckout(cartId: cart.id) } }
            return try await group.reduce(into: [CheckoutPayload]()) { $0.append($1) }
        }
        #expect(outcomes.compactMap(\.order).count == 1)
        #expect(outcomes.filter { $0.order == nil }.allSatisfy { $0.userErrors.map(\.code) == [.CART_COMPLETED] })
    }

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
