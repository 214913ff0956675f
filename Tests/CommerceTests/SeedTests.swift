import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("The deterministic demo store")
struct SeedTests {
    @Test("500 products in EUR, 20 collections, pages and codes; the same on both backends")
    func seed() async throws {
        let memory = try await BackendKind.memory.makeBackends(), sqlite = try await BackendKind.sqlite.makeBackends()
        let summary = try await StoreSeeder().seed(into: memory)
        #expect(try await StoreSeeder().seed(into: sqlite) == summary)
        #expect(summary.products == 500 && summary.collections == 20 && summary.pages == 5 && summary.discountCodes == 5)
        #expect(summary.variants > 1000)
        let window = PageWindow(limit: 250)
        for backends in [memory, sqlite] {
            let products = try await backends.catalog.searchProducts(ProductSearch(filter: ProductFilter(), sortKey: .ID, reverse: false, window: window)).items.map(\.item)
            #expect(products.allSatisfy { $0.currency == .EUR && !$0.variants.isEmpty && !$0.images.isEmpty })
            #expect(products.contains { !$0.availableForSale } && products.contains { $0.compareAtPriceRange.maxVariantPrice.minorUnits > 0 })
        }
        let a = try await memory.catalog.products(ids: Array(1...500)), b = try await sqlite.catalog.products(ids: Array(1...500))
        for id in Int64(1)...500 {
            let left = try #require(a[id]), right = try #require(b[id])
            #expect(withoutStoreIDs(left, updatedAt: right.updatedAt) == withoutStoreIDs(right, updatedAt: right.updatedAt), "product \(id)")
        }
        #expect(try await memory.carts.discountCodes(codes: ["welcome10", "summer20"]).count == 2)
    }

    @Test("seeding twice into one store is refused")
    func twice() async throws {
        let backends = try await BackendKind.sqlite.makeBackends()
        _ = try await StoreSeeder(productCount: 10).seed(into: backends)
        await #expect(throws: ConfigurationError("The catalog already has products; seed writes into an empty store.")) {
            try await StoreSeeder(productCount: 10).seed(into: backends)
        }
    }

    @Test("two seeded SQLite files hold the same bytes in every data column but write times")
    func sameBytes() async throws {
        var dumps: [[String]] = []
        for _ in 0..<2 {
            let path = temporaryDatabasePath()
            _ = try await StoreSeeder(productCount: 50).seed(into: try CommerceBackends.sqlite(path: path))
            let db = try SQLiteConnection(path: path)
            var rows: [String] = []
            for sql in ["SELECT id, handle, tags, options, created_at, currency FROM products ORDER BY id",
                        "SELECT id, product_id, title, sku, price, compare_at_price, options, image_id FROM variants ORDER BY id",
                        "SELECT code, position, name, currency, languages, countries, stock_locations FROM channels ORDER BY code",
                        "SELECT variant_id, channel, price, compare_at_price FROM variant_prices ORDER BY 1, 2",
                        "SELECT variant_id, location, quantity FROM stock_levels ORDER BY 1, 2",
                        "SELECT product_id, channel, published, searchable FROM product_listings ORDER BY 1, 2",
                        "SELECT product_id, language, title, description, description_html, seo_title, seo_description FROM product_translations ORDER BY 1, 2",
                        "SELECT collection_id, language, title FROM collection_translations ORDER BY 1, 2",
                        "SELECT collection_id, product_id, position FROM collection_products ORDER BY 1, 3",
                        "SELECT handle, title, seo_title, published_at FROM pages ORDER BY id", "SELECT id, page_id, position, body FROM modules ORDER BY id"] {
                rows += try db.query(sql) { row in (0..<9).map { row.optionalText(Int32($0)) ?? "" }.joined(separator: "|") }
            }
            dumps.append(rows)
        }
        #expect(dumps[0].count > 300)
        #expect(dumps[0] == dumps[1])
    }
}

/// The product without what each store assigns itself (image ids, the write time), to compare two stores.
private func withoutStoreIDs(_ product: Product, updatedAt: Date) -> Product {
    func bare(_ image: Image) -> Image { Image(url: image.url, altText: image.altText, width: image.width, height: image.height) }
    let variants = product.variants.map {
        ProductVariant(id: $0.id, productID: $0.productID, position: $0.position, title: $0.title, sku: $0.sku, price: $0.price,
                       compareAtPrice: $0.compareAtPrice, quantityAvailable: $0.quantityAvailable,
                       selectedOptions: $0.selectedOptions, image: $0.image.map(bare))
    }
    return Product(id: product.id, handle: product.handle, title: product.title, description: product.description,
                   descriptionHtml: product.descriptionHtml, vendor: product.vendor, productType: product.productType,
                   tags: product.tags, createdAt: product.createdAt, updatedAt: updatedAt, options: product.options,
                   images: product.images.map(bare), variants: variants, collectionIDs: product.collectionIDs,
                   seo: product.seo, salesCount: product.salesCount, currency: product.currency)
}
