/// Whether a channel lists a product: `published` products are readable in the channel,
/// `searchable` ones also come up in its searches and collection lists. A product with no listing
/// for a channel is listed in it (published and searchable) when the channel's currency is the
/// product's own, and not listed otherwise.
public struct ProductListing: Sendable, Hashable, Codable {
    /// The product's id.
    public var productID: Int64
    /// The channel's code.
    public var channel: String
    /// Whether the channel sells the product at all.
    public var published: Bool
    /// Whether it shows in the channel's searches and product lists (when published).
    public var searchable: Bool

    /// Creates a listing.
    public init(productID: Int64, channel: String, published: Bool, searchable: Bool = true) {
        self.productID = productID
        self.channel = channel
        self.published = published
        self.searchable = searchable
    }
}
