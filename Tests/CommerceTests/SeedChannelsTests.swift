import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

/// The demo store's three channels, read back in their contexts.
@Suite("The demo store's channels")
struct SeedChannelsTests {
    /// The catalog context of a seeded channel, in its own languages.
    private func context(_ code: String) throws -> CatalogContext {
        let channel = try #require(Channel.seeded.first { $0.code == code })
        return CatalogContext(channel)
    }

    @Test("three channels; web-uk in GBP, kiosk-berlin in German from the Berlin stock; memory and SQLite agree", arguments: BackendKind.allCases)
    func channels(kind: BackendKind) async throws {
        let backends = try await kind.makeBackends()
        _ = try await StoreSeeder(productCount: 60).seed(into: backends)
        let catalog = backends.catalog
        #expect(try await catalog.channels() == Channel.seeded)
        let (eu, uk, kiosk) = (try context("web-eu"), try context("web-uk"), try context("kiosk-berlin"))
        let ids = Array(Int64(1)...60)
        let inEU = try await catalog.products(ids: ids, in: eu), inUK = try await catalog.products(ids: ids, in: uk)
        let inKiosk = try await catalog.products(ids: ids, in: kiosk)
        #expect(inEU.count == 60, "web-eu lists every product (no listings: the products' own currency)")
        #expect(inKiosk.count == 48, "the kiosk does not sell every fifth product")
        #expect(inUK.count < 60 && inUK.count > 40, "the UK shop does not sell Linden Home")
        for (id, product) in inUK {
            let own = try #require(inEU[id])
            #expect(product.currency == .GBP && product.variants.allSatisfy { $0.price.currency == .GBP })
            #expect(product.priceRange.minVariantPrice.minorUnits != own.priceRange.minVariantPrice.minorUnits)
            #expect(product.title == own.title, "web-uk reads English")
            #expect(product.variants.map(\.quantityAvailable) == own.variants.map(\.quantityAvailable), "both sell from the warehouse")
        }
        var berlinDiffers = false
        for (id, product) in inKiosk {
            let own = try #require(inEU[id])
            #expect(product.title != own.title && product.title.contains(" aus "), "the kiosk reads German: \(product.title)")
            #expect(product.currency == .EUR)
            if product.variants.map(\.quantityAvailable) != own.variants.map(\.quantityAvailable) { berlinDiffers = true }
        }
        #expect(berlinDiffers, "the Berlin store's stock is its own")
        #expect(inKiosk.values.contains { product in
            product.variants.contains { variant in variant.price != inEU[product.id]!.variants.first { $0.id == variant.id }!.price }
        }, "some in-store prices differ")
        let collections = try await catalog.collections(ids: Array(1...20), in: kiosk)
        #expect(collections.values.contains { $0.title == "Jacken" })
        // The kiosk's searches leave out what it sells by handle only (home goods) and what it does not sell.
        let search = ProductSearch(filter: ProductFilter(), sortKey: .ID, reverse: false, window: PageWindow(limit: 250))
        let found = try await catalog.searchProducts(search, in: kiosk).items.map(\.item)
        #expect(found.allSatisfy { !$0.tags.contains("home") } && found.count < inKiosk.count)
        #expect(try await catalog.countProducts(ProductFilter(), in: kiosk) == found.count)
        #expect(try await catalog.countProducts(ProductFilter(), in: eu) == 60)
    }

    @Test("a kiosk-berlin checkout on the seeded store takes the Berlin stock only", arguments: BackendKind.allCases)
    func kioskCheckout(kind: BackendKind) async throws {
        let backends = try await kind.makeBackends()
        _ = try await StoreSeeder(productCount: 40).seed(into: backends)
        let channel = try #require(Channel.seeded.first { $0.code == "kiosk-berlin" })
        let kiosk = StorefrontContext(channel: channel, country: "DE", language: "de", languages: ["de"])
        let (inKiosk, inEU) = (kiosk.catalog, try context("web-eu"))
        let products = try await backends.catalog.products(ids: Array(1...40), in: inKiosk)
        let variant = try #require(products.values.flatMap(\.variants).filter { $0.quantityAvailable > 0 }.min { $0.id < $1.id })
        let warehouse = try #require(try await backends.catalog.variants(ids: [variant.id], in: inEU)[variant.id]?.quantityAvailable)
        let store = Storefront(backends: backends, scopes: Scope.storefrontDefaults, context: kiosk)
        let merchandise = GlobalID(type: "ProductVariant", id: variant.id).encoded
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: merchandise, quantity: 1)])).cart)
        let placed = try await store.cartCheckout(cartId: cart.id)
        #expect(placed.userErrors == [] && placed.order != nil)
        #expect(try await backends.catalog.variants(ids: [variant.id], in: inKiosk)[variant.id]?.quantityAvailable == variant.quantityAvailable - 1)
        #expect(try await backends.catalog.variants(ids: [variant.id], in: inEU)[variant.id]?.quantityAvailable == warehouse,
                "the warehouse keeps its stock")
    }

    @Test("the seeded contexts read the same on memory and SQLite")
    func agree() async throws {
        let memory = try await BackendKind.memory.makeBackends(), sqlite = try await BackendKind.sqlite.makeBackends()
        _ = try await StoreSeeder(productCount: 80).seed(into: memory)
        _ = try await StoreSeeder(productCount: 80).seed(into: sqlite)
        for code in ["web-eu", "web-uk", "kiosk-berlin"] {
            let context = try context(code)
            for key in [ProductSortKey.TITLE, .PRICE, .ID] {
                for available in [nil, true, false] as [Bool?] {
                    let search = ProductSearch(filter: ProductFilter(available: available), sortKey: key, reverse: false, window: PageWindow(limit: 250))
                    let left = try await memory.catalog.searchProducts(search, in: context).items
                    let right = try await sqlite.catalog.searchProducts(search, in: context).items
                    #expect(left.map(\.item.id) == right.map(\.item.id), "\(code) \(key) available \(String(describing: available))")
                    #expect(left.map(\.position) == right.map(\.position), "\(code) \(key): sort values")
                    #expect(left.map { $0.item.variants.map(\.quantityAvailable) } == right.map { $0.item.variants.map(\.quantityAvailable) })
                    #expect(left.map { $0.item.title } == right.map { $0.item.title })
                }
            }
        }
    }
}
