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
    /// Whether the code combines with other codes that combine (they stack); a code that does not
    /// combine applies alone, when it takes off more than any other choice.
    public var combinesWithOtherCodes: Bool

    /// Creates a code; by default it does not combine with other codes.
    public init(code: String, kind: Kind, minimumSubtotal: Money? = nil, startsAt: Date? = nil, endsAt: Date? = nil,
                combinesWithOtherCodes: Bool = false) {
        self.code = code
        self.kind = kind
        self.minimumSubtotal = minimumSubtotal
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.combinesWithOtherCodes = combinesWithOtherCodes
    }

    /// Why the code cannot apply to a cart with `subtotal` (before any discount) at `now`, or nil when it can.
    public func ineligibility(subtotal: Money, now: Date) -> DiscountCodeReason? {
        if let startsAt, now < startsAt { return .NOT_STARTED }
        if let endsAt, now >= endsAt { return .EXPIRED }
        if let minimumSubtotal, subtotal.minorUnits < minimumSubtotal.minorUnits { return .MINIMUM_NOT_MET }
        return subtotal.minorUnits > 0 ? nil : .NOTHING_TO_DISCOUNT
    }

    /// The amount the code takes off `subtotal` (never more than the subtotal).
    public func discount(on subtotal: Money) -> Money {
        switch kind {
        case .percentage(let basisPoints):
            // Round half up on minor units, in 128 bits: no subtotal overflows it.
            let off = Money.share(of: max(subtotal.minorUnits, 0), times: Int64(min(max(basisPoints, 0), 10_000)), over: 10_000)
            return Money(minorUnits: min(off, subtotal.minorUnits), currency: subtotal.currency)
        case .fixedAmount(let amount):
            return Money(minorUnits: max(0, min(amount.minorUnits, subtotal.minorUnits)), currency: subtotal.currency)
        }
    }
}
