extension StorefrontContext {
    /// The default channel's context: `web-eu`, its first country and language.
    public static let standard: StorefrontContext = {
        let channel = Channel.standard
        return StorefrontContext(channel: channel, country: channel.countries.first ?? "DE",
                                 language: channel.languages.first ?? "en", languages: channel.languages)
    }()
}

extension CatalogContext {
    /// The default channel's catalog context (`StorefrontContext.standard.catalog`).
    public static var standard: CatalogContext { StorefrontContext.standard.catalog }
}
