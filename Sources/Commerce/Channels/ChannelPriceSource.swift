/// Variant prices in a channel: what carts are priced with. The catalog is the source
/// (`Storefront.variantPrices(_:in:)`); a session may name another (tests, a price service).
public protocol ChannelPriceSource: Sendable {
    /// The prices of `variantIDs` in `channel`, all in `currency`; a variant the channel does not
    /// sell is missing from the answer.
    func prices(of variantIDs: [Int64], channel: String, currency: CurrencyCode) async throws -> [Int64: ChannelPrice]
}
