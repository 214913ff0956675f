extension CatalogContext {
    /// The language of the catalog's own texts (a product's and a collection's fields as written
    /// by `productUpsert` and the seeder); translations add others.
    public static let ownTextLanguage = "en"

    /// The languages whose translations the context reads, most preferred first: its chain up to
    /// the catalog's own language, where the own texts stand (`["de", "en"]` reads German, then the
    /// own texts; `["en", "de"]` reads the own texts only, German never being needed).
    public var translationLanguages: [String] {
        Array(languages.prefix { $0 != Self.ownTextLanguage })
    }
}
