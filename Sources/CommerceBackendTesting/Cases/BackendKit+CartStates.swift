import Commerce
import Foundation

extension BackendKit {
    static func cartCheckoutStates(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let empty = try await carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: cartTime(0))
        try check.equal(try await carts.beginCheckout(cartID: empty.id, at: cartTime(1)), .empty, "checking out an empty cart")
        try check.equal(try await carts.carts(ids: [empty.id])[empty.id]?.status, .OPEN, "an empty cart stays open")

        let cart = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 2)], discountCodes: ["A"],
                                              buyerIdentity: BuyerIdentity(email: "ben@example.com"), at: cartTime(0))
        let locked = try changed(check, try await carts.beginCheckout(cartID: cart.id, at: cartTime(100)), "beginning checkout")
        try check.equal(locked.status, .CHECKING_OUT, "a cart being checked out")
        try check.equal(lines(locked), [[11, 2]], "the locked cart's lines")
        try await refusesChanges(check, cart.id, "a cart being checked out")
        try check.equal(try await carts.beginCheckout(cartID: cart.id, at: cartTime(101)), .completed, "beginning checkout twice")
        try check.equal(try await carts.checkoutsInProgress(startedBefore: cartTime(101)), [cart.id], "a checkout started before the time")
        try check.equal(try await carts.checkoutsInProgress(startedBefore: cartTime(99)), [], "no checkout started before it began")

        try await carts.abortCheckout(cartID: cart.id)
        try check.equal(try await carts.carts(ids: [cart.id])[cart.id]?.status, .OPEN, "an aborted checkout reopens the cart")
        try check.equal(try await carts.checkoutsInProgress(startedBefore: .distantFuture), [], "an aborted checkout is not in progress")
        let reopened = try changed(check, try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 12, quantity: 1)],
                                                                   maximumQuantity: 1000, maximumLines: 10, at: cartTime(110)),
                                   "changing a reopened cart")
        try check.equal(lines(reopened), [[11, 2], [12, 1]], "a reopened cart changes again")

        _ = try changed(check, try await carts.beginCheckout(cartID: cart.id, at: cartTime(200)), "beginning checkout again")
        let draft = OrderDraft(
            email: "ben@example.com",
            lines: [OrderLine(variantID: 11, title: "Linen Shirt", variantTitle: "M", sku: "LS-M", quantity: 2,
                              unitPrice: Money(minorUnits: 4900, currency: .EUR)),
                    OrderLine(variantID: 12, title: "Wool Socks", variantTitle: "Default Title", sku: nil, quantity: 1,
                              unitPrice: Money(minorUnits: 1200, currency: .EUR))],
            discountCodes: ["A"], subtotal: Money(minorUnits: 11000, currency: .EUR), discount: Money(minorUnits: 500, currency: .EUR),
            tax: Money(minorUnits: 1677, currency: .EUR), total: Money(minorUnits: 10500, currency: .EUR), createdAt: cartTime(210))
        let order = try await carts.completeCheckout(cartID: cart.id, order: draft)
        try check.equal(order.number, 1001, "the first order's number")
        try check.equal(order.cartID, cart.id, "the order's cart")
        try check.equal(order.status, .CONFIRMED, "a new order is confirmed")
        try check.equal(order.email, draft.email, "the order's email")
        try check.equal(order.lines, draft.lines, "the order's lines")
        try check.equal(order.discountCodes, draft.discountCodes, "the order's codes")
        try check.equal([order.subtotal, order.discount, order.tax, order.total], [draft.subtotal, draft.discount, draft.tax, draft.total],
                        "the order's amounts")
        try check.equal(order.createdAt.milliseconds, cartTime(210).milliseconds, "the order's time")
        let completed = try check.require(try await carts.carts(ids: [cart.id])[cart.id], "the completed cart")
        try check.equal(completed.status, .COMPLETED, "a checked out cart is completed")
        try check.equal(completed.updatedAt.milliseconds, cartTime(210).milliseconds, "a completed cart's updatedAt is the order's time")
        try check.equal(try await carts.checkoutsInProgress(startedBefore: .distantFuture), [], "a completed checkout is not in progress")
        let orders = try await carts.orders(ids: [order.id, "no-such-order"])
        try check.equal(Set(orders.keys), [order.id], "orders(ids:) holds the keys that name orders")
        try check.equal(orders[order.id], order, "the order read back")

        try await refusesChanges(check, cart.id, "a completed cart")
        try check.equal(try await carts.beginCheckout(cartID: cart.id, at: cartTime(300)), .completed, "checking out a completed cart")
        try await carts.abortCheckout(cartID: cart.id)
        try check.equal(try await carts.carts(ids: [cart.id])[cart.id]?.status, .COMPLETED, "aborting does not reopen a completed cart")
        try check.equal(lines(try check.require(try await carts.carts(ids: [cart.id])[cart.id], "the completed cart")), [[11, 2], [12, 1]],
                        "a completed cart keeps its lines")

        let next = try await carts.createCart(lines: [LineAddition(variantID: 13, quantity: 1)], discountCodes: [], buyerIdentity: BuyerIdentity(),
                                              at: cartTime(400))
        _ = try changed(check, try await carts.beginCheckout(cartID: next.id, at: cartTime(401)), "checking out a second cart")
        var second = draft
        second.email = nil
        let secondOrder = try await carts.completeCheckout(cartID: next.id, order: second)
        try check.equal(secondOrder.number, 1002, "the second order's number")
        try check.expect(secondOrder.id != order.id, "orders get distinct keys")
        try check.equal(secondOrder.email, nil, "an order without email")
    }

    /// Checks that every change of the cart is refused as `.completed` and changes nothing.
    private static func refusesChanges(_ check: BackendKitCheck, _ cartID: String, _ what: String) async throws {
        let carts = check.backends.carts
        let before = try check.require(try await carts.carts(ids: [cartID])[cartID], what)
        let line = before.lines[0].id
        try check.equal(try await carts.addLines(cartID: cartID, lines: [LineAddition(variantID: 11, quantity: 1)], maximumQuantity: 1000,
                                                 maximumLines: 10, at: cartTime(500)), .completed, "adding to \(what)")
        try check.equal(try await carts.updateLines(cartID: cartID, lines: [LineQuantity(lineID: line, quantity: 7)], at: cartTime(500)),
                        .completed, "updating \(what)")
        try check.equal(try await carts.removeLines(cartID: cartID, lineIDs: [line], at: cartTime(500)), .completed, "removing from \(what)")
        try check.equal(try await carts.setDiscountCodes(cartID: cartID, codes: ["B"], at: cartTime(500)), .completed, "the codes of \(what)")
        try check.equal(try await carts.setBuyerIdentity(cartID: cartID, buyerIdentity: BuyerIdentity(email: "x@example.com"), at: cartTime(500)),
                        .completed, "the buyer of \(what)")
        let after = try check.require(try await carts.carts(ids: [cartID])[cartID], what)
        try check.equal(lines(after), lines(before), "refused changes of \(what) keep its lines")
        try check.equal([after.discountCodes, [after.buyerIdentity.email ?? "-"]], [before.discountCodes, [before.buyerIdentity.email ?? "-"]],
                        "refused changes of \(what) keep its codes and buyer")
        try check.equal(after.updatedAt.milliseconds, before.updatedAt.milliseconds, "refused changes of \(what) keep updatedAt")
    }
}
