import Commerce

extension BackendKit {
    static let concurrencyCases: [BackendKitCase] = [
        BackendKitCase(.concurrency, "50 concurrent adds of 1 unit to one cart leave 50 units; 15 variants added twice each at once leave 15 lines of 2") { try await concurrentAdds($0) },
        BackendKitCase(.concurrency, "20 concurrent checkouts of the last 5 units sell exactly 5: 5 orders, stock 0, never below") { try await concurrentCheckouts($0) },
        BackendKitCase(.concurrency, "8 concurrent checkouts of one cart make one order and take its stock once") { try await doubleCheckout($0) },
    ]

    static func concurrentAdds(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let variant = store.variantIDs[3][0], backends = check.backends
        _ = try await backends.catalog.adjustInventory(variantID: variant, delta: 100)
        let cart = try check.require(try await check.storefront().cartCreate(nil).cart, "a cart")
        let errors = try await withThrowingTaskGroup(of: [UserError].self) { group in
            for _ in 0..<50 {
                group.addTask {
                    // A storefront per request, as each HTTP request has.
                    try await Storefront(backends: backends, scopes: [.carts])
                        .cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: merchandise(variant))]).userErrors
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        try check.equal(errors, [], "50 concurrent adds")
        let final = try check.require(try await check.storefront().cart(id: cart.id), "the cart after 50 adds")
        try check.equal(final.lines.map(\.line.quantity), [50], "50 concurrent adds of one variant: one line of 50 units")

        let other = try await backends.carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: cartTime(0))
        let outcomes = try await withThrowingTaskGroup(of: CartChange.self) { group in
            for index in 0..<30 {
                group.addTask {
                    try await backends.carts.addLines(cartID: other.id, lines: [LineAddition(variantID: Int64(1000 + index % 15), quantity: 1)],
                                                      maximumQuantity: 1000, maximumLines: 500, at: cartTime(1))
                }
            }
            return try await group.reduce(into: [CartChange]()) { $0.append($1) }
        }
        try check.expect(outcomes.allSatisfy { if case .cart = $0 { return true } else { return false } },
                         "30 concurrent additions all succeed, got \(outcomes.filter { if case .cart = $0 { return false } else { return true } })")
        let lines = try check.require(try await backends.carts.carts(ids: [other.id])[other.id], "the other cart").lines
        try check.equal(lines.map(\.variantID).sorted(), (0..<15).map { Int64(1000 + $0) }, "15 variants added twice each at once: 15 lines")
        try check.equal(lines.map(\.quantity), Array(repeating: 2, count: 15), "15 variants added twice each at once: 2 units a line")
    }

    static func concurrentCheckouts(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let backends = check.backends, catalog = backends.catalog
        let (product, variant) = (store.productIDs[3], store.variantIDs[3][0])
        _ = try await catalog.adjustInventory(variantID: variant, delta: 5 - store.stock[3][0])
        var carts: [String] = []
        for number in 0..<20 {
            let created = try await check.storefront().cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(variant))]))
            carts.append(try check.require(created.cart?.id, "cart \(number)"))
        }
        let outcomes = try await withThrowingTaskGroup(of: CheckoutPayload.self) { group in
            for cart in carts { group.addTask { try await Storefront(backends: backends, scopes: [.carts]).cartCheckout(cartId: cart) } }
            return try await group.reduce(into: [CheckoutPayload]()) { $0.append($1) }
        }
        let orders = outcomes.compactMap(\.order)
        try check.equal(orders.count, 5, "orders from 20 checkouts of the last 5 units")
        try check.equal(Set(orders.map(\.number)), Set(1001...1005), "the 5 orders' numbers, each once")
        let refusals = outcomes.filter { $0.order == nil }.map { codes($0.userErrors) }
        try check.equal(refusals, Array(repeating: [.NOT_ENOUGH_STOCK], count: 15), "the 15 other checkouts are short of stock")
        try check.equal(try await catalog.variants(ids: [variant], in: .standard)[variant]?.quantityAvailable, 0, "the stock after selling the last 5 units")
        let sold = try await catalog.products(ids: [product], in: .standard)[product]
        try check.equal(sold?.salesCount, 5, "units sold")
        try check.equal(sold?.availableForSale, false, "a product sold out is not available")
        try check.equal(try await catalog.inventoryReservations(before: .distantFuture), [], "every take settled or given back")
        try check.equal(try await backends.carts.checkoutsInProgress(startedBefore: .distantFuture), [], "no checkout left in progress")
        let keys = carts.compactMap { GlobalID(decoding: $0)?.key }
        let statuses = try await backends.carts.carts(ids: keys).values.map(\.status.rawValue)
        try check.equal(statuses.sorted(), (Array(repeating: "COMPLETED", count: 5) + Array(repeating: "OPEN", count: 15)).sorted(),
                        "5 carts completed, 15 open again")
    }

    static func doubleCheckout(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let backends = check.backends
        let (product, variant, stock) = (store.productIDs[6], store.variantIDs[6][0], store.stock[6][0])
        let cart = try check.require(try await check.storefront().cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(variant),
                                                                                                          quantity: 2)])).cart, "a cart")
        let outcomes = try await withThrowingTaskGroup(of: CheckoutPayload.self) { group in
            for _ in 0..<8 { group.addTask { try await Storefront(backends: backends, scopes: [.carts]).cartCheckout(cartId: cart.id) } }
            return try await group.reduce(into: [CheckoutPayload]()) { $0.append($1) }
        }
        try check.equal(outcomes.compactMap(\.order).count, 1, "orders from 8 concurrent checkouts of one cart")
        try check.equal(outcomes.filter { $0.order == nil }.map { codes($0.userErrors) }, Array(repeating: [.CART_COMPLETED], count: 7),
                        "the other 7 find the cart checked out")
        try check.equal(try await backends.catalog.variants(ids: [variant], in: .standard)[variant]?.quantityAvailable, stock - 2, "the stock is taken once")
        try check.equal(try await backends.catalog.products(ids: [product], in: .standard)[product]?.salesCount, 2, "the units are sold once")
    }
}
