/// Per-channel catalog data to write in one transaction (`CatalogBackend.writeChannelData`): each
/// row replaces the stored row with the same key (variant and channel, variant and location,
/// product and channel, product or collection and language).
public struct ChannelCatalogData: Sendable, Hashable {
    /// Prices per variant and channel.
    public var prices: [VariantPrice]
    /// Stock per variant and location (absolute quantities).
    public var stock: [StockLevel]
    /// Listings per product and channel.
    public var listings: [ProductListing]
    /// Product texts per language.
    public var productTranslations: [ProductTranslation]
    /// Collection texts per language.
    public var collectionTranslations: [CollectionTranslation]

    /// Creates a batch; every part is empty by default.
    public init(prices: [VariantPrice] = [], stock: [StockLevel] = [], listings: [ProductListing] = [],
                productTranslations: [ProductTranslation] = [], collectionTranslations: [CollectionTranslation] = []) {
        self.prices = prices
        self.stock = stock
        self.listings = listings
        self.productTranslations = productTranslations
        self.collectionTranslations = collectionTranslations
    }
}
