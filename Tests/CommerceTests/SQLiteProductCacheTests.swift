import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("Readers keep loaded products while the database is unchanged")
struct SQLiteProductCacheTests {
    @Test("a read answered from the cache returns the same product objects")
    func servedFromCache() async throws {
        let (catalog, _) = try await SQLiteReadPoolTests.seededCatalog(readers: 1)
        let first = try await catalog.products(ids: [1, 2, 3])
        let second = try await catalog.products(ids: [3, 2, 1])
        for id: Int64 in [1, 2, 3] { #expect(first[id] === second[id]) }
    }

    @Test("a change committed by another process's connection is seen by the next read")
    func otherConnectionsWrite() async throws {
        let (catalog, path) = try await SQLiteReadPoolTests.seededCatalog(readers: 2)
        let before = try #require(try await catalog.products(ids: [4])[4])
        let variant = try #require(before.variants.first)
        for _ in 0..<2 { _ = try await catalog.products(ids: [4]) }  // cached on both readers
        let elsewhere = try SQLiteCatalogBackend(path: path, readers: 1)  // as another server on the same file would
        guard case .adjusted = try await elsewhere.adjustInventory(variantID: variant.id, delta: 5) else {
            Issue.record("adjustInventory failed")
            return
        }
        for _ in 0..<4 {
            let after = try await catalog.products(ids: [4])[4]
            #expect(after?.variants.first?.quantityAvailable == variant.quantityAvailable + 5)
            #expect(after !== before)
        }
    }

    @Test("the cache starts over past its limit and when the data version changes")
    func bounds() throws {
        func product(_ id: Int64) -> Product {
            Product(id: id, handle: "p\(id)", title: "", description: "", descriptionHtml: "", vendor: "", productType: "", tags: [],
                    createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0), options: [], images: [],
                    variants: [], collectionIDs: [], seo: SEO(title: nil, description: nil), salesCount: 0, currency: .EUR)
        }
        let context = CatalogContext.standard
        var cache = SQLiteProductCache(limit: 3)
        cache.validate(dataVersion: 1)
        cache.add([product(1), product(2)], in: context)
        #expect(cache.products([1, 2, 3], in: context).missing == [3])
        cache.add([product(3), product(4)], in: context)  // 4 > 3: starts over with these
        #expect(cache.products([1, 2, 3, 4], in: context).missing == [1, 2])
        cache.validate(dataVersion: 1)
        #expect(cache.products([3, 4], in: context).missing == [])
        cache.validate(dataVersion: 2)
        #expect(cache.products([3, 4], in: context).missing == [3, 4])
    }

    @Test("a product cached in one context is not served in another; the limit counts every context")
    func perContext() throws {
        func product(_ id: Int64, _ currency: CurrencyCode) -> Product {
            Product(id: id, handle: "p\(id)", title: "", description: "", descriptionHtml: "", vendor: "", productType: "", tags: [],
                    createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0), options: [], images: [],
                    variants: [], collectionIDs: [], seo: SEO(title: nil, description: nil), salesCount: 0, currency: currency)
        }
        let eu = CatalogContext.standard
        let uk = CatalogContext(channel: "web-uk", currency: .GBP, stockLocations: ["warehouse"], languages: ["en"])
        var cache = SQLiteProductCache(limit: 3)
        cache.validate(dataVersion: 1)
        cache.add([product(1, .EUR)], in: eu)
        #expect(cache.products([1], in: uk).missing == [1])
        cache.add([product(1, .GBP), product(2, .GBP)], in: uk)
        #expect(cache.products([1], in: eu).found.map(\.currency) == [.EUR])
        #expect(cache.products([1], in: uk).found.map(\.currency) == [.GBP])
        cache.add([product(3, .EUR)], in: eu)  // 4 products over both contexts > 3: starts over
        #expect(cache.products([1, 2], in: uk).missing == [1, 2])
        #expect(cache.products([3], in: eu).missing == [])
    }
}
