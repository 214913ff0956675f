import Commerce
import Foundation

/// Carts, discount codes and orders held in memory, for tests and small demos. Storage only (the
/// rules are `CartRules`). An actor: each change runs alone, so concurrent changes to one cart lose nothing.
public actor InMemoryCartBackend: CartBackend {
    private var cartsByID: [String: Cart] = [:]
    private var codes: [String: DiscountCode] = [:]
    private var ordersByID: [String: Order] = [:]
    private var nextLineID: Int64 = 1
    private var lastOrderNumber: Int?
    /// The webhook events of the orders, and their deliveries.
    var outbox = InMemoryOutbox()

    /// Creates an empty store.
    public init() {}

    public func carts(ids: [String]) -> [String: Cart] {
        var result: [String: Cart] = [:]
        for id in ids { if let cart = cartsByID[id] { result[id] = cart } }
        return result
    }

    public func insertCart(_ edit: CartEdit) -> Cart {
        save(edit)
    }

    public func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) throws -> Cart? {
        guard let cart = cartsByID[id] else { return nil }
        return save(try change(cart))
    }

    public func discountCodes(codes requested: [String]) -> [String: DiscountCode] {
        var result: [String: DiscountCode] = [:]
        for code in requested {
            let key = DiscountCode.key(code)
            if let found = codes[key] { result[key] = found }
        }
        return result
    }

    public func upsertDiscountCodes(_ new: [DiscountCode]) {
        for code in new { codes[DiscountCode.key(code.code)] = code }
    }

    public func checkoutsInProgress(startedBefore time: Date) -> [String] {
        cartsByID.values.filter { CartRules.isCheckout($0, startedBefore: time) }.map(\.id).sorted()
    }

    public func placeOrder(cartID: String,
                           _ place: @Sendable (Cart, Int?) throws -> (cart: CartEdit, order: Order)) throws -> Order? {
        guard let cart = cartsByID[cartID] else { return nil }
        let (edit, order) = try place(cart, lastOrderNumber)
        save(edit)
        ordersByID[order.id] = order
        outbox.append(.orderCreated(order))
        lastOrderNumber = max(lastOrderNumber ?? order.number, order.number)
        return order
    }

    public func orders(ids: [String]) -> [String: Order] {
        var result: [String: Order] = [:]
        for id in ids { if let order = ordersByID[id] { result[id] = order } }
        return result
    }

    /// Stores the edited cart, numbering its new lines.
    @discardableResult
    private func save(_ edit: CartEdit) -> Cart {
        let ids = (0..<Int64(edit.newLines.count)).map { nextLineID + $0 }
        nextLineID += Int64(edit.newLines.count)
        let cart = edit.saved(newLineIDs: ids)
        cartsByID[cart.id] = cart
        return cart
    }
}
