/// What a backend read of one product's channel data for one context: the rows a projection
/// (`CatalogProjection`) needs, already narrowed to the context's channel, locations and languages.
public struct ProductChannelRecords: Sendable, Hashable {
    /// The channel's prices of the product's variants, by variant id.
    public var prices: [Int64: VariantPrice]
    /// Units per variant id, summed over the context's stock locations (absent: none).
    public var stock: [Int64: Int]
    /// The channel's listing of the product, if it has one.
    public var listing: ProductListing?
    /// The product's translations into languages of the context's chain, in any order.
    public var translations: [ProductTranslation]

    /// Creates the records; all empty by default.
    public init(prices: [Int64: VariantPrice] = [:], stock: [Int64: Int] = [:], listing: ProductListing? = nil,
                translations: [ProductTranslation] = []) {
        self.prices = prices
        self.stock = stock
        self.listing = listing
        self.translations = translations
    }
}
