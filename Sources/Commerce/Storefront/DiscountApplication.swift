/// A discount code entered on a cart, and whether it applies (`CartDiscountCode`).
public struct DiscountApplication: Sendable, Hashable {
    /// The code, as the store spells it.
    public var code: String
    /// Whether it takes money off the cart now.
    public var applicable: Bool
    /// Why it does not, or nil when it applies.
    public var reason: DiscountCodeReason?
    /// Whether the code combines with other combining codes.
    public var combinesWithOtherCodes: Bool

    /// Creates an entry.
    public init(code: String, applicable: Bool, reason: DiscountCodeReason?, combinesWithOtherCodes: Bool) {
        self.code = code
        self.applicable = applicable
        self.reason = reason
        self.combinesWithOtherCodes = combinesWithOtherCodes
    }
}
