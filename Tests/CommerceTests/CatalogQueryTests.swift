import Testing
@testable import Commerce

@Suite("Catalog queries against both backends")
struct CatalogQueryTests {
    @Test("product by handle and id; exactly one of them", arguments: BackendKind.allCases)
    func productLookup(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 60)
        let store = fixture.storefront()
        let first = try await store.products(PageArguments(first: 1), query: nil, sortKey: .ID, reverse: false).nodes.first
        let handle = try #require(first?.handle)
        let byHandle = try #require(try await store.product(id: nil, handle: handle))
        let byID = try await store.product(id: GlobalID(type: "Product", id: byHandle.id).encoded, handle: nil)
        #expect(byID == byHandle)
        #expect(try await store.product(id: nil, handle: "no-such-product") == nil)
        #expect(try await store.product(id: "garbage", handle: nil) == nil)
        await #expect(throws: CommerceError.badRequest("Provide exactly one of id or handle.")) {
            try await store.product(id: nil, handle: nil)
        }
    }

    @Test("both backends give the same answers for every filter and order", arguments: ProductSortKey.allCases.filter { $0 != .RELEVANCE && $0 != .MANUAL })
    func backendsAgree(sortKey: ProductSortKey) async throws {
        let memory = try await Fixture.seeded(.memory, productCount: 120).storefront()
        let sqlite = try await Fixture.seeded(.sqlite, productCount: 120).storefront()
        for query in ["", "linen", "tag:sale", "vendor:\"nordic loom\" available:true", "product_type:Shirts cott", "available:false", "sweat tag:winter"] {
            for reverse in [false, true] {
                let a = try await memory.products(PageArguments(first: 40), query: query, sortKey: sortKey, reverse: reverse)
                let b = try await sqlite.products(PageArguments(first: 40), query: query, sortKey: sortKey, reverse: reverse)
                #expect(a.nodes.map(\.handle) == b.nodes.map(\.handle), "\(query) \(sortKey) reverse=\(reverse)")
                let (countA, countB) = (try await a.totalCount(), try await b.totalCount())
                #expect(countA == countB, "\(query)")
                #expect(a.pageInfo.hasNextPage == b.pageInfo.hasNextPage)
            }
        }
    }

    @Test("filters keep exactly the matching products", arguments: BackendKind.allCases)
    func filters(kind: BackendKind) async throws {
        let store = try await Fixture.seeded(kind, productCount: 120).storefront()
        let sale = try await store.products(PageArguments(first: 250), query: "tag:SALE", sortKey: .PRICE, reverse: false)
        #expect(!sale.nodes.isEmpty && sale.nodes.allSatisfy { $0.tags.contains("sale") })
        #expect(sale.nodes.map(\.minPriceMinorUnits) == sale.nodes.map(\.minPriceMinorUnits).sorted())
        let vendor = try await store.products(PageArguments(first: 250), query: #"vendor:"Fjell Outdoor""#, sortKey: .ID, reverse: false)
        #expect(!vendor.nodes.isEmpty && vendor.nodes.allSatisfy { $0.vendor == "Fjell Outdoor" })
        let unavailable = try await store.products(PageArguments(first: 250), query: "available:false", sortKey: .ID, reverse: false)
        #expect(unavailable.nodes.allSatisfy { !$0.availableForSale })
        let sweater = try #require(try await store.products(PageArguments(first: 1), query: "product_type:sweaters", sortKey: .ID, reverse: false).nodes.first)
        let material = String(SearchTokenizer.tokens(sweater.title)[1].prefix(4))
        let words = try await store.products(PageArguments(first: 250), query: "\(material) swe", sortKey: .ID, reverse: false)
        #expect(words.nodes.contains { $0.id == sweater.id })
        for product in words.nodes {
            let tokens = SearchTokenizer.tokens([product.title, product.description, product.tags.joined(separator: " ")].joined(separator: " "))
            #expect(tokens.contains { $0.hasPrefix(material) } && tokens.contains { $0.hasPrefix("swe") })
        }
    }

    @Test("relevance puts title matches before description-only matches", arguments: BackendKind.allCases)
    func relevance(kind: BackendKind) async throws {
        let fixture = try await Fixture.empty(kind)
        func draft(_ handle: String, _ title: String, _ description: String) -> ProductDraft {
            ProductDraft(handle: handle, title: title, description: description, descriptionHtml: description, vendor: "V",
                         productType: "T", tags: [], options: [], images: [], variants: [
                            VariantDraft(title: "", sku: nil, price: Money(minorUnits: 100, currency: .EUR), compareAtPrice: nil, inventoryQuantity: 1, selectedOptions: [])],
                         seo: SEO())
        }
        _ = try await fixture.backends.catalog.upsertProducts([
            draft("a", "Plain mug", "A mug to go with your linen shirt."),
            draft("b", "Linen shirt", "Soft and light."),
            draft("c", "Wool hat", "Warm."),
        ])
        let page = try await fixture.storefront().products(PageArguments(first: 10), query: "linen", sortKey: .RELEVANCE, reverse: false)
        #expect(page.nodes.map(\.handle) == ["b", "a"])
    }

    @Test("collections: lookup, search, and their products in the merchant's order", arguments: BackendKind.allCases)
    func collections(kind: BackendKind) async throws {
        let store = try await Fixture.seeded(kind, productCount: 200).storefront()
        let all = try await store.collections(PageArguments(first: 250), query: nil, sortKey: .TITLE, reverse: false)
        #expect(try await all.totalCount() == 20)
        #expect(all.nodes.first?.title == "Bags")
        let winter = try await store.collections(PageArguments(first: 5), query: "cosy", sortKey: .RELEVANCE, reverse: false)
        #expect(winter.nodes.map(\.handle) == ["winter"])
        let sale = try #require(try await store.collection(id: nil, handle: "sale"))
        #expect(try await store.collection(id: GlobalID(type: "Collection", id: sale.id).encoded, handle: nil)?.handle == "sale")
        let products = try await store.products(in: sale, PageArguments(first: 50), sortKey: "COLLECTION_DEFAULT", reverse: false)
        #expect(products.nodes.allSatisfy { $0.collectionIDs.contains(sale.id) })
        #expect(products.nodes.map(\.id) == products.nodes.map(\.id).sorted())
        let best = try #require(try await store.collection(id: nil, handle: "bestsellers"))
        let manual = try await store.products(in: best, PageArguments(first: 50), sortKey: "MANUAL", reverse: false)
        #expect(manual.nodes.map(\.id) != manual.nodes.map(\.id).sorted(), "the seeded editor's order is shuffled")
        let byPrice = try await store.products(in: best, PageArguments(first: 50), sortKey: "PRICE", reverse: true)
        #expect(byPrice.nodes.map(\.minPriceMinorUnits) == byPrice.nodes.map(\.minPriceMinorUnits).sorted(by: >))
    }

    @Test("bad arguments are clear top-level errors", arguments: BackendKind.allCases)
    func badArguments(kind: BackendKind) async throws {
        let store = try await Fixture.seeded(kind, productCount: 10).storefront()
        await #expect(throws: CommerceError.badRequest("first is 300, over the maximum page size of 250.")) {
            try await store.products(PageArguments(first: 300), query: nil, sortKey: .ID, reverse: false)
        }
        await #expect(throws: CommerceError.badRequest("Invalid cursor \"abc\" for after.")) {
            try await store.products(PageArguments(first: 3, after: "abc"), query: nil, sortKey: .ID, reverse: false)
        }
        let page = try await store.products(PageArguments(first: 3), query: nil, sortKey: .ID, reverse: false)
        let cursor = try #require(page.pageInfo.endCursor)
        await #expect(throws: CommerceError.badRequest("The cursor \"\(cursor)\" for after belongs to another sort order; start again without after.")) {
            try await store.products(PageArguments(first: 3, after: cursor), query: nil, sortKey: .PRICE, reverse: false)
        }
        await #expect(throws: CommerceError.badRequest("Unknown search field \"colour\"; use tag:, vendor:, product_type: or available:.")) {
            try await store.products(PageArguments(first: 3), query: "colour:red", sortKey: .ID, reverse: false)
        }
    }

    @Test("node and nodes resolve every catalog type and nothing for bad ids", arguments: BackendKind.allCases)
    func nodes(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 20)
        let store = fixture.storefront()
        let product = try #require(try await store.products(PageArguments(first: 1), query: nil, sortKey: .ID, reverse: false).nodes.first)
        let ids = [GlobalID(type: "Product", id: product.id).encoded, GlobalID(type: "ProductVariant", id: product.variants[0].id).encoded,
                   "bogus", GlobalID(type: "Product", id: 999_999).encoded, GlobalID(type: "Collection", id: 1).encoded]
        let found = try await store.nodes(ids: ids)
        #expect(found.map { $0?.typeName } == ["Product", "ProductVariant", nil, nil, "Collection"])
        await #expect(throws: CommerceError.badRequest("nodes takes at most 250 ids, but got 251.")) {
            try await store.nodes(ids: Array(repeating: "x", count: 251))
        }
    }
}
