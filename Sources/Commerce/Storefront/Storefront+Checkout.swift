extension Storefront {
    /// `cartCheckout(cartId:)`: locks the cart, prices it and builds the order, then takes the stock for
    /// every line atomically (all or nothing, so two buyers never both get the last unit), records the
    /// order and completes the cart. Stock is held only for an order: the take is recorded under the
    /// cart's key with the stock, every failure after it gives the stock back, and a checkout stopped
    /// by a crash is finished by `CheckoutRecovery` at the next start.
    public func cartCheckout(cartId: String) async throws(CommerceError) -> CheckoutPayload {
        try require(.carts, for: "cartCheckout")
        guard let key = Self.cartKey(cartId) else {
            return CheckoutPayload(order: nil, cart: nil, userErrors: [
                UserError(field: ["cartId"], message: "\"\(cartId)\" is not a cart id.", code: .INVALID)])
        }
        let carts = channelCarts
        let time = now()
        let locked: Cart
        switch try await backendCall({ try await carts.beginCheckout(cartID: key, at: time) }) {
        case .cart(let cart): locked = cart
        case .notFound:
            return CheckoutPayload(order: nil, cart: nil, userErrors: [Self.cartNotFound])
        case .otherChannel:
            return CheckoutPayload(order: nil, cart: nil, userErrors: [Self.cartOfAnotherChannel])
        case .empty:
            return try await refused(key, UserError(field: ["cartId"], message: "The cart is empty.", code: .EMPTY_CART))
        default:
            return try await refused(key, UserError(field: ["cartId"], message: "The cart was checked out and can no longer change.", code: .CART_COMPLETED))
        }
        let view: CartView, draft: OrderDraft, quantities: [Int64: Int]
        do {
            // Fresh stock and prices: the request's loader may hold values from before.
            await variants.clear(locked.lines.map(\.variantID))
            view = try await self.view(locked)
            if view.lines.count != locked.lines.count {
                try? await carts.abortCheckout(cartID: key)
                return try await refused(key, UserError(field: ["cartId"], message: "A line's merchandise no longer exists; remove it and try again.", code: .INVALID_MERCHANDISE_LINE))
            }
            let products = try await backendCall { try await self.products.loadMany(Array(Set(view.lines.map(\.variant.productID)))) }
            draft = OrderDraft(
                email: locked.buyerIdentity.email,
                lines: view.lines.map { line in
                    OrderLine(variantID: line.variant.id, title: products[line.variant.productID]?.title ?? "",
                              variantTitle: line.variant.title, sku: line.variant.sku, quantity: line.line.quantity,
                              unitPrice: line.unitPrice)
                },
                discountCodes: view.discountCodes.filter(\.applicable).map(\.code), subtotal: view.cost.subtotal,
                discount: view.cost.discount, tax: view.cost.tax, total: view.cost.total, createdAt: time)
            var wanted: [Int64: Int] = [:]
            for line in locked.lines { wanted[line.variantID] = Cart.saturatingSum([wanted[line.variantID] ?? 0, line.quantity]) }
            quantities = wanted
        } catch {
            try? await carts.abortCheckout(cartID: key)
            throw error
        }
        return try await takeStockAndOrder(key, locked: locked, view: view, draft: draft, quantities: quantities)
    }

    /// The second half of checkout: from taking the stock to the order. Nothing that can fail after
    /// the order is recorded turns the checkout into an error.
    private func takeStockAndOrder(_ key: String, locked: Cart, view: CartView, draft: OrderDraft,
                                   quantities: [Int64: Int]) async throws(CommerceError) -> CheckoutPayload {
        let carts = backends.carts, catalog = backends.catalog
        let take: InventoryTake
        do {
            take = try await catalog.takeInventory(quantities, reservation: key)
        } catch {
            // Whether a failed call took anything is unknown: give back whatever it recorded.
            await giveBack(key)
            throw CommerceError(backendFailure: error)
        }
        if case .short(let available) = take {
            try? await carts.abortCheckout(cartID: key)
            let errors = view.lines.enumerated().compactMap { index, line -> UserError? in
                guard let stock = available[line.variant.id] else { return nil }
                return UserError(field: ["lines", String(index), "quantity"],
                                 message: "Only \(stock) units of \(line.variant.title) (\(line.variant.sku ?? "no SKU")) are in stock; the cart asks for \(line.line.quantity).",
                                 code: .NOT_ENOUGH_STOCK)
            }
            return try await refused(key, errors.isEmpty ? [UserError(field: ["cartId"], message: "The stock could not be taken.", code: .NOT_ENOUGH_STOCK)] : errors)
        }
        // Stock changed (even if it is given back below, answers made meanwhile may show it).
        recordPublicWrite()
        let order: Order
        do {
            order = try await carts.completeCheckout(cartID: key, order: draft)
        } catch {
            // Only when the cart is known not to be completed is the stock the order's to give back.
            if let cart = try? await carts.carts(ids: [key])[key], cart.status != .COMPLETED { await giveBack(key) }
            throw CommerceError(backendFailure: error)
        }
        // A settle that fails leaves a reservation of a completed cart, which recovery settles.
        try? await catalog.settleInventory(reservation: key)
        await variants.clear(Array(quantities.keys))
        await products.clear(Array(Set(view.lines.map(\.variant.productID))))
        var completed = view
        completed.cart.status = .COMPLETED
        return CheckoutPayload(order: order, cart: completed, userErrors: [])
    }

    /// Gives back the stock taken for the cart and reopens it; when the stock cannot be given back,
    /// the cart stays locked so that `CheckoutRecovery` does both later.
    private func giveBack(_ key: String) async {
        guard (try? await backends.catalog.returnInventory(reservation: key)) != nil else { return }
        try? await backends.carts.abortCheckout(cartID: key)
    }

    private func refused(_ key: String, _ errors: UserError...) async throws(CommerceError) -> CheckoutPayload {
        try await refused(key, errors)
    }

    private func refused(_ key: String, _ errors: [UserError]) async throws(CommerceError) -> CheckoutPayload {
        let cart = try await backendCall { try await channelCarts.carts(ids: [key]) }[key]
        guard let cart else { return CheckoutPayload(order: nil, cart: nil, userErrors: errors) }
        return CheckoutPayload(order: nil, cart: try await view(cart), userErrors: errors)
    }
}
