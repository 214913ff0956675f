/// Store-wide rules the storefront applies, whatever the backends.
public struct StoreSettings: Sendable, Hashable {
    /// The currency of prices.
    public var currency: CurrencyCode
    /// The most units one cart line may hold.
    public var maximumLineQuantity: Int
    /// The most lines one mutation may change.
    public var maximumLinesPerCall: Int
    /// The most lines one cart may hold (at least `maximumLinesPerCall`, so that any cart
    /// `cartCreate` accepts is within it).
    public var maximumLinesPerCart: Int
    /// The most discount codes on one cart.
    public var maximumDiscountCodes: Int
    /// The tax included in prices, in basis points of the net price (1900 = 19% VAT).
    public var taxRateBasisPoints: Int
    /// The highest price (and compare-at price) `productUpsert` accepts, in minor units.
    /// With the line and call maximums, every total of an accepted cart fits the money arithmetic
    /// many times over; stored data beyond it gives `AMOUNT_OUT_OF_RANGE`, never a trap.
    public var maximumPriceMinorUnits: Int64
    /// The most units of stock `productUpsert` and `inventoryAdjust` leave on a variant.
    public var maximumInventoryQuantity: Int

    /// Creates settings; the defaults are a European store in euros with 19% VAT included, prices up
    /// to 10,000,000.00 and stock up to 1,000,000,000 units a variant.
    public init(currency: CurrencyCode = .EUR, maximumLineQuantity: Int = 1000, maximumLinesPerCall: Int = 250,
                maximumDiscountCodes: Int = 25, taxRateBasisPoints: Int = 1900,
                maximumPriceMinorUnits: Int64 = 1_000_000_000, maximumInventoryQuantity: Int = 1_000_000_000,
                maximumLinesPerCart: Int = 500) {
        self.currency = currency
        self.maximumLineQuantity = maximumLineQuantity
        self.maximumLinesPerCall = maximumLinesPerCall
        self.maximumLinesPerCart = max(maximumLinesPerCart, maximumLinesPerCall)
        self.maximumDiscountCodes = maximumDiscountCodes
        self.taxRateBasisPoints = taxRateBasisPoints
        self.maximumPriceMinorUnits = maximumPriceMinorUnits
        self.maximumInventoryQuantity = maximumInventoryQuantity
    }
}
