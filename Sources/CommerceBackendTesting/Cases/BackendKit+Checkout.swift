import Commerce
import Foundation

extension BackendKit {
    static let checkoutCases: [BackendKitCase] = [
        BackendKitCase(.checkout, "the storefront checks out a cart: stock taken, sale counted, order made and numbered, cart completed") { try await storefrontCheckout($0) },
        BackendKitCase(.checkout, "a checkout short of stock takes nothing and reopens the cart; it succeeds once the stock is back") { try await shortCheckout($0) },
        BackendKitCase(.checkout, "empty, unknown and vanished-merchandise checkouts are refused and leave the cart open") { try await refusedCheckouts($0) },
    ]

    /// The global id of a variant, as the storefront takes it.
    static func merchandise(_ id: Int64) -> String { GlobalID(type: "ProductVariant", id: id).encoded }

    /// The storefront's user error codes, for comparing.
    static func codes(_ errors: [UserError]) -> [UserErrorCode] { errors.map(\.code) }

    static func storefrontCheckout(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        try await check.backends.carts.upsertDiscountCodes([DiscountCode(code: "FIVEOFF", kind: .fixedAmount(Money(minorUnits: 500, currency: .EUR)))])
        let storefront = check.storefront()
        let (socks, tee) = (store.variantIDs[3][0], store.variantIDs[6][0])
        let created = try await storefront.cartCreate(CartInput(
            lines: [CartLineInput(merchandiseId: merchandise(socks), quantity: 2), CartLineInput(merchandiseId: merchandise(tee))],
            discountCodes: ["fiveoff"], buyerIdentity: CartBuyerIdentityInput(email: "ben@example.com")))
        try check.equal(created.userErrors, [], "creating a cart through the storefront")
        let cart = try check.require(created.cart, "the new cart")
        let subtotal = 2 * store.products[3].prices[0] + store.products[6].prices[0]
        try check.equal([cart.cost.subtotal.minorUnits, cart.cost.discount.minorUnits, cart.cost.total.minorUnits], [subtotal, 500, subtotal - 500],
                        "the cart's subtotal, discount and total")

        let placed = try await storefront.cartCheckout(cartId: cart.id)
        try check.equal(placed.userErrors, [], "checking out")
        let order = try check.require(placed.order, "the order")
        try check.equal([order.name, order.status.rawValue, order.email ?? "-"], ["#1001", "CONFIRMED", "ben@example.com"], "the first order")
        try check.equal(order.lines.map { [$0.variantID, Int64($0.quantity), $0.unitPrice.minorUnits] },
                        [[socks, 2, store.products[3].prices[0]], [tee, 1, store.products[6].prices[0]]], "the order's lines")
        try check.equal(order.lines.map { [$0.title, $0.variantTitle, $0.sku ?? "-"] },
                        [[store.products[3].title, "S", "wool-socks-s"], [store.products[6].title, "S", "cotton-tee-s"]],
                        "the order's lines name what was bought")
        try check.equal([order.subtotal.minorUnits, order.discount.minorUnits, order.total.minorUnits, order.tax.minorUnits],
                        [subtotal, 500, subtotal - 500, cart.cost.tax.minorUnits], "the order's amounts are the cart's")
        try check.equal(order.discountCodes, ["FIVEOFF"], "the order's codes as the store spells them")
        try check.equal(placed.cart?.status, .COMPLETED, "the checked out cart")

        let variants = try await catalog.variants(ids: [socks, tee], in: .standard)
        try check.equal([variants[socks]?.quantityAvailable, variants[tee]?.quantityAvailable], [store.stock[3][0] - 2, store.stock[6][0] - 1],
                        "checkout takes the stock")
        let products = try await catalog.products(ids: [store.productIDs[3], store.productIDs[6]], in: .standard)
        try check.equal([products[store.productIDs[3]]?.salesCount, products[store.productIDs[6]]?.salesCount], [2, 1], "checkout counts the sale")
        try check.equal(try await catalog.inventoryReservations(before: .distantFuture), [], "the order's stock record is settled")
        try check.equal(try await check.backends.carts.checkoutsInProgress(startedBefore: .distantFuture), [], "no checkout is left in progress")
        let key = try check.require(GlobalID(decoding: cart.id)?.key, "the cart's key")
        try check.equal(try await check.backends.carts.carts(ids: [key])[key]?.status, .COMPLETED, "the stored cart is completed")
        try check.equal(try await check.backends.carts.orders(ids: [order.id])[order.id], order, "the order read back")
        try check.equal(try await storefront.node(id: GlobalID(type: "Order", key: order.id).encoded)?.typeName, "Order", "the order as a node")

        let again = try await storefront.cartCheckout(cartId: cart.id)
        try check.equal(codes(again.userErrors), [.CART_COMPLETED], "checking out a completed cart")
        try check.equal(again.order?.id, nil, "no second order for one cart")
        let add = try await storefront.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: merchandise(tee))])
        try check.equal(codes(add.userErrors), [.CART_COMPLETED], "adding to a completed cart")
        let next = try check.require(try await storefront.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(tee))])).cart,
                                     "a second cart")
        try check.equal(try await storefront.cartCheckout(cartId: next.id).order?.number, 1002, "the second order's number")
    }

    static func shortCheckout(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog, storefront = check.storefront()
        let (product, variant, stock) = (store.productIDs[7], store.variantIDs[7][0], store.stock[7][0])
        let cart = try check.require(try await storefront.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(variant),
                                                                                                      quantity: stock - 1)])).cart, "a cart")
        _ = try await catalog.adjustInventory(variantID: variant, delta: -2)
        let refused = try await storefront.cartCheckout(cartId: cart.id)
        try check.equal(codes(refused.userErrors), [.NOT_ENOUGH_STOCK], "checking out more than in stock")
        try check.equal(refused.userErrors.first?.field, ["lines", "0", "quantity"], "the short line")
        try check.equal(refused.order?.id, nil, "no order when short")
        try check.equal(refused.cart?.status, .OPEN, "a refused checkout's cart is open")
        try check.equal(try await catalog.variants(ids: [variant], in: .standard)[variant]?.quantityAvailable, stock - 2, "a refused checkout takes no stock")
        try check.equal(try await catalog.products(ids: [product], in: .standard)[product]?.salesCount, 0, "a refused checkout sells nothing")
        try check.equal(try await catalog.inventoryReservations(before: .distantFuture), [], "a refused checkout records no stock")
        try check.equal(try await check.backends.carts.checkoutsInProgress(startedBefore: .distantFuture), [], "a refused checkout is not in progress")
        let key = try check.require(GlobalID(decoding: cart.id)?.key, "the cart's key")
        try check.equal(try await check.backends.carts.carts(ids: [key])[key]?.status, .OPEN, "the stored cart is open again")

        _ = try await catalog.adjustInventory(variantID: variant, delta: 1)
        let placed = try await storefront.cartCheckout(cartId: cart.id)
        try check.equal(placed.userErrors, [], "checking out once the stock is back")
        try check.equal(placed.order?.number, 1001, "the order after a refused checkout is the first")
        try check.equal(try await catalog.variants(ids: [variant], in: .standard)[variant]?.quantityAvailable, 0, "the last units taken")
        try check.equal(try await catalog.products(ids: [product], in: .standard)[product]?.availableForSale, false, "a product sold out is not available")
    }

    static func refusedCheckouts(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let storefront = check.storefront()
        let empty = try check.require(try await storefront.cartCreate(nil).cart, "an empty cart")
        try check.equal(codes(try await storefront.cartCheckout(cartId: empty.id).userErrors), [.EMPTY_CART], "checking out an empty cart")
        try check.equal(codes(try await storefront.cartCheckout(cartId: GlobalID(type: "Cart", key: "no-such-cart").encoded).userErrors),
                        [.CART_NOT_FOUND], "checking out an unknown cart")

        let (index, variant) = (5, store.variantIDs[5][1])
        let cart = try check.require(try await storefront.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(variant))])).cart,
                                     "a cart")
        _ = try await check.backends.catalog.upsertProducts([store.products[index].draft(id: store.productIDs[index],
                                                                                         variantIDs: [store.variantIDs[index][0], nil])])
        let vanished = try await storefront.cartCheckout(cartId: cart.id)
        try check.equal(codes(vanished.userErrors), [.INVALID_MERCHANDISE_LINE], "checking out a line whose variant is gone")
        try check.equal(vanished.order?.id, nil, "no order for a vanished variant")
        let key = try check.require(GlobalID(decoding: cart.id)?.key, "the cart's key")
        try check.equal(try await check.backends.carts.carts(ids: [key])[key]?.status, .OPEN, "the cart is open again")
        try check.equal(try await check.backends.catalog.inventoryReservations(before: .distantFuture), [], "no stock was taken")
        try check.equal(try await check.backends.carts.orders(ids: []).count, 0, "orders(ids: [])")
    }
}
