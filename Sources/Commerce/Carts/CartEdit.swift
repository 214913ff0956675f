/// A change to one cart as a cart rule decided it, for a backend to save: the cart's new fields, the
/// lines it keeps (with their quantities), and the lines it gains, which get their ids from the store.
///
/// Only the rules in `CartRules` make edits; a backend reads one and writes what it says, in the
/// transaction that loaded `original`: `cart`'s fields, `removedLineIDs`, `changedLines` and
/// `newLines`, then answers `saved(newLineIDs:)`.
public struct CartEdit: Sendable, Hashable {
    /// The cart as it was loaded (for a new cart: the cart without lines).
    public let original: Cart
    /// The cart as it is to be saved, with the lines of `original` it keeps, in their order and with
    /// their new quantities; the new lines are in `newLines`. Its id and creation time are the original's.
    public internal(set) var cart: Cart
    /// The lines the cart gains, in order, after the lines it keeps; the store gives each an id.
    public internal(set) var newLines: [LineAddition] = []

    /// An edit that changes nothing yet.
    init(_ cart: Cart) {
        original = cart
        self.cart = cart
    }

    /// The lines the cart will hold.
    var lineCount: Int { cart.lines.count + newLines.count }

    /// The ids of the original's lines the cart no longer holds.
    public var removedLineIDs: [Int64] {
        let kept = Set(cart.lines.map(\.id))
        return original.lines.map(\.id).filter { !kept.contains($0) }
    }

    /// The kept lines whose quantity changed.
    public var changedLines: [CartLine] {
        let before = Dictionary(original.lines.map { ($0.id, $0.quantity) }, uniquingKeysWith: { a, _ in a })
        return cart.lines.filter { before[$0.id] != $0.quantity }
    }

    /// The cart as saved: the kept lines, then the new lines with the ids the store gave them
    /// (`newLineIDs`, one per new line, in order).
    public func saved(newLineIDs: [Int64]) -> Cart {
        var saved = cart
        for (id, line) in zip(newLineIDs, newLines) {
            saved.lines.append(CartLine(id: id, variantID: line.variantID, quantity: line.quantity))
        }
        return saved
    }
}
