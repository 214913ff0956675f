/// How a stored product reads in a `CatalogContext`, written once for every backend that projects
/// in Swift (the SQL backends do the same in their statements): the channel's listing decides
/// whether it is there at all, each variant takes the channel's price (or its own when the
/// product's currency is the channel's; a variant with neither is left out), its stock is the sum
/// over the context's locations, and each text is the first the language chain has
/// (`translationLanguages`, then the product's own).
public enum CatalogProjection {
    /// Whether the channel lists a product (`published`), and shows it in searches (`searchable`):
    /// its listing when it has one, else whether the channel's currency is the product's.
    public static func visibility(_ listing: ProductListing?, productCurrency: CurrencyCode,
                                  in context: CatalogContext) -> (published: Bool, searchable: Bool) {
        guard let listing else {
            let same = productCurrency == context.currency
            return (same, same)
        }
        return (listing.published, listing.published && listing.searchable)
    }

    /// The product as the context sees it, or nil when the channel does not list it (or, with
    /// `searching`, does not show it in searches).
    public static func product(_ stored: Product, records: ProductChannelRecords, in context: CatalogContext,
                               searching: Bool = false) -> Product? {
        let shown = visibility(records.listing, productCurrency: stored.currency, in: context)
        guard searching ? shown.searchable : shown.published else { return nil }
        let variants = stored.variants.compactMap { variant in
            self.variant(variant, productCurrency: stored.currency, price: records.prices[variant.id],
                         stock: records.stock[variant.id] ?? 0, in: context)
        }
        let chain = ordered(records.translations, by: context.translationLanguages, language: \.language)
        let seo = SEO(title: chain.lazy.compactMap(\.seoTitle).first ?? stored.seo.title,
                      description: chain.lazy.compactMap(\.seoDescription).first ?? stored.seo.description)
        return Product(
            id: stored.id, handle: stored.handle, title: chain.lazy.compactMap(\.title).first ?? stored.title,
            description: chain.lazy.compactMap(\.description).first ?? stored.description,
            descriptionHtml: chain.lazy.compactMap(\.descriptionHtml).first ?? stored.descriptionHtml,
            vendor: stored.vendor, productType: stored.productType, tags: stored.tags, createdAt: stored.createdAt,
            updatedAt: stored.updatedAt, options: stored.options, images: stored.images, variants: variants,
            collectionIDs: stored.collectionIDs, seo: seo, salesCount: stored.salesCount, currency: context.currency)
    }

    /// The variant in the context's channel: its price there and its units over the context's
    /// locations, or nil when the channel has no price for it.
    public static func variant(_ stored: ProductVariant, productCurrency: CurrencyCode, price: VariantPrice?, stock: Int,
                               in context: CatalogContext) -> ProductVariant? {
        let amount: Money, compareAt: Money?
        if let price {
            (amount, compareAt) = (price.price, price.compareAtPrice)
        } else if productCurrency == context.currency {
            (amount, compareAt) = (stored.price, stored.compareAtPrice)
        } else {
            return nil
        }
        return ProductVariant(id: stored.id, productID: stored.productID, position: stored.position, title: stored.title,
                              sku: stored.sku, price: Money(minorUnits: amount.minorUnits, currency: context.currency),
                              compareAtPrice: compareAt.map { Money(minorUnits: $0.minorUnits, currency: context.currency) },
                              quantityAvailable: stock, selectedOptions: stored.selectedOptions, image: stored.image)
    }

    /// The collection with its texts from the language chain.
    public static func collection(_ stored: Collection, translations: [CollectionTranslation],
                                  in context: CatalogContext) -> Collection {
        let chain = ordered(translations, by: context.translationLanguages, language: \.language)
        guard !chain.isEmpty else { return stored }
        var collection = stored
        collection.title = chain.lazy.compactMap(\.title).first ?? stored.title
        collection.description = chain.lazy.compactMap(\.description).first ?? stored.description
        collection.descriptionHtml = chain.lazy.compactMap(\.descriptionHtml).first ?? stored.descriptionHtml
        return collection
    }

    /// The rows of languages in the chain, in the chain's order (others dropped).
    public static func ordered<Row>(_ rows: [Row], by languages: [String], language: KeyPath<Row, String>) -> [Row] {
        guard !rows.isEmpty else { return [] }
        return languages.flatMap { wanted in rows.filter { $0[keyPath: language] == wanted } }
    }
}
