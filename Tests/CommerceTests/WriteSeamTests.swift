import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite
@testable import CommerceMemory

/// The write rules run once, in Commerce, over each backend's transaction: what a write returns is
/// what the backend then reads back, and both backends store the same.
@Suite("Catalog and content writes over the backends' transactions")
struct WriteSeamTests {
    static func drafts() -> [ProductDraft] {
        let images = [Image(url: "https://cdn.example/a.jpg", altText: "A", width: 10, height: 20), Image(url: "https://cdn.example/b.jpg")]
        let options = [ProductOption(name: "Size", values: ["S", "M"])]
        func variant(_ size: String, stock: Int?, image: Int?) -> VariantDraft {
            VariantDraft(title: "", sku: "SKU-\(size)", price: Money(minorUnits: 2_500, currency: .EUR),
                         compareAtPrice: Money(minorUnits: 3_000, currency: .EUR), inventoryQuantity: stock,
                         selectedOptions: [SelectedOption(name: "Size", value: size)], imageIndex: image)
        }
        return [
            ProductDraft(handle: "shirt", title: "Linen Shirt", description: "Light.", descriptionHtml: "<p>Light.</p>", vendor: "Acme",
                         productType: "Shirts", tags: ["Summer", "linen"], options: options, images: images,
                         variants: [variant("S", stock: 3, image: 1), variant("M", stock: nil, image: nil)],
                         seo: SEO(title: "Shirt", description: nil), createdAt: Date(milliseconds: 1_700_000_000_000)),
            ProductDraft(handle: "mug", title: "Mug", description: "", descriptionHtml: "", vendor: "", productType: "", tags: [],
                         options: [], images: [], variants: [variant("S", stock: 0, image: nil)], seo: SEO()),
        ]
    }

    @Test("an upsert returns what the backend then reads, on create and on change", arguments: BackendKind.allCases)
    func productsReadBack(kind: BackendKind) async throws {
        let catalog = try await kind.makeBackends().catalog
        let created = try await catalog.upsertProducts(Self.drafts())
        #expect(created.map(\.id) == [1, 2])
        #expect(try await catalog.products(ids: [1, 2]) == [1: created[0], 2: created[1]])
        let collections = try await catalog.upsertCollections([
            CollectionDraft(handle: "summer", title: "Summer", description: "Warm", descriptionHtml: "<p>Warm</p>",
                            image: Image(url: "https://cdn.example/c.jpg"), seo: SEO(), productIDs: [2, 1, 2]),
        ])
        #expect(try await catalog.collections(ids: [collections[0].id]) == [collections[0].id: collections[0]])
        let members = try await catalog.searchProducts(ProductSearch(filter: ProductFilter(collectionID: collections[0].id),
                                                                     sortKey: .MANUAL, reverse: false, window: PageWindow(limit: 10)))
        #expect(members.items.map(\.item.id) == [2, 1])

        var change = Self.drafts()[0]
        change.id = 1
        change.handle = "linen-shirt"
        change.variants = [VariantDraft(id: created[0].variants[1].id, title: "Medium", sku: nil, price: Money(minorUnits: 2_000, currency: .EUR),
                                        compareAtPrice: nil, inventoryQuantity: nil, selectedOptions: [], imageIndex: 0)]
        let changed = try #require(try await catalog.upsertProducts([change]).first)
        #expect(changed.collectionIDs == [collections[0].id] && changed.createdAt == created[0].createdAt)
        #expect(changed.variants.map(\.id) == [created[0].variants[1].id] && changed.variants[0].quantityAvailable == 0)
        #expect(try await catalog.products(ids: [1])[1] == changed)
        #expect(try await catalog.products(handles: ["shirt", "linen-shirt"]).keys.sorted() == ["linen-shirt"])
        #expect(try await catalog.variants(ids: [created[0].variants[0].id]).isEmpty, "a variant left out is deleted")
    }

    @Test("a refused batch writes nothing and takes no ids", arguments: BackendKind.allCases)
    func refusedBatch(kind: BackendKind) async throws {
        let catalog = try await kind.makeBackends().catalog
        var twice = Self.drafts()
        twice[1].handle = "shirt"
        await #expect(throws: CatalogWriteError.handleTaken("shirt")) { try await catalog.upsertProducts(twice) }
        #expect(try await catalog.countProducts(ProductFilter()) == 0)
        #expect(try await catalog.upsertProducts(Self.drafts()).map(\.id) == [1, 2])
        await #expect(throws: CatalogWriteError.notFound(9)) {
            try await catalog.upsertCollections([CollectionDraft(handle: "c", title: "C", description: "", descriptionHtml: "", image: nil,
                                                                 seo: SEO(), productIDs: [1, 9])])
        }
        #expect(try await catalog.countCollections(terms: []) == 0)
    }

    @Test("productUpsert naming one variant twice is a user error, and writes nothing", arguments: BackendKind.allCases)
    func variantTwice(kind: BackendKind) async throws {
        let fixture = try await Fixture.empty(kind)
        let partner = fixture.admin()
        let product = try #require(try await partner.productUpsert(ProductInput(
            handle: "cap", title: "Cap", variants: [ProductVariantInput(price: "10.00", inventoryQuantity: 2)])).product)
        let variant = GlobalID(type: "ProductVariant", id: product.variants[0].id).encoded
        let payload = try await partner.productUpsert(ProductInput(
            id: GlobalID(type: "Product", id: product.id).encoded,
            variants: [ProductVariantInput(id: variant, price: "11.00"), ProductVariantInput(id: variant, price: "12.00")]))
        #expect(payload.product == nil)
        #expect(payload.userErrors == [UserError(field: ["input", "variants"], message: "The variant \(variant) is given twice.", code: .INVALID)])
        #expect(try await fixture.backends.catalog.products(ids: [product.id])[product.id] == product)
    }

    @Test("memory and SQLite store the same demo catalog", arguments: [40])
    func sameStore(productCount: Int) async throws {
        let memory = CommerceBackends.inMemory(), sqlite = try CommerceBackends.sqlite(path: temporaryDatabasePath())
        for backends in [memory, sqlite] { _ = try await StoreSeeder(productCount: productCount).seed(into: backends) }
        let ids = Array(1...Int64(productCount)), epoch = Date(milliseconds: 0)
        // Change times are the seeding's own clock; everything else must be equal.
        let fromMemory = try await memory.catalog.products(ids: ids).mapValues { $0.with(updatedAt: epoch) }
        let fromSQLite = try await sqlite.catalog.products(ids: ids).mapValues { $0.with(updatedAt: epoch) }
        #expect(fromMemory.count == productCount && fromMemory == fromSQLite)
        func collections(_ backends: CommerceBackends) async throws -> [Collection] {
            try await backends.catalog.searchCollections(CollectionSearch(terms: [], sortKey: .ID, reverse: false, window: PageWindow(limit: 50)))
                .items.map { var collection = $0.item; collection.updatedAt = epoch; return collection }
        }
        #expect(try await collections(memory) == collections(sqlite))
        let pages = Array(Int64(1)...20)
        #expect(try await memory.content.pages(ids: pages) == sqlite.content.pages(ids: pages))
    }

    @Test("page writes return what the backend then reads", arguments: BackendKind.allCases)
    func pagesReadBack(kind: BackendKind) async throws {
        let content = try await kind.makeBackends().content
        let time = Date(timeIntervalSince1970: 1_800_000_000.123456)
        let page = try await content.upsertPage(PageChange(id: nil, handle: "about", locale: "en", title: "About", seoTitle: "About us",
                                                           seoDescription: nil, time: time))
        #expect(page.updatedAt == Date(milliseconds: 1_800_000_000_123), "whole milliseconds in every backend")
        #expect(try await content.pages(ids: [page.id])[page.id] == page)
        let (withModule, moduleID) = try await content.upsertModule(pageID: page.id, moduleID: nil, position: nil, update: { _ in
            .promo(heading: ["en": "Sale"], body: ["en": "Now"], discountCode: nil, image: nil, link: nil, endsAt: 1_800_000_000.5)
        }, at: time)
        #expect(withModule.modules.map(\.id) == [moduleID])
        #expect(try await content.pages(ids: [page.id])[page.id] == withModule)
        let published = try #require(try await content.setPageStatus(id: page.id, status: .PUBLISHED, at: time))
        #expect(try await content.pages(handles: ["about"])["about"] == published)
        #expect(try await content.setPageStatus(id: 99, status: .PUBLISHED, at: time) == nil)
        let imported = try await content.importPages([Page(id: 0, handle: "home", title: ["en": "Home"], status: .PUBLISHED,
                                                          publishedAt: time, updatedAt: time, modules: withModule.modules)])
        #expect(imported[0].modules.map(\.id) != [moduleID], "imported modules get ids of their own")
        #expect(try await content.pages(ids: [imported[0].id])[imported[0].id] == imported[0])
        await #expect(throws: ContentWriteError.handleTaken("about")) {
            try await content.upsertPage(PageChange(id: imported[0].id, handle: "about", locale: "en", title: nil, seoTitle: nil,
                                                    seoDescription: nil, time: time))
        }
    }
}
