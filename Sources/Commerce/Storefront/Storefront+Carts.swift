import Foundation

extension Storefront {
    /// `cart(id:)`: nil for an id that names no cart.
    public func cart(id: String) async throws(CommerceError) -> CartView? {
        try require(.carts, for: "cart")
        guard let key = Self.cartKey(id) else { return nil }
        // A cart of another channel is not there for this request: nil, as for an unknown id.
        guard let cart = try await backendCall({ try await channelCarts.carts(ids: [key]) })[key] else { return nil }
        return try await view(cart)
    }

    /// `cartCreate(input:)`.
    public func cartCreate(_ input: CartInput?) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartCreate")
        let input = input ?? CartInput()
        var errors: [UserError] = []
        let lines = try await validate(input.lines ?? [], path: ["input", "lines"], errors: &errors)
        let codes = try await validate(codes: input.discountCodes ?? [], path: ["input", "discountCodes"], errors: &errors)
        let buyer = validate(input.buyerIdentity ?? CartBuyerIdentityInput(), path: ["input", "buyerIdentity"], errors: &errors)
        guard errors.isEmpty else { return CartPayload(cart: nil, userErrors: errors) }
        let time = now()
        let (channel, currency) = cartChannel
        let cart = try await backendCall {
            try await backends.carts.createCart(lines: lines, discountCodes: codes, buyerIdentity: buyer, channel: channel,
                                                currency: currency, at: time)
        }
        return CartPayload(cart: try await view(cart), userErrors: [])
    }

    /// `cartLinesAdd(cartId:, lines:)`: raises the line of a variant already in the cart.
    public func cartLinesAdd(cartId: String, lines input: [CartLineInput]) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartLinesAdd")
        var errors: [UserError] = []
        guard let key = cartKey(cartId, errors: &errors) else { return CartPayload(cart: nil, userErrors: errors) }
        let lines = try await validate(input, path: ["lines"], errors: &errors)
        let (maximum, maximumLines) = (settings.maximumLineQuantity, settings.maximumLinesPerCart)
        return try await change(key, errors: errors) { carts, time in
            try await carts.addLines(cartID: key, lines: lines, maximumQuantity: maximum, maximumLines: maximumLines, at: time)
        }
    }

    /// `cartLinesUpdate(cartId:, lines:)`: quantity 0 removes a line.
    public func cartLinesUpdate(cartId: String, lines input: [CartLineUpdateInput]) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartLinesUpdate")
        var errors: [UserError] = []
        guard let key = cartKey(cartId, errors: &errors) else { return CartPayload(cart: nil, userErrors: errors) }
        checkCount(input.count, path: ["lines"], errors: &errors)
        var updates: [LineQuantity] = []
        for (index, line) in input.enumerated() {
            let path = ["lines", String(index)]
            guard let lineID = Self.lineID(line.id, cartKey: key) else {
                errors.append(UserError(field: path + ["id"], message: "The line \(line.id) is not in this cart.", code: .LINE_NOT_FOUND))
                continue
            }
            _ = checkQuantity(line.quantity, minimum: 0, path: path + ["quantity"], errors: &errors)
            updates.append(LineQuantity(lineID: lineID, quantity: line.quantity))
        }
        if errors.isEmpty { try await checkStock(updates: updates, cartKey: key, errors: &errors) }
        let changes = updates
        return try await change(key, errors: errors) { carts, time in
            try await carts.updateLines(cartID: key, lines: changes, at: time)
        }
    }

    /// `cartLinesRemove(cartId:, lineIds:)`.
    public func cartLinesRemove(cartId: String, lineIds: [String]) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartLinesRemove")
        var errors: [UserError] = []
        guard let key = cartKey(cartId, errors: &errors) else { return CartPayload(cart: nil, userErrors: errors) }
        checkCount(lineIds.count, path: ["lineIds"], errors: &errors)
        var ids: [Int64] = []
        for (index, id) in lineIds.enumerated() {
            guard let lineID = Self.lineID(id, cartKey: key) else {
                errors.append(UserError(field: ["lineIds", String(index)], message: "The line \(id) is not in this cart.", code: .LINE_NOT_FOUND))
                continue
            }
            ids.append(lineID)
        }
        let removals = ids
        return try await change(key, errors: errors) { carts, time in
            try await carts.removeLines(cartID: key, lineIDs: removals, at: time)
        }
    }

    /// `cartDiscountCodesUpdate(cartId:, discountCodes:)`: replaces the set; codes match without regard to case.
    public func cartDiscountCodesUpdate(cartId: String, discountCodes: [String]) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartDiscountCodesUpdate")
        var errors: [UserError] = []
        guard let key = cartKey(cartId, errors: &errors) else { return CartPayload(cart: nil, userErrors: errors) }
        let codes = try await validate(codes: discountCodes, path: ["discountCodes"], errors: &errors)
        return try await change(key, errors: errors) { carts, time in
            try await carts.setDiscountCodes(cartID: key, codes: codes, at: time)
        }
    }

    /// `cartBuyerIdentityUpdate(cartId:, buyerIdentity:)`.
    public func cartBuyerIdentityUpdate(cartId: String, buyerIdentity: CartBuyerIdentityInput) async throws(CommerceError) -> CartPayload {
        try require(.carts, for: "cartBuyerIdentityUpdate")
        var errors: [UserError] = []
        guard let key = cartKey(cartId, errors: &errors) else { return CartPayload(cart: nil, userErrors: errors) }
        let buyer = validate(buyerIdentity, path: ["buyerIdentity"], errors: &errors)
        if errors.isEmpty, let session, let country = buyer.countryCode {
            let here = session.requested.channel
            if !here.countries.contains(where: { $0.caseInsensitiveCompare(country) == .orderedSame }) {
                return try await move(key, to: country, buyer: buyer, from: here, session: session)
            }
        }
        return try await change(key, errors: errors) { carts, time in
            try await carts.setBuyerIdentity(cartID: key, buyerIdentity: buyer, at: time)
        }
    }

    /// Runs a cart change when the input had no errors, and turns the outcome into a payload.
    /// With errors, or when the backend refuses, the cart comes back unchanged.
    func change(_ key: String, errors: [UserError],
                        _ body: @Sendable (any CartBackend, Date) async throws -> CartChange) async throws(CommerceError) -> CartPayload {
        let carts = channelCarts
        guard errors.isEmpty else {
            guard let cart = try await backendCall({ try await carts.carts(ids: [key]) })[key] else {
                return CartPayload(cart: nil, userErrors: [try await missingCart(key)])
            }
            return CartPayload(cart: try await view(cart), userErrors: errors)
        }
        let time = now()
        let outcome = try await backendCall { try await body(carts, time) }
        switch outcome {
        case .cart(let cart):
            return CartPayload(cart: try await view(cart), userErrors: [])
        case .notFound:
            return CartPayload(cart: nil, userErrors: [Self.cartNotFound])
        case .completed:
            return try await unchanged(key, UserError(field: ["cartId"], message: "The cart was checked out and can no longer change.", code: .CART_COMPLETED))
        case .lineNotFound(let index):
            return try await unchanged(key, UserError(field: ["lines", String(index), "id"], message: "The line is not in this cart.", code: .LINE_NOT_FOUND))
        case .maximumExceeded(let index, let quantity):
            return try await unchanged(key, lineMaximumExceeded(path: ["lines", String(index), "quantity"], quantity: quantity))
        case .tooManyLines(let maximum):
            return try await unchanged(key, UserError(field: ["lines"], message: "A cart holds at most \(maximum) lines.", code: .TOO_MANY_ITEMS))
        case .empty:
            return try await unchanged(key, UserError(field: ["cartId"], message: "The cart is empty.", code: .EMPTY_CART))
        case .otherChannel:
            return CartPayload(cart: nil, userErrors: [Self.cartOfAnotherChannel])
        }
    }

    func unchanged(_ key: String, _ error: UserError) async throws(CommerceError) -> CartPayload {
        guard let cart = try await backendCall({ try await channelCarts.carts(ids: [key]) })[key] else {
            return CartPayload(cart: nil, userErrors: [error])
        }
        return CartPayload(cart: try await view(cart), userErrors: [error])
    }

    static let cartNotFound = UserError(field: ["cartId"], message: "No cart has this id.", code: .CART_NOT_FOUND)

    /// The cart key in a global id, or nil.
    static func cartKey(_ id: String) -> String? {
        guard let global = GlobalID(decoding: id), global.type == "Cart" else { return nil }
        return global.key
    }

    private func cartKey(_ id: String, errors: inout [UserError]) -> String? {
        guard let key = Self.cartKey(id) else {
            errors.append(UserError(field: ["cartId"], message: "\"\(id)\" is not a cart id.", code: .INVALID))
            return nil
        }
        return key
    }

    /// The line number in a line's global id, when the line belongs to the cart.
    static func lineID(_ id: String, cartKey: String) -> Int64? {
        guard let global = GlobalID(decoding: id), global.type == "CartLine" else { return nil }
        let parts = global.key.split(separator: ".")
        guard parts.count == 2, parts[0] == cartKey, let line = Int64(parts[1]) else { return nil }
        return line
    }

    /// Records TOO_MANY_ITEMS when more lines change in one call than allowed; false then.
    @discardableResult
    func checkCount(_ count: Int, path: [String], errors: inout [UserError]) -> Bool {
        if count > settings.maximumLinesPerCall {
            errors.append(UserError(field: path, message: "At most \(settings.maximumLinesPerCall) lines can change in one call; got \(count).", code: .TOO_MANY_ITEMS))
            return false
        }
        return true
    }

    /// The error for a line that would hold `quantity` units, over the per-line maximum: one message
    /// for `cartCreate` (lines of one variant merge) and `cartLinesAdd` (merging into the cart's line).
    func lineMaximumExceeded(path: [String], quantity: Int) -> UserError {
        UserError(field: path, message: "The line would hold \(quantity) units; at most \(settings.maximumLineQuantity) are allowed.",
                  code: .MAXIMUM_EXCEEDED)
    }

    /// Records MINIMUM_NOT_MET or MAXIMUM_EXCEEDED for a line quantity out of range; false then.
    func checkQuantity(_ quantity: Int, minimum: Int, path: [String], errors: inout [UserError]) -> Bool {
        if quantity < minimum {
            errors.append(UserError(field: path, message: "The quantity must be at least \(minimum); got \(quantity).", code: .MINIMUM_NOT_MET))
            return false
        }
        if quantity > settings.maximumLineQuantity {
            errors.append(UserError(field: path, message: "The quantity must be at most \(settings.maximumLineQuantity); got \(quantity).", code: .MAXIMUM_EXCEEDED))
            return false
        }
        return true
    }
}
