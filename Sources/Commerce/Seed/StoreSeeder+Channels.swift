import Foundation

extension StoreSeeder {
    /// The demo store's per-channel data, from the products and collections just written (the
    /// same store gives the same data): `web-uk` prices in GBP (about 0.86 of the euro price, at
    /// .99), `kiosk-berlin` in-store prices 10% lower on every seventh product and its own stock at
    /// `berlin-store`; the kiosk does not sell every fifth product and lists home goods by handle
    /// only; the UK shop does not sell Linden Home; German texts for every product and collection.
    func channelData(products: [Product], collections: [Collection]) -> ChannelCatalogData {
        var random = SeedRandom(seed: seed ^ 0x4348_414E_4E45_4C53)
        var data = ChannelCatalogData()
        for (index, product) in products.enumerated() {
            let home = product.tags.contains("home")
            for variant in product.variants {
                data.prices.append(VariantPrice(variantID: variant.id, channel: "web-uk", price: Self.pounds(variant.price),
                                                compareAtPrice: variant.compareAtPrice.map(Self.pounds)))
                if index % 7 == 3 {
                    let reduced = (variant.price.minorUnits * 90 / 100 / 100) * 100 + 90
                    data.prices.append(VariantPrice(
                        variantID: variant.id, channel: "kiosk-berlin", price: Money(minorUnits: reduced, currency: .EUR),
                        compareAtPrice: variant.compareAtPrice ?? variant.price))
                }
                data.stock.append(StockLevel(variantID: variant.id, location: "berlin-store",
                                             quantity: random.chance(35) ? 0 : random.int(1...8)))
            }
            if index % 5 == 4 {
                data.listings.append(ProductListing(productID: product.id, channel: "kiosk-berlin", published: false))
            } else if home {
                data.listings.append(ProductListing(productID: product.id, channel: "kiosk-berlin", published: true, searchable: false))
            }
            data.listings.append(ProductListing(productID: product.id, channel: "web-uk", published: product.vendor != "Linden Home"))
            if let german = Self.german(product) { data.productTranslations.append(german) }
        }
        for collection in collections {
            guard let title = SeedVocabulary.germanCollections[collection.handle] else { continue }
            data.collectionTranslations.append(CollectionTranslation(collectionID: collection.id, language: "de", title: title))
        }
        return data
    }

    /// A euro price in pounds: about 0.86 of it, whole pounds less a penny.
    private static func pounds(_ euros: Money) -> Money {
        Money(minorUnits: max(1, (euros.minorUnits * 86 + 5_000) / 10_000) * 100 - 1, currency: .GBP)
    }

    /// The German texts of a seeded product, from the words its English title is made of.
    private static func german(_ product: Product) -> ProductTranslation? {
        guard let kind = SeedVocabulary.kinds.first(where: { $0.name == product.productType }),
              let kindName = SeedVocabulary.germanKinds[kind.singular],
              let space = product.title.firstIndex(of: " ") else { return nil }
        let adjective = product.title[..<space]
        let material = product.title[product.title.index(after: space)...].dropLast(kind.singular.count + 1)
        guard let materialName = SeedVocabulary.germanMaterials[String(material)] else { return nil }
        let title = "\(kindName) \(adjective) aus \(materialName)"
        let sentences = zip(SeedVocabulary.phrases, SeedVocabulary.germanPhrases)
            .filter { product.description.contains($0.0) }.map(\.1)
        let description = "\(title) von \(product.vendor). " + sentences.joined(separator: " ")
        return ProductTranslation(
            productID: product.id, language: "de", title: title, description: description,
            descriptionHtml: "<p><strong>\(title)</strong> von \(product.vendor).</p><p>\(sentences.joined(separator: " "))</p>",
            seoTitle: "\(title) | Concord", seoDescription: sentences.first)
    }
}
