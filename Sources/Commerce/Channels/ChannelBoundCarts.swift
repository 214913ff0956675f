import Foundation

/// The cart backend as one request sees it: only the carts of its channel. A cart of another
/// channel is missing from reads (nothing of it leaks) and refused by every change
/// (`CartRefusal.otherChannel`, inside the backend's transaction); `channel` nil sees every cart.
struct ChannelBoundCarts: CartBackend {
    let base: any CartBackend
    let channel: String?

    func carts(ids: [String]) async throws -> [String: Cart] {
        let found = try await base.carts(ids: ids)
        guard let channel else { return found }
        return found.filter { $0.value.channel == channel }
    }

    func insertCart(_ edit: CartEdit) async throws -> Cart { try await base.insertCart(edit) }

    func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) async throws -> Cart? {
        let channel = channel
        return try await base.updateCart(id: id) { cart in
            if let channel, cart.channel != channel { throw CartRefusal.otherChannel }
            return try change(cart)
        }
    }

    func discountCodes(codes: [String]) async throws -> [String: DiscountCode] { try await base.discountCodes(codes: codes) }

    func upsertDiscountCodes(_ codes: [DiscountCode]) async throws { try await base.upsertDiscountCodes(codes) }

    func checkoutsInProgress(startedBefore time: Date) async throws -> [String] {
        try await base.checkoutsInProgress(startedBefore: time)
    }

    func placeOrder(cartID: String,
                    _ place: @Sendable (Cart, _ lastNumber: Int?) throws -> (cart: CartEdit, order: Order)) async throws -> Order? {
        let channel = channel
        return try await base.placeOrder(cartID: cartID) { cart, lastNumber in
            if let channel, cart.channel != channel { throw CartRefusal.otherChannel }
            return try place(cart, lastNumber)
        }
    }

    func orders(ids: [String]) async throws -> [String: Order] { try await base.orders(ids: ids) }
}
