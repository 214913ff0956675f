import Foundation

extension StoreSeeder {
    /// The content pages: `home` and landing pages in English and German using every module type,
    /// a page only in English (to show the fallback) and drafts.
    func pageDrafts(products: [Product], collections: [Collection], members: [String: [Int64]]) -> [Page] {
        func ids(_ handle: String, _ count: Int) -> [Int64] {
            Array((members[handle] ?? []).prefix(count))
        }
        func collectionIDs(_ handles: [String]) -> [Int64] {
            handles.compactMap { handle in collections.first { $0.handle == handle }?.id }
        }
        func module(_ body: ContentModule.Body) -> ContentModule { ContentModule(id: 0, body: body) }
        func image(_ name: String, _ alt: String) -> Image {
            Image(url: "https://cdn.concord.example/content/\(name).jpg", altText: alt, width: 2400, height: 1200)
        }
        let published = epoch.addingTimeInterval(86_400 * 300)
        let newest = products.suffix(12).reversed().map(\.id)
        let home = Page(
            id: 0, handle: "home", title: ["en": "Concord: clothing and home goods", "de": "Concord: Kleidung und Wohnen"],
            seoTitle: ["en": "Concord Store", "de": "Concord Shop"],
            seoDescription: ["en": "Clothing and home goods made to last.", "de": "Kleidung und Wohnaccessoires, die bleiben."],
            status: .PUBLISHED, publishedAt: published, updatedAt: published, modules: [
                module(.banner(text: ["en": "Free shipping on orders over 50 EUR", "de": "Kostenloser Versand ab 50 EUR"],
                               link: .init(label: ["en": "Details", "de": "Details"], url: "/pages/shipping"), tone: .INFO)),
                module(.hero(heading: ["en": "Made to last", "de": "Gemacht, um zu bleiben"],
                             subheading: ["en": "New season, honest materials.", "de": "Neue Saison, ehrliche Materialien."],
                             image: image("home-hero", "A linen shirt on a wooden chair"),
                             callToAction: .init(label: ["en": "Shop new arrivals", "de": "Neuheiten entdecken"], url: "/collections/new-arrivals"))),
                module(.productCarousel(heading: ["en": "New arrivals", "de": "Neuheiten"], productIDs: newest)),
                module(.productCarousel(heading: ["en": "Best sellers", "de": "Bestseller"], productIDs: ids("bestsellers", 12))),
                module(.collectionGrid(heading: ["en": "Shop by category", "de": "Nach Kategorie"],
                                       collectionIDs: collectionIDs(["shirts", "sweaters", "jackets", "shoes", "bags", "home-living", "sale", "gifts-under-30"]))),
                module(.productCarousel(heading: ["en": "On sale", "de": "Im Angebot"], productIDs: ids("sale", 12))),
                module(.promo(heading: ["en": "10% off your first order", "de": "10 % auf Ihre erste Bestellung"],
                              body: ["en": "Use the code at checkout.", "de": "Code an der Kasse eingeben."],
                              discountCode: "WELCOME10", image: image("welcome", "Gift wrapped parcel"),
                              link: .init(label: ["en": "Start shopping", "de": "Jetzt einkaufen"], url: "/collections/all"), endsAt: nil)),
                module(.productCarousel(heading: ["en": "Shirts", "de": "Hemden"], productIDs: ids("shirts", 12))),
                module(.productCarousel(heading: ["en": "For the home", "de": "Für Zuhause"], productIDs: ids("home-living", 12))),
                module(.richText(html: ["en": "<p>Concord works with small workshops across Europe.</p>",
                                        "de": "<p>Concord arbeitet mit kleinen Werkstätten in ganz Europa.</p>"])),
            ])
        let summer = Page(
            id: 0, handle: "summer-sale", title: ["en": "Summer Sale", "de": "Sommerschlussverkauf"],
            seoTitle: ["en": "Summer Sale | Concord", "de": "Sommerschlussverkauf | Concord"], seoDescription: [:],
            status: .PUBLISHED, publishedAt: published, updatedAt: published, modules: [
                module(.hero(heading: ["en": "Summer Sale", "de": "Sommerschlussverkauf"], subheading: ["en": "Up to 20% off.", "de": "Bis zu 20 % Rabatt."],
                             image: image("summer-hero", "Beach towels in the sun"), callToAction: nil)),
                module(.banner(text: ["en": "Ends Sunday at midnight", "de": "Endet Sonntag um Mitternacht"], link: nil, tone: .PROMOTION)),
                module(.productCarousel(heading: ["en": "Summer picks", "de": "Sommerfavoriten"], productIDs: ids("summer", 12))),
                module(.promo(heading: ["en": "An extra 20% over 50 EUR", "de": "Extra 20 % ab 50 EUR"],
                              body: ["en": "Enter SUMMER20 at checkout.", "de": "SUMMER20 an der Kasse eingeben."], discountCode: "SUMMER20",
                              image: nil, link: nil, endsAt: epoch.addingTimeInterval(86_400 * 700).timeIntervalSince1970)),
                module(.richText(html: ["en": "<p>Sale prices apply while stocks last.</p>", "de": "<p>Solange der Vorrat reicht.</p>"])),
            ])
        let gifts = Page(
            id: 0, handle: "gift-guide", title: ["en": "Gift Guide", "de": "Geschenkideen"], status: .PUBLISHED,
            publishedAt: published, updatedAt: published, modules: [
                module(.hero(heading: ["en": "Gifts they will keep", "de": "Geschenke, die bleiben"], subheading: nil,
                             image: image("gifts-hero", "Wrapped presents"), callToAction: .init(label: ["en": "Under 30 EUR", "de": "Unter 30 EUR"], url: "/collections/gifts-under-30"))),
                module(.collectionGrid(heading: ["en": "Ideas", "de": "Ideen"], collectionIDs: collectionIDs(["gifts-under-30", "home-living", "scarves", "hats"]))),
                module(.productCarousel(heading: ["en": "Under 30 EUR", "de": "Unter 30 EUR"], productIDs: ids("gifts-under-30", 12))),
                module(.productCarousel(heading: ["en": "Cosy", "de": "Gemütlich"], productIDs: ids("winter", 12))),
                module(.promo(heading: ["en": "5 EUR off", "de": "5 EUR Rabatt"], body: ["en": "With FIVEOFF.", "de": "Mit FIVEOFF."],
                              discountCode: "FIVEOFF", image: nil, link: nil, endsAt: nil)),
            ])
        let shipping = Page(
            id: 0, handle: "shipping", title: ["en": "Shipping and returns"], status: .PUBLISHED, publishedAt: published,
            updatedAt: published, modules: [
                module(.richText(html: ["en": "<p>Orders ship within two working days. Returns are free for 30 days.</p>"])),
            ])
        let winter = Page(
            id: 0, handle: "winter-preview", title: ["en": "Winter preview", "de": "Wintervorschau"], status: .DRAFT,
            publishedAt: nil, updatedAt: published, modules: [
                module(.hero(heading: ["en": "Coming soon", "de": "Demnächst"], subheading: nil, image: image("winter-hero", "Snowy forest"), callToAction: nil)),
                module(.productCarousel(heading: ["en": "Winter warmers", "de": "Winterwärmer"], productIDs: ids("winter", 12))),
                module(.richText(html: ["en": "<p>Not yet announced.</p>", "de": "<p>Noch nicht angekündigt.</p>"])),
            ])
        return [home, summer, gifts, shipping, winter]
    }
}
