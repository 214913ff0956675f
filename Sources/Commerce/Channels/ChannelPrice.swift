/// A variant's price in one channel, in the channel's currency.
public struct ChannelPrice: Sendable, Hashable {
    /// The price of one unit.
    public var price: Money
    /// The former price of one unit, when reduced.
    public var compareAtPrice: Money?

    /// Creates a price.
    public init(price: Money, compareAtPrice: Money? = nil) {
        self.price = price
        self.compareAtPrice = compareAtPrice
    }
}
