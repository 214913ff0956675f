import Commerce
import Foundation

extension BackendKit {
    static let channelCases: [BackendKitCase] = [
        BackendKitCase(.channels, "channels are stored in order and replaced by code; bad channel data is refused whole") { try await channelsStored($0) },
        BackendKitCase(.channels, "prices per channel in its currency, compare-at too; a channel without a price in its currency does not sell the product") { try await channelPrices($0) },
        BackendKitCase(.channels, "stock per location, summed over a channel's locations: quantities, availability, the available filter") { try await channelStock($0) },
        BackendKitCase(.channels, "listings per channel: unpublished products absent, unsearchable ones readable but absent from searches and counts") { try await channelListings($0) },
        BackendKitCase(.channels, "translations: each text from the first language of the chain that has it, then the product's own; TITLE sorts by it") { try await channelTranslations($0) },
        BackendKitCase(.channels, "stock is taken from the channel's locations only, first location first, and given back where it came from") { try await channelTakes($0) },
        BackendKitCase(.channels, "a kiosk checkout through the storefront takes the store's stock only; adjustments change one location") { try await channelCheckout($0) },
        BackendKitCase(.channels, "the same reads under two contexts give each its own answer, in either order, cached or not") { try await channelCaches($0) },
    ]

    static func channelsStored(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        try check.equal(try await catalog.channels(), [], "a new catalog has no channels")
        try await KitChannels.write(check, store)
        try check.equal(try await catalog.channels(), KitChannels.all, "the channels in the order written")
        var renamed = KitChannels.kiosk
        renamed.name = "Kiosk 2"
        renamed.stockLocations = [KitChannels.store, "second-store"]
        try await catalog.upsertChannels([renamed])
        try check.equal(try await catalog.channels().map(\.code), KitChannels.all.map(\.code), "a channel written again keeps its place")
        try check.equal(try await catalog.channels()[1], renamed, "and holds what was written last")
        let variant = store.variantIDs[0][0]
        try await check.throwsError(CatalogWriteError.unknownChannel("nowhere"), "a price for an unknown channel") {
            try await catalog.writeChannelData(ChannelCatalogData(prices: [
                VariantPrice(variantID: variant, channel: KitChannels.uk.code, price: Money(minorUnits: 1, currency: .GBP)),
                VariantPrice(variantID: variant, channel: "nowhere", price: Money(minorUnits: 1, currency: .GBP))]))
        }
        try check.equal(try await catalog.variants(ids: [variant], in: KitChannels.context(KitChannels.uk))[variant]?.price.minorUnits,
                        KitChannels.pounds(store, 0)[0], "a refused batch writes nothing, not even its good rows")
        try await check.throwsError(CatalogWriteError.currencyMismatch(channel: KitChannels.uk.code, currency: .EUR), "a EUR price in a GBP channel") {
            try await catalog.writeChannelData(ChannelCatalogData(prices: [
                VariantPrice(variantID: variant, channel: KitChannels.uk.code, price: Money(minorUnits: 1, currency: .EUR))]))
        }
        try await check.throwsError(CatalogWriteError.variantNotFound(999_999), "stock of an unknown variant") {
            try await catalog.writeChannelData(ChannelCatalogData(stock: [StockLevel(variantID: 999_999, location: KitChannels.store, quantity: 1)]))
        }
        try await check.throwsError(CatalogWriteError.invalidChannelData("Stock of variant \(variant) at \(KitChannels.store) is below zero: -1."),
                                    "negative stock") {
            try await catalog.writeChannelData(ChannelCatalogData(stock: [StockLevel(variantID: variant, location: KitChannels.store, quantity: -1)]))
        }
    }

    static func channelPrices(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog, uk = KitChannels.context(KitChannels.uk), web = KitChannels.context(KitChannels.web)
        let last = store.products.count - 1
        let inUK = try await catalog.products(ids: store.productIDs, in: uk)
        try check.equal(Set(inUK.keys), Set(store.productIDs.dropLast()), "the UK shop sells every product with GBP prices, not the last")
        for index in 0..<last {
            let product = try check.require(inUK[store.productIDs[index]], "product \(index) in the UK")
            try check.equal(product.currency, .GBP, "product \(index)'s currency in the UK")
            try check.equal(product.variants.map(\.price), KitChannels.pounds(store, index).map { Money(minorUnits: $0, currency: .GBP) },
                            "product \(index)'s GBP prices")
            try check.equal(product.variants.first?.compareAtPrice, Money(minorUnits: KitChannels.pounds(store, index)[0] + 500, currency: .GBP),
                            "product \(index)'s GBP compare-at price")
            try check.equal(product.priceRange.minVariantPrice.minorUnits, KitChannels.pounds(store, index).min(), "product \(index)'s GBP price range")
        }
        let inEU = try await catalog.products(ids: store.productIDs, in: web)
        for index in store.products.indices {
            try check.equal(inEU[store.productIDs[index]]?.variants.map(\.price.minorUnits), store.products[index].prices,
                            "product \(index) keeps its own EUR prices in web-eu")
        }
        let variants = try await catalog.variants(ids: Array(store.variantIDs.joined()), in: uk)
        try check.equal(Set(variants.keys), Set(store.variantIDs.dropLast().joined()), "variants the UK shop prices, and only those")
        // The PRICE order follows the channel's prices: GBP prices fall with the product's index.
        let byPrice = try await channelSearch(check, ProductFilter(), .PRICE, in: uk)
        try check.equal(byPrice, Array(store.productIDs.dropLast().reversed()), "the UK shop's PRICE order")
    }

    static func channelStock(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog
        for channel in [KitChannels.web, KitChannels.kiosk, KitChannels.outlet] {
            let context = KitChannels.context(channel)
            let products = try await catalog.products(ids: store.productIDs, in: context)
            var expectedAvailable: [Int64] = []
            for index in store.products.indices {
                let expected = store.products[index].stock.indices.map { variant -> Int in
                    let warehouse = store.products[index].stock[variant], kiosk = KitChannels.storeStock(store, index, variant)
                    return channel == KitChannels.web ? warehouse : channel == KitChannels.kiosk ? kiosk : warehouse + kiosk
                }
                if expected.contains(where: { $0 > 0 }), channel != KitChannels.kiosk || index != 1 && index != 3 {
                    expectedAvailable.append(store.productIDs[index])
                }
                guard let product = products[store.productIDs[index]] else {
                    try check.expect(channel == KitChannels.kiosk && index == 1, "product \(index) in \(channel.code)")
                    continue
                }
                try check.equal(product.variants.map(\.quantityAvailable), expected, "product \(index)'s units in \(channel.code)")
                try check.equal(product.availableForSale, expected.contains { $0 > 0 }, "product \(index) available in \(channel.code)")
            }
            try check.equal(try await channelSearch(check, ProductFilter(available: true), .ID, in: context), expectedAvailable.sorted(),
                            "the available filter in \(channel.code)")
            try check.equal(try await catalog.countProducts(ProductFilter(available: true), in: context), expectedAvailable.count,
                            "the count of available products in \(channel.code)")
        }
    }

    static func channelListings(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog, kiosk = KitChannels.context(KitChannels.kiosk)
        let (hidden, unsearchable) = (store.productIDs[1], store.productIDs[3])
        try check.equal(try await catalog.products(ids: [hidden, unsearchable], in: kiosk).keys.sorted(), [unsearchable],
                        "an unpublished product is absent by id; an unsearchable one is there")
        try check.equal(Array(try await catalog.products(handles: [store.products[1].handle, store.products[3].handle], in: kiosk).keys),
                        [store.products[3].handle], "the same by handle")
        try check.equal(try await catalog.variants(ids: store.variantIDs[1], in: kiosk).count, 0, "an unpublished product's variants are absent")
        let found = try await channelSearch(check, ProductFilter(), .ID, in: kiosk)
        try check.equal(found, store.productIDs.filter { $0 != hidden && $0 != unsearchable }.sorted(), "the kiosk's search")
        try check.equal(try await catalog.countProducts(ProductFilter(), in: kiosk), found.count, "the kiosk's count")
        let winter = store.collectionIDs[1]
        let members = try await channelSearch(check, ProductFilter(collectionID: winter), .MANUAL, in: kiosk)
        try check.equal(members, store.collections[1].members.map { store.productIDs[$0] }.filter { $0 != unsearchable && $0 != hidden },
                        "a collection's products in the kiosk leave out what it does not show")
        try check.equal(try await channelSearch(check, ProductFilter(terms: ["socks"]), .RELEVANCE, in: kiosk), [],
                        "an unsearchable product does not match its words")
        try check.equal(try await channelSearch(check, ProductFilter(), .ID, in: KitChannels.context(KitChannels.web)), store.productIDs.sorted(),
                        "web-eu lists every product")
    }

    static func channelTranslations(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog
        let (shirt, sweater) = (store.productIDs[0], store.productIDs[2])
        try await catalog.writeChannelData(ChannelCatalogData(
            productTranslations: [
                ProductTranslation(productID: shirt, language: "de", title: "Leinenhemd", description: "Leichtes Leinen.",
                                   seoTitle: "Leinenhemd | Kit"),
                ProductTranslation(productID: shirt, language: "de-AT", description: "Leichtes Leinen für warme Tage."),
                ProductTranslation(productID: sweater, language: "de", title: "Ärmelpulli"),
            ],
            collectionTranslations: [CollectionTranslation(collectionID: store.collectionIDs[0], language: "de", title: "Sommer")]))
        let kiosk = KitChannels.context(KitChannels.kiosk)
        let product = try check.require(try await catalog.products(ids: [shirt], in: kiosk)[shirt], "the shirt in the kiosk")
        try check.equal([product.title, product.description, product.descriptionHtml, product.seo.title ?? "-", product.seo.description ?? "-"],
                        ["Leinenhemd", "Leichtes Leinen für warme Tage.", "<p>\(store.products[0].description)</p>", "Leinenhemd | Kit", "-"],
                        "each field from the first language of de-AT, de, en that has it")
        let web = try check.require(try await catalog.products(ids: [shirt], in: KitChannels.context(KitChannels.web))[shirt], "the shirt in web-eu")
        try check.equal(web.title, store.products[0].title, "en, de reads the own (English) texts before German")
        let german = CatalogContext(channel: KitChannels.web.code, currency: .EUR, stockLocations: [StockLevel.defaultLocation], languages: ["de", "en"])
        try check.equal(try await catalog.products(handles: [store.products[0].handle], in: german)[store.products[0].handle]?.title, "Leinenhemd",
                        "de, en reads German by handle too")
        try check.equal(try await catalog.collections(ids: [store.collectionIDs[0]], in: german)[store.collectionIDs[0]]?.title, "Sommer",
                        "a collection's title in German")
        try check.equal(try await catalog.collections(handles: ["summer"], in: KitChannels.context(KitChannels.web))["summer"]?.title, "Summer",
                        "and its own in English")
        // TITLE sorts by the title read: "ärmelpulli" and "leinenhemd" take the sweater's and the shirt's places.
        let titled = try await channelSearch(check, ProductFilter(), .TITLE, in: german)
        let expected = store.products.indices.sorted { a, b in
            let title = { (index: Int) in index == 0 ? "leinenhemd" : index == 2 ? "ärmelpulli" : store.products[index].title.lowercased() }
            let (left, right) = (Array(title(a).utf8), Array(title(b).utf8))
            return left == right ? store.productIDs[a] < store.productIDs[b] : left.lexicographicallyPrecedes(right)
        }.map { store.productIDs[$0] }
        try check.equal(titled, expected, "the TITLE order in German")
    }

    static func channelTakes(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog
        let apron = store.variantIDs[5][0]  // 7 in the warehouse; product 5 is odd: none in the store
        let tote = store.variantIDs[10][0]  // 6 in the warehouse, 1 in the store
        try check.equal(try await catalog.takeInventory([apron: 1], from: [KitChannels.store], reservation: "kit-store-1"), .short([apron: 0]),
                        "the store holds no aprons, whatever the warehouse holds")
        try check.equal(try await catalog.takeInventory([tote: 2], from: [KitChannels.store], reservation: "kit-store-2"), .short([tote: 1]),
                        "the store holds one tote")
        try check.equal(try await catalog.takeInventory([tote: 1], from: [KitChannels.store], reservation: "kit-store-3"), .taken, "taking it")
        let web = KitChannels.context(KitChannels.web), kiosk = KitChannels.context(KitChannels.kiosk), outlet = KitChannels.context(KitChannels.outlet)
        try check.equal(try await catalog.variants(ids: [tote], in: kiosk)[tote]?.quantityAvailable, 0, "the store's tote is gone")
        try check.equal(try await catalog.variants(ids: [tote], in: web)[tote]?.quantityAvailable, 6, "the warehouse's totes are not touched")
        try check.equal(try await catalog.takeInventory([tote: 4], from: KitChannels.outlet.stockLocations, reservation: "kit-outlet"), .taken,
                        "the outlet takes from the warehouse when the store is out")
        try check.equal(try await catalog.variants(ids: [tote], in: web)[tote]?.quantityAvailable, 2, "4 taken from the warehouse")
        try check.expect(try await catalog.returnInventory(reservation: "kit-store-3"), "giving back the store's take")
        try check.equal(try await catalog.variants(ids: [tote], in: kiosk)[tote]?.quantityAvailable, 1, "back in the store")
        try check.equal(try await catalog.variants(ids: [tote], in: web)[tote]?.quantityAvailable, 2, "the warehouse unchanged by the return")
        let shirt = store.variantIDs[0][0]  // 3 in the warehouse, 1 in the store
        try check.equal(try await catalog.takeInventory([shirt: 3], from: KitChannels.outlet.stockLocations, reservation: "kit-outlet-2"), .taken,
                        "a take over both of the outlet's locations")
        try check.equal([try await catalog.variants(ids: [shirt], in: kiosk)[shirt]?.quantityAvailable,
                         try await catalog.variants(ids: [shirt], in: web)[shirt]?.quantityAvailable], [0, 1], "the store's unit first, then the warehouse's")
        try check.expect(try await catalog.returnInventory(reservation: "kit-outlet-2"), "giving it back")
        try check.equal([try await catalog.variants(ids: [shirt], in: kiosk)[shirt]?.quantityAvailable,
                         try await catalog.variants(ids: [shirt], in: outlet)[shirt]?.quantityAvailable], [1, 4], "each unit back where it came from")
    }

    static func channelCheckout(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog
        let shirt = store.variantIDs[0][0]  // 3 in the warehouse, 1 in the store
        let kiosk = Storefront(backends: check.backends, scopes: Set(Scope.allCases), context: KitChannels.storefront(KitChannels.kiosk))
        let created = try await kiosk.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise(shirt), quantity: 1)]))
        let cart = try check.require(created.cart, "a kiosk cart: \(created.userErrors)")
        let placed = try await kiosk.cartCheckout(cartId: cart.id)
        try check.equal(placed.userErrors, [], "the kiosk's checkout")
        try check.equal(try await catalog.variants(ids: [shirt], in: KitChannels.context(KitChannels.kiosk))[shirt]?.quantityAvailable, 0,
                        "the store's unit is sold")
        try check.equal(try await catalog.variants(ids: [shirt], in: KitChannels.context(KitChannels.web))[shirt]?.quantityAvailable, 3,
                        "the warehouse keeps its three")
        // An adjustment names a location; without one it changes the default location.
        guard case .adjusted(let variant) = try await catalog.adjustInventory(variantID: shirt, location: KitChannels.store, delta: 5, maximum: 100)
        else { throw check.failure("adjusting the store's stock") }
        try check.equal(variant.quantityAvailable, 5, "the adjusted variant holds the location's units")
        try check.equal(try await catalog.adjustInventory(variantID: shirt, location: KitChannels.store, delta: -6, maximum: 100),
                        .insufficient(available: 5), "a location's stock never goes below zero")
        _ = try await catalog.adjustInventory(variantID: shirt, delta: -1)
        try check.equal([try await catalog.variants(ids: [shirt], in: KitChannels.context(KitChannels.kiosk))[shirt]?.quantityAvailable,
                         try await catalog.variants(ids: [shirt], in: KitChannels.context(KitChannels.web))[shirt]?.quantityAvailable],
                        [5, 2], "each location changed on its own")
        let payload = try await kiosk.inventoryAdjust(variantId: merchandise(shirt), delta: 2)
        try check.equal(payload.variant?.quantityAvailable, 7, "inventoryAdjust without a location changes the channel's first one")
    }

    static func channelCaches(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        try await KitChannels.write(check, store)
        let catalog = check.backends.catalog
        let ids = Array(store.productIDs.prefix(4))
        let web = KitChannels.context(KitChannels.web), uk = KitChannels.context(KitChannels.uk), kiosk = KitChannels.context(KitChannels.kiosk)
        func expect(_ products: [Int64: Product], _ context: CatalogContext, _ when: String) throws {
            for (index, id) in ids.enumerated() where !(context == kiosk && index == 1) {
                let product = try check.require(products[id], "product \(index) in \(context.channel), \(when)")
                try check.equal(product.currency, context.currency, "product \(index)'s currency in \(context.channel), \(when)")
                let prices = context == uk ? KitChannels.pounds(store, index) : store.products[index].prices
                try check.equal(product.variants.map(\.price.minorUnits), prices, "product \(index)'s prices in \(context.channel), \(when)")
                let units = store.products[index].stock.indices.map {
                    context == kiosk ? KitChannels.storeStock(store, index, $0) : store.products[index].stock[$0]
                }
                try check.equal(product.variants.map(\.quantityAvailable), units, "product \(index)'s units in \(context.channel), \(when)")
            }
        }
        for order in [[web, uk, kiosk], [kiosk, uk, web]] {
            for (round, when) in ["first", "again"].enumerated() {
                for context in order { try expect(try await catalog.products(ids: ids, in: context), context, "\(when) (\(round))") }
            }
        }
        // A storefront per context: its loaders hold only its context's answers.
        for context in [uk, web, kiosk, uk] {
            let storefront = Storefront(backends: check.backends, scopes: Set(Scope.allCases),
                                        context: KitChannels.storefront(context == uk ? KitChannels.uk : context == kiosk ? KitChannels.kiosk : KitChannels.web))
            let loaded = try await storefront.products(ids: ids)
            try expect(Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0) }), context, "through a storefront")
            let page = try await storefront.products(PageArguments(first: 50), query: nil, sortKey: .ID, reverse: false)
            try check.equal(page.edges.first.map { $0.node.currency }, context.currency, "a storefront's search in \(context.channel)")
        }
    }

    /// Every product id matching a filter in `context`, in the order of `key`.
    static func channelSearch(_ check: BackendKitCheck, _ filter: ProductFilter, _ key: ProductSortKey,
                              in context: CatalogContext) async throws -> [Int64] {
        try await check.backends.catalog.searchProducts(ProductSearch(filter: filter, sortKey: key, reverse: false,
                                                                      window: PageWindow(limit: PageArguments.maximumPageSize)), in: context)
            .items.map(\.item.id)
    }
}
