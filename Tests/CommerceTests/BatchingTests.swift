import Testing
@testable import Commerce

@Suite("Cross-backend references are batched per request")
struct BatchingTests {
    @Test("5 carousels of 12 products make one catalog call", arguments: BackendKind.allCases)
    func carousels(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 500)
        let store = fixture.storefront()
        fixture.counter.reset()
        let home = try #require(try await store.page(handle: "home", locale: "de"))
        let carousels = home.modules.filter { $0.typeName == "ProductCarousel" }
        #expect(carousels.count == 5)
        // Resolved one after another, as an executor without sibling concurrency would.
        var shown = 0
        for carousel in carousels { shown += try await store.carouselProducts(carousel, first: 12).count }
        #expect(shown == 60)
        #expect(fixture.counter.count("catalog.products") == 1)
        // The page also queued its collection grid's collections: one more call, for every grid.
        #expect(fixture.counter.count("catalog.collections") == 1)
        #expect(fixture.counter.total("catalog.") == 2)
        #expect(fixture.counter.total("content.") == 1, "the page by handle; its default locale is a setting, not a call")
    }

    @Test("carousels resolved concurrently without prefetch batch their products: never a call per product", arguments: BackendKind.allCases)
    func concurrentCarousels(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 500)
        // The page straight from the content backend: no prefetch of its references.
        let page = try #require(try await fixture.backends.content.pages(handles: ["home"])["home"])
        let home = PageView(page: page, requestedLocale: "en", defaultLocale: "en")
        let store = fixture.storefront()
        fixture.counter.reset()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for carousel in home.modules where carousel.typeName == "ProductCarousel" {
                group.addTask { try await store.carouselProducts(carousel, first: 12).count }
            }
            return try await group.reduce(0, +)
        }
        #expect(counts == 60)
        // Usually one call; sibling batching without prefetch is best effort, so at most one per carousel.
        #expect((1...5).contains(fixture.counter.count("catalog.products")))
    }

    @Test("a cart with 30 lines makes one variant call", arguments: BackendKind.allCases)
    func cartLines(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 100)
        var lines: [CartLineInput] = []
        for index in 0..<30 { lines.append(CartLineInput(merchandiseId: try await fixture.variantID(withStock: 1, skip: index * 3))) }
        let created = try await fixture.storefront().cartCreate(CartInput(lines: lines))
        #expect(created.userErrors.isEmpty)
        let id = try #require(created.cart?.id)
        fixture.counter.reset()
        let cart = try #require(try await fixture.storefront().cart(id: id))
        #expect(cart.lines.count == 30)
        #expect(fixture.counter.count("catalog.variants") == 1)
        #expect(fixture.counter.total("catalog.") == 1)
        #expect(fixture.counter.total("carts.") == 1)
    }

    @Test("a search page primes the request: its products' variants need no further call", arguments: BackendKind.allCases)
    func searchPrimes(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 100)
        let store = fixture.storefront()
        let page = try await store.products(PageArguments(first: 50), query: nil, sortKey: .TITLE, reverse: false)
        fixture.counter.reset()
        for product in page.nodes { _ = try await store.product(of: product.variants[0]) }
        #expect(fixture.counter.total() == 0)
    }
}
