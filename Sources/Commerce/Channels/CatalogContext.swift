/// What the catalog needs to know of a request's context to answer it: whose prices, whose stock,
/// whose listing and which language. Backends read products projected into it (prices in the
/// channel's currency, stock summed over its locations, texts in the first language of `languages`
/// that has one), and every cache of catalog answers is keyed by it.
public struct CatalogContext: Sendable, Hashable {
    /// The channel's code.
    public var channel: String
    /// The channel's currency.
    public var currency: CurrencyCode
    /// The stock locations whose quantities count.
    public var stockLocations: [String]
    /// The language fallback chain, most preferred first, such as `["de-AT", "de", "en"]`.
    public var languages: [String]

    /// Creates a context.
    public init(channel: String, currency: CurrencyCode, stockLocations: [String], languages: [String]) {
        self.channel = channel
        self.currency = currency
        self.stockLocations = stockLocations
        self.languages = languages
    }

    /// The context of reading in `channel`: its code, currency and stock locations, and `languages`
    /// (the channel's own when nil).
    public init(_ channel: Channel, languages: [String]? = nil) {
        self.init(channel: channel.code, currency: channel.currency, stockLocations: channel.stockLocations,
                  languages: languages ?? channel.languages)
    }
}
