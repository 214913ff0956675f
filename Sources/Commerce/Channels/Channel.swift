/// A touchpoint's selling context (Saleor's and Vendure's channel, commercetools' store): what it
/// sells, in which currency and languages, to which countries, from which stock.
///
/// Channels live in the catalog backend, so every server on one database agrees on them. Prices
/// are stored per channel in the channel's currency (integer minor units), stock per location,
/// listings (published, visible in search) per channel.
public struct Channel: Sendable, Hashable, Codable {
    /// The channel's code, such as `web-eu` or `kiosk-berlin`: what tokens and carts name.
    public var code: String
    /// A display name, such as "Berlin store kiosk".
    public var name: String
    /// The currency every price in the channel is in.
    public var currency: CurrencyCode
    /// The languages it sells in, most preferred first (`["en", "de"]`); the first is its default.
    public var languages: [String]
    /// The countries it sells to, as ISO 3166-1 alpha-2 codes; the first is its default.
    public var countries: [String]
    /// The codes of the stock locations it sells from (`["berlin-store"]`).
    public var stockLocations: [String]

    /// Creates a channel.
    public init(code: String, name: String, currency: CurrencyCode, languages: [String], countries: [String],
                stockLocations: [String]) {
        self.code = code
        self.name = name
        self.currency = currency
        self.languages = languages
        self.countries = countries
        self.stockLocations = stockLocations
    }

    /// The code of the channel a request gets when its token names none.
    public static let defaultCode = "web-eu"
}
