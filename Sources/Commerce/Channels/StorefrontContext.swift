/// A request's resolved context: its token's channel, narrowed by `@inContext(country:, language:)`
/// to what the channel allows. It is echoed in `extensions.context` and keys every cache.
public struct StorefrontContext: Sendable, Hashable {
    /// The channel.
    public var channel: Channel
    /// The buyer's country (one of the channel's countries).
    public var country: String
    /// The language texts are read in (one of the channel's languages).
    public var language: String
    /// The language fallback chain: `language`, its base language (`de` for `de-AT`), then the
    /// channel's other languages in order.
    public var languages: [String]

    /// Creates a context.
    public init(channel: Channel, country: String, language: String, languages: [String]) {
        self.channel = channel
        self.country = country
        self.language = language
        self.languages = languages
    }

    /// The currency of every price in the answer.
    public var currency: CurrencyCode { channel.currency }

    /// What the catalog is read in.
    public var catalog: CatalogContext {
        CatalogContext(channel, languages: languages)
    }
}
