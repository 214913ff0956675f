/// The outcome of a cart change. Anything but `.cart` means nothing changed.
public enum CartChange: Sendable, Hashable {
    /// The cart after the change.
    case cart(Cart)
    /// No cart has the id.
    case notFound
    /// The cart is checked out (or being checked out) and cannot change.
    case completed
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

    /// The outcome of a change a cart rule refused.
    init(_ refusal: CartRefusal) {
        switch refusal {
        case .notFound: self = .notFound
        case .notOpen, .notCheckingOut: self = .completed
        case .lineNotFound(let index): self = .lineNotFound(index: index)
        case .maximumExceeded(let index, let quantity): self = .maximumExceeded(index: index, quantity: quantity)
        case .tooManyLines(let maximum): self = .tooManyLines(maximum: maximum)
        case .empty: self = .empty
        case .otherChannel: self = .otherChannel
        }
    }
}
