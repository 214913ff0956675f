import Foundation

// Carts keep their channel: a request sees and changes only the carts of its channel, and
// `cartBuyerIdentityUpdate` to a country another of the token's channels sells to moves the cart there.
extension Storefront {
    /// The cart backend as this request sees it: only the carts of its channel (every cart without a session).
    var channelCarts: any CartBackend {
        ChannelBoundCarts(base: backends.carts, channel: session?.requested.channel.code)
    }

    /// The user error for a cart this request cannot see: `CART_CHANNEL_MISMATCH` when the cart is in
    /// another channel (nothing else of it is told), `CART_NOT_FOUND` when no cart has the key.
    func missingCart(_ key: String) async throws(CommerceError) -> UserError {
        guard session != nil, try await backendCall({ try await backends.carts.carts(ids: [key]) })[key] != nil else {
            return Self.cartNotFound
        }
        return Self.cartOfAnotherChannel
    }

    static let cartOfAnotherChannel = UserError(
        field: ["cartId"], message: "The cart belongs to another channel than this request's: use it with a token of its channel, "
            + "and @inContext(country:) of its market.", code: .CART_CHANNEL_MISMATCH)

    /// Moves the cart to the token's channel that sells to `country`, with the new buyer identity, in
    /// one transaction (`CartRules.move`); its lines and totals are then priced in that channel's
    /// currency. Refused, the cart unchanged, when no allowed channel sells to the country or a line's
    /// variant has no price there.
    func move(_ key: String, to country: String, buyer: BuyerIdentity, from here: Channel,
              session: ChannelSession) async throws(CommerceError) -> CartPayload {
        guard let target = session.channel(sellingTo: country) else {
            return try await unchanged(key, UserError(field: ["buyerIdentity", "countryCode"],
                                                     message: "No channel this token may use sells to \(country.uppercased()).", code: .COUNTRY_NOT_SOLD))
        }
        guard let cart = try await backendCall({ try await channelCarts.carts(ids: [key]) })[key] else {
            return CartPayload(cart: nil, userErrors: [try await missingCart(key)])
        }
        let prices = try await variantPrices(Array(Set(cart.lines.map(\.variantID))), in: target.code, currency: target.currency)
        let unpriced = cart.lines.enumerated().filter { prices[$0.element.variantID] == nil }.map(\.offset)
        guard unpriced.isEmpty else {
            return try await unchanged(key, UserError(field: ["buyerIdentity", "countryCode"],
                                                     message: "Lines \(unpriced.map(String.init).joined(separator: ", ")) are not sold in \(target.code), "
                                                         + "the channel of \(country.uppercased()); remove them first.",
                                                     code: .INVALID_MERCHANDISE_LINE))
        }
        let (from, to, currency) = (here.code, target.code, target.currency)
        let payload = try await change(key, errors: []) { carts, time in
            try await carts.moveCart(cartID: key, from: from, to: to, currency: currency, buyerIdentity: buyer, at: time)
        }
        if payload.userErrors.isEmpty, payload.cart != nil {
            session.record(moveTo: .inChannel(target, country: target.countries.first { $0.caseInsensitiveCompare(country) == .orderedSame } ?? country,
                                       language: session.requested.language))
        }
        return payload
    }
}
