import Foundation

/// A discount code shoppers can enter.
public struct DiscountCode: Sendable, Hashable {
    /// How the code takes money off.
    public enum Kind: Sendable, Hashable {
        /// A share of the subtotal, in basis points (1000 = 10%).
        case percentage(basisPoints: Int)
        /// A fixed amount off the subtotal.
        case fixedAmount(Money)
    }

    /// The code as the store spells it (matched without regard to case).
    public var code: String
    /// How it takes money off.
    public var kind: Kind
    /// The subtotal the cart must reach, if any.
    public var minimumSubtotal: Money?
    /// When the code starts working, if not always.
    public var startsAt: Date?
    /// When the code stops working, if ever.
    public var endsAt: Date?

    /// Creates a code.
    public init(code: String, kind: Kind, minimumSubtotal: Money? = nil, startsAt: Date? = nil, endsAt: Date? = nil) {
        self.code = code
        self.kind = kind
        self.minimumSubtotal = minimumSubtotal
        self.startsAt = startsAt
        self.endsAt = endsAt
    }

    /// Whether the code takes money off a cart with `subtotal` at `now`.
    public func isApplicable(subtotal: Money, now: Date) -> Bool {
        if let startsAt, now < startsAt { return false }
        if let endsAt, now >= endsAt { return false }
        if let minimumSubtotal, subtotal.minorUnits < minimumSubtotal.minorUnits { return false }
        return subtotal.minorUnits > 0
    }

    /// The amount the code takes off `subtotal` (never more than the subtotal).
    public func discount(on subtotal: Money) -> Money {
        switch kind {
        case .percentage(let basisPoints):
            // Round half up on minor units.
            let off = (subtotal.minorUnits * Int64(basisPoints) + 5_000) / 10_000
            return Money(minorUnits: min(off, subtotal.minorUnits), currency: subtotal.currency)
        case .fixedAmount(let amount):
            return Money(minorUnits: min(amount.minorUnits, subtotal.minorUnits), currency: subtotal.currency)
        }
    }
}
