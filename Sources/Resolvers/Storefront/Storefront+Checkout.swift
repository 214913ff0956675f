extension Storefront {
    /// `cartCheckout(cartId:)`: locks the cart, takes the stock for every line atomically (all or nothing,
    /// so two buyers never both get the last unit), records the order and completes the cart.
    public func cartCheckout(cartId: String) async throws(CommerceError) -> CheckoutPayload {
        guard let key = Self.cartKey(cartId) else {
            return CheckoutPayload(order: nil, cart: nil, userErrors: [
                UserError(field: ["cartId"], message: "\"\(cartId)\" is not a cart id.", code: .INVALID)])
        }
        let carts = backends.carts, catalog = backends.catalog
        let time = now()
        let locked: Cart
        switch try await backendCall({ try await carts.beginCheckout(cartID: key, at: time) }) {
        case .cart(let cart): locked = cart
        case .notFound:
            return CheckoutPayload(order: nil, cart: nil, userErrors: [Self.cartNotFound])
        case .empty:
            return try await refused(key, UserError(field: ["cartId"], message: "The cart is empty.", code: .EMPTY_CART))
        default:
            return try await refused(key, UserError(field: ["cartId"], message: "The cart was checked out and can no longer change.", code: .CART_COMPLETED))
        }
        do {
            // Fresh stock and prices: the request's loader may hold values from before.
            await variants.clear(locked.lines.map(\.variantID))
            let view = try await view(locked)
            if view.lines.count != locked.lines.count {
                try? await carts.abortCheckout(cartID: key)
                return try await refused(key, UserError(field: ["cartId"], message: "A line's merchandise no longer exists; remove it and try again.", code: .INVALID_MERCHANDISE_LINE))
            }
            var quantities: [Int64: Int] = [:]
            for line in locked.lines { quantities[line.variantID, default: 0] += line.quantity }
            if case .short(let available) = try await backendCall({ try await catalog.takeInventory(quantities) }) {
                try? await carts.abortCheckout(cartID: key)
                let errors = view.lines.enumerated().compactMap { index, line -> UserError? in
                    guard let stock = available[line.variant.id] else { return nil }
                    return UserError(field: ["lines", String(index), "quantity"],
                                     message: "Only \(stock) units of \(line.variant.title) (\(line.variant.sku ?? "no SKU")) are in stock; the cart asks for \(line.line.quantity).",
                                     code: .NOT_ENOUGH_STOCK)
                }
                return try await refused(key, errors)
            }
            let products = try await backendCall { try await self.products.loadMany(Array(Set(view.lines.map(\.variant.productID)))) }
            let draft = OrderDraft(
                email: locked.buyerIdentity.email,
                lines: view.lines.map { line in
                    OrderLine(variantID: line.variant.id, title: products[line.variant.productID]?.title ?? "",
                              variantTitle: line.variant.title, sku: line.variant.sku, quantity: line.line.quantity,
                              unitPrice: line.variant.price)
                },
                discountCodes: view.discountCodes.filter(\.applicable).map(\.code), subtotal: view.cost.subtotal,
                discount: view.cost.discount, tax: view.cost.tax, total: view.cost.total, createdAt: time)
            let order: Order
            do {
                order = try await carts.completeCheckout(cartID: key, order: draft)
            } catch {
                try? await catalog.returnInventory(quantities)
                throw error
            }
            await variants.clear(Array(quantities.keys))
            await self.products.clear(Array(products.keys))
            var completed = locked
            completed.status = .COMPLETED
            return CheckoutPayload(order: order, cart: try await self.view(completed), userErrors: [])
        } catch let error as CommerceError {
            try? await carts.abortCheckout(cartID: key)
            throw error
        } catch {
            try? await carts.abortCheckout(cartID: key)
            throw .backend(String(describing: error))
        }
    }

    private func refused(_ key: String, _ errors: UserError...) async throws(CommerceError) -> CheckoutPayload {
        try await refused(key, errors)
    }

    private func refused(_ key: String, _ errors: [UserError]) async throws(CommerceError) -> CheckoutPayload {
        let cart = try await backendCall { try await backends.carts.carts(ids: [key]) }[key]
        guard let cart else { return CheckoutPayload(order: nil, cart: nil, userErrors: errors) }
        return CheckoutPayload(order: nil, cart: try await view(cart), userErrors: errors)
    }
}
