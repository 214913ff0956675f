/// Store-wide rules the storefront applies, whatever the backends.
public struct StoreSettings: Sendable, Hashable {
    /// The currency of prices.
    public var currency: CurrencyCode
    /// The most units one cart line may hold.
    public var maximumLineQuantity: Int
    /// The most lines one mutation may change.
    public var maximumLinesPerCall: Int
    /// The most discount codes on one cart.
    public var maximumDiscountCodes: Int
    /// The tax included in prices, in basis points of the net price (1900 = 19% VAT).
    public var taxRateBasisPoints: Int

    /// Creates settings; the defaults are a European store in euros with 19% VAT included.
    public init(currency: CurrencyCode = .EUR, maximumLineQuantity: Int = 1000, maximumLinesPerCall: Int = 250,
                maximumDiscountCodes: Int = 25, taxRateBasisPoints: Int = 1900) {
        self.currency = currency
        self.maximumLineQuantity = maximumLineQuantity
        self.maximumLinesPerCall = maximumLinesPerCall
        self.maximumDiscountCodes = maximumDiscountCodes
        self.taxRateBasisPoints = taxRateBasisPoints
    }
}
