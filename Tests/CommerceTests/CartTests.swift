import Foundation
import Testing
@testable import Commerce

@Suite("Carts: mutations, prices and user errors against both backends")
struct CartTests {
    @Test("create, add, update, remove, discount, buyer: totals in minor units", arguments: BackendKind.allCases)
    func flow(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 60)
        let store = fixture.storefront()
        let a = try await fixture.variantID(withStock: 10), b = try await fixture.variantID(withStock: 10, skip: 5)
        let created = try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: a, quantity: 2)]))
        #expect(created.userErrors.isEmpty)
        let cart = try #require(created.cart)
        #expect(cart.totalQuantity == 2 && cart.status == .OPEN)
        #expect(cart.cost.subtotal.minorUnits == cart.lines[0].variant.price.minorUnits * 2)

        let added = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: a), CartLineInput(merchandiseId: b, quantity: 3)])
        #expect(added.userErrors.isEmpty)
        let afterAdd = try #require(added.cart)
        #expect(afterAdd.lines.map(\.line.quantity) == [3, 3], "the same variant raises its line")

        let secondLine = afterAdd.lines[1]
        let updated = try await store.cartLinesUpdate(cartId: cart.id, lines: [CartLineUpdateInput(id: secondLine.id, quantity: 1)])
        #expect(updated.cart?.lines.map(\.line.quantity) == [3, 1])

        let discounted = try await store.cartDiscountCodesUpdate(cartId: cart.id, discountCodes: ["welcome10", "EXPIRED15"])
        #expect(discounted.userErrors.isEmpty)
        let view = try #require(discounted.cart)
        #expect(view.discountCodes.map(\.code) == ["WELCOME10", "EXPIRED15"])
        #expect(view.discountCodes.map(\.applicable) == [true, false])
        let subtotal = view.cost.subtotal.minorUnits
        #expect(view.cost.discount.minorUnits == (subtotal * 1000 + 5000) / 10000)
        #expect(view.cost.total.minorUnits == subtotal - view.cost.discount.minorUnits)
        #expect(view.lines.map(\.total.minorUnits).reduce(0, +) == view.cost.total.minorUnits)
        #expect(view.cost.tax.minorUnits == Int64((Double(view.cost.total.minorUnits) * 0.19 / 1.19).rounded()))

        let buyer = try await store.cartBuyerIdentityUpdate(cartId: cart.id, buyerIdentity: CartBuyerIdentityInput(email: "ana@example.com", countryCode: "DE"))
        #expect(buyer.cart?.cart.buyerIdentity == BuyerIdentity(email: "ana@example.com", countryCode: "DE"))

        let removed = try await store.cartLinesRemove(cartId: cart.id, lineIds: [view.lines[0].id])
        #expect(removed.cart?.lines.count == 1)
        let reread = try await fixture.storefront().cart(id: cart.id)
        #expect(reread?.totalQuantity == 1)
        #expect(try await store.cart(id: GlobalID(type: "Cart", key: "nope").encoded) == nil)
    }

    @Test("every bad input is a user error with a stable code and a field path", arguments: BackendKind.allCases)
    func userErrors(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let store = fixture.storefront()
        let variant = try await fixture.variantID(withStock: 5)
        let cart = try #require(try await store.cartCreate(nil).cart)

        func codes(_ payload: CartPayload) -> [String] {
            payload.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" }
        }
        let unknownCart = try await store.cartLinesAdd(cartId: GlobalID(type: "Cart", key: "0000").encoded, lines: [CartLineInput(merchandiseId: variant)])
        #expect(codes(unknownCart) == ["CART_NOT_FOUND cartId"])
        #expect(unknownCart.cart == nil)
        #expect(codes(try await store.cartLinesAdd(cartId: "junk", lines: [])) == ["INVALID cartId"])

        let bad = try await store.cartLinesAdd(cartId: cart.id, lines: [
            CartLineInput(merchandiseId: variant, quantity: 0),
            CartLineInput(merchandiseId: variant, quantity: 1001),
            CartLineInput(merchandiseId: GlobalID(type: "ProductVariant", id: 987_654).encoded),
            CartLineInput(merchandiseId: GlobalID(type: "Product", id: 1).encoded),
            CartLineInput(merchandiseId: variant, quantity: 999),
        ])
        #expect(codes(bad) == ["MINIMUM_NOT_MET lines.0.quantity", "MAXIMUM_EXCEEDED lines.1.quantity",
                               "INVALID_MERCHANDISE_LINE lines.2.merchandiseId", "INVALID_MERCHANDISE_LINE lines.3.merchandiseId",
                               "NOT_ENOUGH_STOCK lines.4.quantity"])
        #expect(bad.userErrors[0].message == "The quantity must be at least 1; got 0.")
        #expect(bad.userErrors[1].message == "The quantity must be at most 1000; got 1001.")
        #expect(bad.cart?.totalQuantity == 0, "a mutation with user errors changes nothing")

        let tooMany = try await store.cartLinesAdd(cartId: cart.id, lines: Array(repeating: CartLineInput(merchandiseId: variant), count: 251))
        #expect(codes(tooMany) == ["TOO_MANY_ITEMS lines"])
        #expect(tooMany.userErrors[0].message == "At most 250 lines can change in one call; got 251.")

        let unknownCode = try await store.cartDiscountCodesUpdate(cartId: cart.id, discountCodes: ["WELCOME10", "NOPE", " "])
        #expect(codes(unknownCode) == ["DISCOUNT_CODE_NOT_FOUND discountCodes.1", "BLANK discountCodes.2"])
        #expect(unknownCode.cart?.discountCodes.isEmpty == true)

        let checkout = try await store.cartCheckout(cartId: cart.id)
        #expect(checkout.userErrors.map(\.code) == [.EMPTY_CART])
        #expect(checkout.order == nil)

        let line = try #require(try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variant)]).cart?.lines.first)
        let updates = try await store.cartLinesUpdate(cartId: cart.id, lines: [
            CartLineUpdateInput(id: line.id, quantity: -1), CartLineUpdateInput(id: GlobalID(type: "CartLine", key: "x.1").encoded, quantity: 1)])
        #expect(codes(updates) == ["MINIMUM_NOT_MET lines.0.quantity", "LINE_NOT_FOUND lines.1.id"])
        let otherCart = try #require(try await store.cartCreate(nil).cart)
        let foreign = try await store.cartLinesRemove(cartId: otherCart.id, lineIds: [line.id])
        #expect(codes(foreign) == ["LINE_NOT_FOUND lineIds.0"], "a line id only works with its own cart")

        let buyer = try await store.cartBuyerIdentityUpdate(cartId: cart.id, buyerIdentity: CartBuyerIdentityInput(email: "nope", phone: "0301234", countryCode: "de"))
        #expect(codes(buyer) == ["INVALID buyerIdentity.email", "INVALID buyerIdentity.phone", "INVALID buyerIdentity.countryCode"])

        let create = try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: -2)], discountCodes: ["zzz"]))
        #expect(create.cart == nil)
        #expect(create.userErrors.map { $0.field?.joined(separator: ".") ?? "" } == ["input.lines.0.quantity", "input.discountCodes.0"])
    }

    @Test("checkout refuses when stock ran out since the line was added, and changes nothing", arguments: BackendKind.allCases)
    func notEnoughStock(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 30)
        let variant = try await fixture.variantID(withStock: 3)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        let cart = try #require(try await fixture.storefront().cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: 3)])).cart)
        _ = try await fixture.admin().inventoryAdjust(variantId: variant, delta: -(stock - 2))
        let refused = try await fixture.storefront().cartCheckout(cartId: cart.id)
        #expect(refused.userErrors.map(\.code) == [.NOT_ENOUGH_STOCK])
        #expect(refused.userErrors.first?.field == ["lines", "0", "quantity"])
        #expect(refused.order == nil && refused.cart?.status == .OPEN)
        #expect(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable == 2)
    }

    @Test("cartCreate holds a line to the per-line maximum, as cartLinesAdd does", arguments: BackendKind.allCases)
    func createKeepsTheLineMaximum(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 10)
        let variant = try await fixture.variantID(withStock: 1)
        _ = try await fixture.admin().inventoryAdjust(variantId: variant, delta: 5000)
        let maximum = StoreSettings().maximumLineQuantity
        let store = fixture.storefront()
        let create = try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: maximum - 1),
                                                                  CartLineInput(merchandiseId: variant, quantity: 2)]))
        #expect(create.cart == nil)
        #expect(create.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" } == ["MAXIMUM_EXCEEDED input.lines.1.quantity"])
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant, quantity: maximum - 1)])).cart)
        let add = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variant, quantity: 2)])
        #expect(add.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" } == ["MAXIMUM_EXCEEDED lines.0.quantity"])
        #expect(create.userErrors.first?.message == add.userErrors.first?.message, "one check, one message")
    }

    @Test("a cart holds at most maximumLinesPerCart lines, however many calls add them", arguments: BackendKind.allCases)
    func linesPerCartAreBounded(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 10)
        let store = Storefront(backends: fixture.backends, settings: StoreSettings(maximumLinesPerCall: 2, maximumLinesPerCart: 3),
                               scopes: Scope.storefrontDefaults)
        var variants: [String] = []
        for skip in 0..<4 { variants.append(try await fixture.variantID(withStock: 2, skip: skip)) }
        let cart = try #require(try await store.cartCreate(CartInput(lines: variants[0..<2].map { CartLineInput(merchandiseId: $0) })).cart)
        let third = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variants[2])])
        #expect(third.userErrors.isEmpty && third.cart?.lines.count == 3)
        let fourth = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variants[0]), CartLineInput(merchandiseId: variants[3])])
        #expect(fourth.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-") \($0.message)" }
                == ["TOO_MANY_ITEMS lines A cart holds at most 3 lines."])
        #expect(fourth.cart?.lines.map(\.line.quantity) == [1, 1, 1], "nothing of a refused call is kept")
        let more = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variants[0])])
        #expect(more.userErrors.isEmpty && more.cart?.lines.map(\.line.quantity) == [2, 1, 1], "an existing line can still grow")
    }
}
