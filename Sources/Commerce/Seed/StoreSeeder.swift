import Foundation

/// Writes the demo store: three channels (`Channel.seeded`), about 500 products in EUR with
/// variants, options, images and stock, per-channel prices, stock, listings and German texts
/// (`StoreSeeder+Channels`), 20 collections, a home page and landing pages using every module type in English and German
/// (published and draft), and discount codes. The same seed gives the same store.
public struct StoreSeeder: Sendable {
    /// What was written.
    public struct Summary: Sendable, Hashable {
        /// Products written.
        public var products: Int
        /// Variants written.
        public var variants: Int
        /// Collections written.
        public var collections: Int
        /// Pages written.
        public var pages: Int
        /// Discount codes written.
        public var discountCodes: Int
    }

    /// How many products to write.
    public var productCount: Int
    /// The generator's seed.
    public var seed: UInt64
    /// The time the store's history starts from (creation times follow it).
    public var epoch: Date

    /// Creates a seeder.
    public init(productCount: Int = 500, seed: UInt64 = 20_261_124, epoch: Date = Date(timeIntervalSince1970: 1_735_689_600)) {
        self.productCount = productCount
        self.seed = seed
        self.epoch = epoch
    }

    /// The parts of the store a seed writes.
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int

        /// Creates a set of parts.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Products and collections.
        public static let catalog = Parts(rawValue: 1)
        /// The pages, which reference the catalog's products and collections.
        public static let content = Parts(rawValue: 2)
        /// The discount codes.
        public static let carts = Parts(rawValue: 4)
        /// The whole store.
        public static let all: Parts = [.catalog, .content, .carts]
    }

    /// Writes the store, or the parts of it named, into empty backends; refuses a catalog that
    /// already has products when it writes the catalog. Pages written without the catalog
    /// reference the catalog already there: its newest products, and its collections by handle
    /// with their products in the merchant's order (the seeded catalog gives the same pages).
    public func seed(into backends: CommerceBackends, parts: Parts = .all) async throws -> Summary {
        if parts.contains(.catalog) {
            guard try await backends.catalog.countProducts(ProductFilter(), in: .standard) == 0 else {
                throw ConfigurationError("The catalog already has products; seed writes into an empty store.")
            }
        }
        var random = SeedRandom(seed: seed)
        var products: [Product] = [], collections: [Collection] = [], members: [String: [Int64]] = [:]
        if parts.contains(.catalog) {
            try await backends.catalog.upsertChannels(Channel.seeded)
            let drafts = (0..<productCount).map { index in product(index, random: &random) }
            products = try await backends.catalog.upsertProducts(drafts)
            let collectionDrafts = collectionDrafts(products, random: &random)
            collections = try await backends.catalog.upsertCollections(collectionDrafts)
            try await backends.catalog.writeChannelData(channelData(products: products, collections: collections))
            members = Dictionary(collectionDrafts.map { ($0.handle, $0.productIDs) }, uniquingKeysWith: { a, _ in a })
        }
        if parts.contains(.carts) { try await backends.carts.upsertDiscountCodes(discountCodes) }
        var pages: [Page] = []
        if parts.contains(.content) {
            if !parts.contains(.catalog) { (products, collections, members) = try await references(in: backends.catalog) }
            pages = try await backends.content.importPages(pageDrafts(products: products, collections: collections, members: members))
        }
        let written = parts.contains(.catalog)
        return Summary(products: written ? products.count : 0, variants: written ? products.reduce(0) { $0 + $1.variants.count } : 0,
                       collections: written ? collections.count : 0, pages: pages.count,
                       discountCodes: parts.contains(.carts) ? discountCodes.count : 0)
    }

    /// What the pages reference in a catalog already there: its newest products (oldest first),
    /// every collection, and each collection's first products in the merchant's order.
    private func references(in catalog: any CatalogBackend) async throws
        -> (products: [Product], collections: [Collection], members: [String: [Int64]]) {
        let newest = try await catalog.searchProducts(ProductSearch(filter: ProductFilter(), sortKey: .CREATED_AT, reverse: true,
                                                                    window: PageWindow(limit: 12)), in: .standard)
        var collections: [Collection] = []
        var window = PageWindow(limit: 250)
        while true {
            let page = try await catalog.searchCollections(CollectionSearch(terms: [], sortKey: .ID, reverse: false, window: window), in: .standard)
            collections += page.items.map(\.item)
            guard page.hasMore, let last = page.items.last else { break }
            window = PageWindow(after: last.position, limit: 250)
        }
        var members: [String: [Int64]] = [:]
        for collection in collections where members[collection.handle] == nil {
            let search = ProductSearch(filter: ProductFilter(collectionID: collection.id), sortKey: .MANUAL, reverse: false,
                                       window: PageWindow(limit: 250))
            members[collection.handle] = try await catalog.searchProducts(search, in: .standard).items.map(\.item.id)
        }
        return (newest.items.map(\.item).reversed(), collections, members)
    }

    private func product(_ index: Int, random: inout SeedRandom) -> ProductDraft {
        let kind = SeedVocabulary.kinds[index % SeedVocabulary.kinds.count]
        let material = random.pick(SeedVocabulary.materials)
        let adjective = random.pick(SeedVocabulary.adjectives)
        let vendor = random.pick(SeedVocabulary.vendors)
        let title = "\(adjective) \(material) \(kind.singular)"
        let handle = "\(title.lowercased().replacingOccurrences(of: " ", with: "-"))-\(index + 1)"
        let season = random.pick(SeedVocabulary.seasons)
        var options: [ProductOption] = []
        for option in kind.options {
            let count = option.name == "Size" ? random.int(3...option.values.count) : random.int(1...min(3, option.values.count))
            options.append(ProductOption(name: option.name, values: random.sample(option.values, count: count)))
        }
        let base = random.int(kind.prices) * 100 + random.pick([0, 50, 90, 95])
        let onSale = random.chance(20)
        let images = (1...random.int(2...4)).map { number in
            Image(url: "https://cdn.concord.example/products/\(handle)-\(number).jpg",
                  altText: "\(title), view \(number)", width: 1600, height: 2000)
        }
        var combinations: [[SelectedOption]] = [[]]
        for option in options {
            combinations = combinations.flatMap { prefix in option.values.map { prefix + [SelectedOption(name: option.name, value: $0)] } }
        }
        let variants = combinations.enumerated().map { position, selected in
            let surcharge = selected.contains { $0.value == "XL" } ? 500 : 0
            let price = Money(minorUnits: Int64(base + surcharge), currency: .EUR)
            let stock = random.chance(12) ? 0 : random.int(1...60)
            let code = selected.map { String($0.value.prefix(3)).uppercased() }.joined(separator: "-")
            return VariantDraft(
                title: "", sku: "CC-\(String(format: "%04d", index + 1))\(code.isEmpty ? "" : "-" + code)", price: price,
                compareAtPrice: onSale ? Money(minorUnits: (price.minorUnits * 125 / 100 / 100) * 100 + 99, currency: .EUR) : nil,
                inventoryQuantity: stock, selectedOptions: selected, imageIndex: position % images.count)
        }
        var tags = [material.lowercased(), season, kind.home ? "home" : "apparel"]
        if onSale { tags.append("sale") }
        if random.chance(10) { tags.append("bestseller") }
        if material.contains("Organic") || material.contains("Recycled") { tags.append("sustainable") }
        if index >= productCount - 60 { tags.append("new") }
        let sentences = random.sample(SeedVocabulary.phrases, count: 3)
        let description = "The \(title) by \(vendor). " + sentences.joined(separator: " ")
        return ProductDraft(
            handle: handle, title: title, description: description,
            descriptionHtml: "<p>The <strong>\(title)</strong> by \(vendor).</p><p>\(sentences.joined(separator: " "))</p>",
            vendor: vendor, productType: kind.name, tags: tags, options: options, images: images, variants: variants,
            seo: SEO(title: "\(title) | Concord", description: sentences[0]),
            createdAt: epoch.addingTimeInterval(Double(index) * 57_600))
    }

    private func collectionDrafts(_ products: [Product], random: inout SeedRandom) -> [CollectionDraft] {
        func make(_ handle: String, _ title: String, _ description: String, _ members: [Product]) -> CollectionDraft {
            CollectionDraft(
                handle: handle, title: title, description: description, descriptionHtml: "<p>\(description)</p>",
                image: members.first?.images.first.map { Image(url: $0.url, altText: title, width: 1600, height: 900) },
                seo: SEO(title: "\(title) | Concord", description: description), productIDs: members.map(\.id))
        }
        var drafts: [CollectionDraft] = []
        for kind in ["Shirts", "T-Shirts", "Sweaters", "Jackets", "Trousers", "Shoes", "Bags", "Hats", "Scarves"] {
            let members = products.filter { $0.productType == kind }
            drafts.append(make(kind.lowercased(), kind, "Every \(kind.lowercased()) in the store.", members))
        }
        let home = products.filter { $0.tags.contains("home") }
        drafts.append(make("home-living", "Home & Living", "Mugs, candles, blankets and notebooks for slow days at home.", home))
        drafts.append(make("new-arrivals", "New Arrivals", "The latest additions, newest first.",
                           products.filter { $0.tags.contains("new") }.reversed()))
        drafts.append(make("sale", "Sale", "Reduced prices while stocks last.", products.filter { $0.tags.contains("sale") }))
        drafts.append(make("bestsellers", "Best Sellers", "What everyone is buying.", products.filter { $0.tags.contains("bestseller") }))
        drafts.append(make("summer", "Summer Edit", "Light layers for warm days.", products.filter { $0.tags.contains("summer") }))
        drafts.append(make("winter", "Winter Warmers", "Wool, cashmere and everything cosy.", products.filter { $0.tags.contains("winter") }))
        drafts.append(make("sustainable", "Sustainable Choices", "Organic and recycled materials.",
                           products.filter { $0.tags.contains("sustainable") }))
        drafts.append(make("gifts-under-30", "Gifts under 30 EUR", "Small things that make a big difference.",
                           products.filter { $0.minPriceMinorUnits < 3000 }))
        for vendor in ["Nordic Loom", "Fjell Outdoor", "Maison Verte"] {
            let handle = vendor.lowercased().replacingOccurrences(of: " ", with: "-")
            drafts.append(make(handle, vendor, "The \(vendor) collection.", products.filter { $0.vendor == vendor }))
        }
        // A shuffled editor's order for one collection, so MANUAL differs from creation order.
        if let index = drafts.firstIndex(where: { $0.handle == "bestsellers" }) { drafts[index].productIDs.shuffle(using: &random) }
        return drafts
    }

    var discountCodes: [DiscountCode] {
        [
            DiscountCode(code: "WELCOME10", kind: .percentage(basisPoints: 1000)),
            DiscountCode(code: "SUMMER20", kind: .percentage(basisPoints: 2000), minimumSubtotal: Money(minorUnits: 5000, currency: .EUR)),
            DiscountCode(code: "FIVEOFF", kind: .fixedAmount(Money(minorUnits: 500, currency: .EUR))),
            DiscountCode(code: "VIP25", kind: .percentage(basisPoints: 2500), minimumSubtotal: Money(minorUnits: 20000, currency: .EUR)),
            DiscountCode(code: "EXPIRED15", kind: .percentage(basisPoints: 1500), endsAt: epoch),
        ]
    }
}
