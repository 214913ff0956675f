/// Why a discount code entered on a cart takes nothing off (`CartDiscountCodeReason`).
public enum DiscountCodeReason: String, Sendable, Hashable, CaseIterable {
    /// The store no longer has the code.
    case UNKNOWN_CODE
    /// The code's start lies ahead.
    case NOT_STARTED
    /// The code has ended.
    case EXPIRED
    /// The cart's subtotal is below the code's minimum.
    case MINIMUM_NOT_MET
    /// Nothing is left to take off (an empty cart, or earlier codes took it all).
    case NOTHING_TO_DISCOUNT
    /// Another choice of codes takes off more, and this code does not combine with it.
    case DOES_NOT_COMBINE
}
