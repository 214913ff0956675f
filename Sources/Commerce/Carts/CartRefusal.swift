/// Why a cart rule refused a change. Thrown from the change a backend runs in its transaction, it
/// rolls the transaction back: nothing is saved.
public enum CartRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// No cart has the id.
    case notFound
    /// The cart is being checked out or was checked out, and cannot change.
    case notOpen
    /// The cart is not being checked out (so it cannot be completed, and there is nothing to abort).
    case notCheckingOut
    /// The input line at `index` names no line of the cart.
    case lineNotFound(index: Int)
    /// The input line at `index` would make a line of `quantity` units, over the maximum.
    case maximumExceeded(index: Int, quantity: Int)
    /// The cart would hold more lines than `maximum`.
    case tooManyLines(maximum: Int)
    /// The cart has no lines to check out.
    case empty
    /// The cart belongs to another channel than the request's.
    case otherChannel

    public var description: String {
        switch self {
        case .notFound: "No cart has this id."
        case .notOpen: "The cart was checked out and can no longer change."
        case .notCheckingOut: "The cart is not being checked out."
        case .lineNotFound(let index): "The input line \(index) names no line of the cart."
        case .maximumExceeded(let index, let quantity): "The input line \(index) would make a line of \(quantity) units, over the maximum."
        case .tooManyLines(let maximum): "A cart holds at most \(maximum) lines."
        case .empty: "The cart is empty."
        case .otherChannel: "The cart belongs to another channel."
        }
    }
}
