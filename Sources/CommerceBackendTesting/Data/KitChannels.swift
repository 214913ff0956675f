import Commerce

/// The channels the kit's channel cases write: the default channel from the warehouse, a store's
/// kiosk in German from the store's stock only, a UK shop in GBP from the warehouse, and an outlet
/// selling from both, the store first.
enum KitChannels {
    static let store = "kit-store"
    static let web = Channel(code: "web-eu", name: "Web", currency: .EUR, languages: ["en", "de"], countries: ["DE"],
                             stockLocations: [StockLevel.defaultLocation])
    static let kiosk = Channel(code: "kiosk", name: "Kiosk", currency: .EUR, languages: ["de-AT", "de", "en"], countries: ["AT"],
                               stockLocations: [store])
    static let uk = Channel(code: "web-uk", name: "UK", currency: .GBP, languages: ["en"], countries: ["GB"],
                            stockLocations: [StockLevel.defaultLocation])
    static let outlet = Channel(code: "outlet", name: "Outlet", currency: .EUR, languages: ["en"], countries: ["DE"],
                                stockLocations: [store, StockLevel.defaultLocation])
    static let all = [web, kiosk, uk, outlet]

    /// The context a request of `channel` reads in: its first country and language, its language chain.
    static func storefront(_ channel: Channel) -> StorefrontContext {
        StorefrontContext(channel: channel, country: channel.countries[0], language: channel.languages[0], languages: channel.languages)
    }

    /// The catalog context of `channel`.
    static func context(_ channel: Channel) -> CatalogContext { storefront(channel).catalog }

    /// Each kit product's GBP prices: the euro prices in reverse order of size (so the PRICE order
    /// differs from the euro one), distinct per product.
    static func pounds(_ store: KitStore, _ index: Int) -> [Int64] {
        store.products[index].prices.indices.map { variant in Int64(30_000 - index * 1000 - variant * 10) }
    }

    /// The kit store's units at `store` per product and variant: 1 for even products' first variants, else 0.
    static func storeStock(_ store: KitStore, _ index: Int, _ variant: Int) -> Int {
        index % 2 == 0 && variant == 0 ? 1 : 0
    }

    /// Writes the channels, GBP prices for every product but the last, the store's stock, and listings:
    /// the last product is not sold in the UK (no price there, no listing), product 1 is not published
    /// in the kiosk, product 3 is published there but not searchable.
    static func write(_ check: BackendKitCheck, _ store: KitStore) async throws {
        let catalog = check.backends.catalog
        try await catalog.upsertChannels(all)
        var data = ChannelCatalogData()
        for index in store.products.indices {
            for (variant, id) in store.variantIDs[index].enumerated() {
                if index < store.products.count - 1 {
                    let price = pounds(store, index)[variant]
                    data.prices.append(VariantPrice(variantID: id, channel: uk.code, price: Money(minorUnits: price, currency: .GBP),
                                                    compareAtPrice: variant == 0 ? Money(minorUnits: price + 500, currency: .GBP) : nil))
                }
                data.stock.append(StockLevel(variantID: id, location: Self.store, quantity: storeStock(store, index, variant)))
            }
            if index < store.products.count - 1 {
                data.listings.append(ProductListing(productID: store.productIDs[index], channel: uk.code, published: true))
            }
        }
        data.listings.append(ProductListing(productID: store.productIDs[1], channel: kiosk.code, published: false))
        data.listings.append(ProductListing(productID: store.productIDs[3], channel: kiosk.code, published: true, searchable: false))
        try await catalog.writeChannelData(data)
    }
}
