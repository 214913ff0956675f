import Foundation

/// The cart's domain rules, once for every backend: plain functions from a cart as loaded to the
/// edit to save, or a `CartRefusal`.
///
/// - Only an OPEN cart changes; a cart being checked out (CHECKING_OUT) or checked out (COMPLETED)
///   refuses with `.notOpen`. Checkout goes OPEN → CHECKING_OUT → COMPLETED; aborting goes back to OPEN.
/// - Units of a variant already in the cart raise its line; a line left with no units is removed,
///   so a stored line always holds at least one unit.
/// - An input line that names no line of the cart is refused by its index, before anything changes.
public enum CartRules {
    /// A new OPEN cart, created and updated at `time`, whose lines of one variant merge (unchecked:
    /// the storefront validates the input first).
    public static func newCart(id: String, lines: [LineAddition], discountCodes: [String], buyerIdentity: BuyerIdentity,
                               channel: String = Channel.defaultCode, currency: CurrencyCode = .EUR, at time: Date) -> CartEdit {
        var edit = CartEdit(Cart(id: id, lines: [], discountCodes: discountCodes, buyerIdentity: buyerIdentity,
                                 status: .OPEN, createdAt: time, updatedAt: time, channel: channel, currency: currency))
        for line in lines { merge(line, into: &edit) }
        return edit
    }

    /// Adds units, in input order, merging into the line of the same variant. Refuses the first input
    /// line that makes a line of more than `maximumQuantity` units, and a cart left with more than
    /// `maximumLines` lines.
    public static func addLines(_ lines: [LineAddition], to cart: Cart, maximumQuantity: Int, maximumLines: Int,
                                at time: Date) throws(CartRefusal) -> CartEdit {
        var edit = try change(cart, at: time)
        for (index, line) in lines.enumerated() {
            let quantity = merge(line, into: &edit)
            if quantity > maximumQuantity { throw .maximumExceeded(index: index, quantity: quantity) }
        }
        if edit.lineCount > maximumLines { throw .tooManyLines(maximum: maximumLines) }
        return edit
    }

    /// Sets line quantities; the last entry for a line wins, and 0 removes the line. Every entry
    /// must name a line of the cart.
    public static func updateLines(_ lines: [LineQuantity], in cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        var edit = try change(cart, at: time)
        let positions = try lineIndices(lines.map(\.lineID), in: cart)
        for (line, position) in zip(lines, positions) { edit.cart.lines[position].quantity = line.quantity }
        edit.cart.lines.removeAll { $0.quantity <= 0 }
        return edit
    }

    /// Removes lines; every id must name a line of the cart (naming one twice is no error).
    public static func removeLines(_ lineIDs: [Int64], from cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        var edit = try change(cart, at: time)
        _ = try lineIndices(lineIDs, in: cart)
        let removed = Set(lineIDs)
        edit.cart.lines.removeAll { removed.contains($0.id) }
        return edit
    }

    /// Replaces the discount codes.
    public static func setDiscountCodes(_ codes: [String], on cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        var edit = try change(cart, at: time)
        edit.cart.discountCodes = codes
        return edit
    }

    /// Replaces the buyer identity.
    public static func setBuyerIdentity(_ buyerIdentity: BuyerIdentity, on cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        var edit = try change(cart, at: time)
        edit.cart.buyerIdentity = buyerIdentity
        return edit
    }

    /// Replaces the buyer identity and moves the cart to `channel`, whose prices are in `currency`:
    /// one edit, so the cart's country, channel and currency change together or not at all. The
    /// cart must still be in `from`, the channel its lines were checked against.
    public static func move(_ cart: Cart, from: String, to channel: String, currency: CurrencyCode,
                            buyerIdentity: BuyerIdentity, at time: Date) throws(CartRefusal) -> CartEdit {
        guard cart.channel == from else { throw .otherChannel }
        var edit = try change(cart, at: time)
        edit.cart.buyerIdentity = buyerIdentity
        edit.cart.channel = channel
        edit.cart.currency = currency
        return edit
    }

    /// Locks an open, non-empty cart for checkout: CHECKING_OUT since `time`. The cart's contents
    /// did not change, so neither does `updatedAt`.
    public static func beginCheckout(_ cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        guard cart.status == .OPEN else { throw .notOpen }
        guard !cart.lines.isEmpty else { throw .empty }
        var edit = CartEdit(cart)
        edit.cart.status = .CHECKING_OUT
        edit.cart.checkoutStartedAt = time
        return edit
    }

    /// Unlocks a cart whose checkout failed: OPEN again. Only a CHECKING_OUT cart unlocks.
    public static func abortCheckout(_ cart: Cart) throws(CartRefusal) -> CartEdit {
        guard cart.status == .CHECKING_OUT else { throw .notCheckingOut }
        var edit = CartEdit(cart)
        edit.cart.status = .OPEN
        edit.cart.checkoutStartedAt = nil
        return edit
    }

    /// Completes a checkout: the cart, which must be CHECKING_OUT, becomes COMPLETED when the order
    /// is placed, and the order is the draft, CONFIRMED, keyed `id` and numbered after
    /// `lastNumber` (the highest number so far; nil before the first order).
    public static func completeCheckout(_ cart: Cart, placing draft: OrderDraft, id: String,
                                        after lastNumber: Int?) throws(CartRefusal) -> (cart: CartEdit, order: Order) {
        guard cart.status == .CHECKING_OUT else { throw .notCheckingOut }
        var edit = CartEdit(cart)
        edit.cart.status = .COMPLETED
        edit.cart.updatedAt = draft.createdAt
        edit.cart.checkoutStartedAt = nil
        let order = Order(
            id: id, number: lastNumber.map { $0 + 1 } ?? Order.firstNumber, cartID: cart.id, status: .CONFIRMED,
            email: draft.email, lines: draft.lines, discountCodes: draft.discountCodes, subtotal: draft.subtotal,
            discount: draft.discount, tax: draft.tax, total: draft.total, createdAt: draft.createdAt)
        return (edit, order)
    }

    /// Whether the cart is locked by a checkout that started before `time` (one that stopped half way,
    /// for `CheckoutRecovery`). A lock with no recorded start counts as old.
    public static func isCheckout(_ cart: Cart, startedBefore time: Date) -> Bool {
        cart.status == .CHECKING_OUT && (cart.checkoutStartedAt ?? .distantPast) < time
    }

    /// An edit of an open cart, updated at `time`.
    private static func change(_ cart: Cart, at time: Date) throws(CartRefusal) -> CartEdit {
        guard cart.status == .OPEN else { throw .notOpen }
        var edit = CartEdit(cart)
        edit.cart.updatedAt = time
        return edit
    }

    /// Where each line id is among the cart's lines; refuses the first that names no line.
    private static func lineIndices(_ lineIDs: [Int64], in cart: Cart) throws(CartRefusal) -> [Int] {
        let positions = Dictionary(cart.lines.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var found: [Int] = []
        for (index, id) in lineIDs.enumerated() {
            guard let position = positions[id] else { throw .lineNotFound(index: index) }
            found.append(position)
        }
        return found
    }

    /// Adds units to the line of the variant (kept or new), or appends a new line; a line left with
    /// no units is removed. Returns the line's units.
    @discardableResult
    private static func merge(_ line: LineAddition, into edit: inout CartEdit) -> Int {
        if let index = edit.cart.lines.firstIndex(where: { $0.variantID == line.variantID }) {
            let quantity = Cart.saturatingSum([edit.cart.lines[index].quantity, line.quantity])
            if quantity > 0 { edit.cart.lines[index].quantity = quantity } else { edit.cart.lines.remove(at: index) }
            return quantity
        }
        if let index = edit.newLines.firstIndex(where: { $0.variantID == line.variantID }) {
            let quantity = Cart.saturatingSum([edit.newLines[index].quantity, line.quantity])
            if quantity > 0 { edit.newLines[index].quantity = quantity } else { edit.newLines.remove(at: index) }
            return quantity
        }
        if line.quantity > 0 { edit.newLines.append(line) }
        return line.quantity
    }
}
