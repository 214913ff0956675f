import Foundation

/// The cart operations the storefront calls, for every backend: `CartRules` run inside the
/// backend's transaction primitives.
extension CartBackend {
    /// Creates an OPEN cart (`CartRules.newCart`) under a new secret key.
    public func createCart(lines: [LineAddition], discountCodes: [String], buyerIdentity: BuyerIdentity,
                           channel: String = Channel.defaultCode, currency: CurrencyCode = .EUR, at time: Date) async throws -> Cart {
        try await insertCart(CartRules.newCart(id: SecretKey.make(), lines: lines, discountCodes: discountCodes,
                                               buyerIdentity: buyerIdentity, channel: channel, currency: currency, at: time))
    }

    /// Adds units, merging into the line of the same variant (`CartRules.addLines`).
    public func addLines(cartID: String, lines: [LineAddition], maximumQuantity: Int, maximumLines: Int,
                         at time: Date) async throws -> CartChange {
        try await change(cartID) {
            try CartRules.addLines(lines, to: $0, maximumQuantity: maximumQuantity, maximumLines: maximumLines, at: time)
        }
    }

    /// Sets line quantities; 0 removes the line (`CartRules.updateLines`).
    public func updateLines(cartID: String, lines: [LineQuantity], at time: Date) async throws -> CartChange {
        try await change(cartID) { try CartRules.updateLines(lines, in: $0, at: time) }
    }

    /// Removes lines (`CartRules.removeLines`).
    public func removeLines(cartID: String, lineIDs: [Int64], at time: Date) async throws -> CartChange {
        try await change(cartID) { try CartRules.removeLines(lineIDs, from: $0, at: time) }
    }

    /// Replaces the discount codes.
    public func setDiscountCodes(cartID: String, codes: [String], at time: Date) async throws -> CartChange {
        try await change(cartID) { try CartRules.setDiscountCodes(codes, on: $0, at: time) }
    }

    /// Replaces the buyer identity.
    public func setBuyerIdentity(cartID: String, buyerIdentity: BuyerIdentity, at time: Date) async throws -> CartChange {
        try await change(cartID) { try CartRules.setBuyerIdentity(buyerIdentity, on: $0, at: time) }
    }

    /// Moves the cart to another channel with a new buyer identity (`CartRules.move`).
    public func moveCart(cartID: String, from: String, to channel: String, currency: CurrencyCode, buyerIdentity: BuyerIdentity,
                         at time: Date) async throws -> CartChange {
        try await change(cartID) {
            try CartRules.move($0, from: from, to: channel, currency: currency, buyerIdentity: buyerIdentity, at: time)
        }
    }

    /// Locks an open, non-empty cart for checkout (CHECKING_OUT since `time`) and returns it.
    public func beginCheckout(cartID: String, at time: Date) async throws -> CartChange {
        try await change(cartID) { try CartRules.beginCheckout($0, at: time) }
    }

    /// Unlocks a cart whose checkout failed; a cart that is not CHECKING_OUT, or none, stays as it is.
    public func abortCheckout(cartID: String) async throws {
        do {
            _ = try await updateCart(id: cartID) { try CartRules.abortCheckout($0) }
        } catch is CartRefusal {
            return
        }
    }

    /// Records the order, numbering it, and completes the cart, atomically. Only a CHECKING_OUT cart
    /// completes: otherwise this throws `CartRefusal.notCheckingOut` (`.notFound` for no cart) and
    /// records nothing.
    public func completeCheckout(cartID: String, order draft: OrderDraft) async throws -> Order {
        let id = SecretKey.make()
        let order = try await placeOrder(cartID: cartID) { cart, lastNumber in
            try CartRules.completeCheckout(cart, placing: draft, id: id, after: lastNumber)
        }
        guard let order else { throw CartRefusal.notFound }
        return order
    }

    /// Runs a rule on the cart in the backend's transaction and tells what came of it.
    private func change(_ cartID: String, _ rule: @Sendable (Cart) throws -> CartEdit) async throws -> CartChange {
        do {
            guard let cart = try await updateCart(id: cartID, rule) else { return .notFound }
            return .cart(cart)
        } catch let refusal as CartRefusal {
            return CartChange(refusal)
        }
    }
}
