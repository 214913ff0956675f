import Commerce
import Foundation

/// Carts, discount codes and orders held in memory, for tests and small demos.
/// An actor: each change runs alone, so concurrent changes to one cart lose nothing.
public actor InMemoryCartBackend: CartBackend {
    private var cartsByID: [String: Cart] = [:]
    private var codes: [String: DiscountCode] = [:]
    private var ordersByID: [String: Order] = [:]
    private var nextLineID: Int64 = 1
    private var nextOrderNumber = 1001
    private var checkoutStarts: [String: Date] = [:]

    /// Creates an empty store.
    public init() {}

    public func carts(ids: [String]) -> [String: Cart] {
        var result: [String: Cart] = [:]
        for id in ids { if let cart = cartsByID[id] { result[id] = cart } }
        return result
    }

    public func createCart(lines: [LineAddition], discountCodes: [String], buyerIdentity: BuyerIdentity,
                           at time: Date) -> Cart {
        var cart = Cart(id: SecretKey.make(), lines: [], discountCodes: discountCodes, buyerIdentity: buyerIdentity,
                        status: .OPEN, createdAt: time, updatedAt: time)
        merge(lines, into: &cart)
        cartsByID[cart.id] = cart
        return cart
    }

    public func addLines(cartID: String, lines: [LineAddition], maximumQuantity: Int, maximumLines: Int,
                         at time: Date) -> CartChange {
        change(cartID, at: time) { cart in
            var trial = cart
            for (index, line) in lines.enumerated() {
                merge([line], into: &trial)
                let total = trial.lines.first { $0.variantID == line.variantID }!.quantity
                if total > maximumQuantity { return .maximumExceeded(index: index, quantity: total) }
            }
            if trial.lines.count > maximumLines { return .tooManyLines(maximum: maximumLines) }
            cart = trial
            return nil
        }
    }

    public func updateLines(cartID: String, lines: [LineQuantity], at time: Date) -> CartChange {
        change(cartID, at: time) { cart in
            for (index, line) in lines.enumerated() where !cart.lines.contains(where: { $0.id == line.lineID }) {
                return .lineNotFound(index: index)
            }
            for line in lines {
                let index = cart.lines.firstIndex { $0.id == line.lineID }!
                cart.lines[index].quantity = line.quantity
            }
            cart.lines.removeAll { $0.quantity == 0 }
            return nil
        }
    }

    public func removeLines(cartID: String, lineIDs: [Int64], at time: Date) -> CartChange {
        change(cartID, at: time) { cart in
            for (index, lineID) in lineIDs.enumerated() where !cart.lines.contains(where: { $0.id == lineID }) {
                return .lineNotFound(index: index)
            }
            cart.lines.removeAll { lineIDs.contains($0.id) }
            return nil
        }
    }

    public func setDiscountCodes(cartID: String, codes: [String], at time: Date) -> CartChange {
        change(cartID, at: time) { cart in
            cart.discountCodes = codes
            return nil
        }
    }

    public func setBuyerIdentity(cartID: String, buyerIdentity: BuyerIdentity, at time: Date) -> CartChange {
        change(cartID, at: time) { cart in
            cart.buyerIdentity = buyerIdentity
            return nil
        }
    }

    public func discountCodes(codes requested: [String]) -> [String: DiscountCode] {
        var result: [String: DiscountCode] = [:]
        for code in requested { if let found = codes[code.lowercased()] { result[code.lowercased()] = found } }
        return result
    }

    public func upsertDiscountCodes(_ new: [DiscountCode]) {
        for code in new { codes[code.code.lowercased()] = code }
    }

    public func beginCheckout(cartID: String, at time: Date) -> CartChange {
        guard var cart = cartsByID[cartID] else { return .notFound }
        guard cart.status == .OPEN else { return .completed }
        guard !cart.lines.isEmpty else { return .empty }
        cart.status = .CHECKING_OUT
        cartsByID[cartID] = cart
        checkoutStarts[cartID] = time
        return .cart(cart)
    }

    public func checkoutsInProgress(startedBefore time: Date) -> [String] {
        checkoutStarts.filter { $0.value < time && cartsByID[$0.key]?.status == .CHECKING_OUT }.map(\.key).sorted()
    }

    public func abortCheckout(cartID: String) {
        if cartsByID[cartID]?.status == .CHECKING_OUT { cartsByID[cartID]?.status = .OPEN }
        checkoutStarts[cartID] = nil
    }

    public func completeCheckout(cartID: String, order draft: OrderDraft) -> Order {
        let order = Order(
            id: SecretKey.make(), number: nextOrderNumber, cartID: cartID, status: .CONFIRMED, email: draft.email,
            lines: draft.lines, discountCodes: draft.discountCodes, subtotal: draft.subtotal, discount: draft.discount,
            tax: draft.tax, total: draft.total, createdAt: draft.createdAt)
        nextOrderNumber += 1
        ordersByID[order.id] = order
        cartsByID[cartID]?.status = .COMPLETED
        cartsByID[cartID]?.updatedAt = draft.createdAt
        checkoutStarts[cartID] = nil
        return order
    }

    public func orders(ids: [String]) -> [String: Order] {
        var result: [String: Order] = [:]
        for id in ids { if let order = ordersByID[id] { result[id] = order } }
        return result
    }

    /// Applies `body` to an open cart; `body` returns a refusal or nil to keep its changes.
    private func change(_ cartID: String, at time: Date, _ body: (inout Cart) -> CartChange?) -> CartChange {
        guard var cart = cartsByID[cartID] else { return .notFound }
        guard cart.status == .OPEN else { return .completed }
        if let refusal = body(&cart) { return refusal }
        cart.updatedAt = time
        cartsByID[cartID] = cart
        return .cart(cart)
    }

    /// Adds units, raising the line of the same variant or appending a new line.
    private func merge(_ lines: [LineAddition], into cart: inout Cart) {
        for line in lines {
            if let index = cart.lines.firstIndex(where: { $0.variantID == line.variantID }) {
                cart.lines[index].quantity += line.quantity
            } else {
                cart.lines.append(CartLine(id: nextLineID, variantID: line.variantID, quantity: line.quantity))
                nextLineID += 1
            }
        }
    }
}
