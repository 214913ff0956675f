/// A variant's price in one channel, in the channel's currency (integer minor units), with its
/// compare-at price. A channel without a row for a variant sells it at the variant's own price
/// when the product's currency is the channel's; otherwise the channel does not sell the variant.
public struct VariantPrice: Sendable, Hashable, Codable {
    /// The variant's id.
    public var variantID: Int64
    /// The channel's code.
    public var channel: String
    /// The price of one unit, in the channel's currency.
    public var price: Money
    /// The former price, when reduced.
    public var compareAtPrice: Money?

    /// Creates a price.
    public init(variantID: Int64, channel: String, price: Money, compareAtPrice: Money? = nil) {
        self.variantID = variantID
        self.channel = channel
        self.price = price
        self.compareAtPrice = compareAtPrice
    }
}
