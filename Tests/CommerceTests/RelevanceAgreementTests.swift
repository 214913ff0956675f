import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite
@testable import CommerceMemory
@testable import CommercePostgres

/// Search relevance has one definition, `ProductRanking.relevance`: the same data searched in
/// memory, in SQLite and (with CONCORD_TEST_POSTGRES_URL) in PostgreSQL lists the same products in the
/// same order, page after page, both ways.
@Suite("Search relevance: one definition, the same order in memory, SQLite and PostgreSQL")
struct RelevanceAgreementTests {
    /// Products with accents written several ways, ties, prefixes and words in every column. Ids
    /// follow this order from 1 in both backends.
    static let handMade: [ProductDraft] = [
        product("cafe-mug", "Café Mug", "A mug for your crème brûlée.", ["kitchen", "café"]),
        product("cafe-table", "CAFE TABLE", "Oak table for a cafe.", ["furniture"]),
        product("creme-jar", "Crème jar", "For café au lait.", []),
        product("strasse-sign", "Straße sign", "Enamel street sign", ["décor"]),
        product("strasse-sign-2", "Strasse sign", "Enamel street sign", ["decor"]),
        product("naive-print", "Naïve print", "Art print, cafe scene.", ["art"]),
        product("cafe-poster", "Cafe\u{301} poster", "A poster.", ["art", "cafe"]),
        product("towel-a", "Linen towel", "Linen.", ["linen"]),
        product("towel-b", "Linen towel", "Linen.", ["linen"]),
        product("towel-c", "Linen towel", "Linen.", ["linen"]),
        product("orsted-lamp", "Ørsted lamp", "A Danish lamp.", []),
        product("sisyphus-mug", "Σίσυφος mug", "Uphill, every day.", ["greek"]),
        product("coffee-cup", "Coffee ☕ cup", "For a flat white; café-style.", ["kitchen"], stock: 0),
        product("cafeteria-tray", "Cafeteria tray", "", ["cafe"]),
        product("linen-apron", "Apron", "Heavy linen, for the café kitchen.", ["linen", "kitchen"]),
    ]

    static let handMadeQueries = [
        "cafe", "café", "CAFÉ", "Cafe\u{301}", "caf", "c", "crème", "creme", "straße", "strasse", "stras", "naive", "naïve",
        "linen", "linen towel", "lin lin", "towel linen", "ørsted", "orsted", "σίσυφος", "σισυφος", "art", "decor", "décor",
        "cafe art", "mug", "kitchen", "kitchen cafe", "tag:art cafe", "tag:kitchen", "available:true cafe", "available:false c",
        "a", "for", "☕", "nothing-matches", "",
    ]

    @Test("hand-made products: the same order, and the definition's, for every search both ways")
    func handMadeProducts() async throws {
        let backends = try await Self.backends { try await $0.catalog.upsertProducts(Self.handMade) }
        for query in Self.handMadeQueries {
            try await Self.expectSameProducts(query, backends, pageSize: 2)
        }
    }

    @Test("the relevance is 3 for the title, 2 for the tags, 1 for the description, per word; ties go by id")
    func handMadeOrder() async throws {
        for backends in try await Self.backends({ try await $0.catalog.upsertProducts(Self.handMade) }) {
            let store = Storefront(backends: backends, scopes: Scope.storefrontDefaults)
            for query in ["cafe", "café", "CAFÉ", "Cafe\u{301}"] {
                let page = try await store.products(PageArguments(first: 20), query: query, sortKey: .RELEVANCE, reverse: false)
                // 5: title and tags (newest first on a tie); 4: title and description; 3: title; 1: description.
                #expect(page.nodes.map(\.handle) == ["cafeteria-tray", "cafe-poster", "cafe-mug", "cafe-table", "linen-apron",
                                                     "coffee-cup", "naive-print", "creme-jar"], "\(query)")
            }
            let towels = try await store.products(PageArguments(first: 20), query: "towel linen", sortKey: .RELEVANCE, reverse: true)
            #expect(towels.nodes.map(\.handle) == ["towel-a", "towel-b", "towel-c"], "ties in id order when reversed")
            let strasse = try await store.products(PageArguments(first: 20), query: "straße", sortKey: .RELEVANCE, reverse: false)
            #expect(strasse.nodes.map(\.handle) == ["strasse-sign"], "ß is not ss, as in the full-text index")
        }
    }

    @Test("the demo catalog: the same order, and the definition's, for many searches both ways")
    func demoCatalog() async throws {
        let backends = try await Self.backends { _ = try await StoreSeeder(productCount: 120).seed(into: $0) }
        var queries = Set(["s", "co", "linen summer", "tag:sale cotton", "available:true wool", "the", "by", "merino merino",
                           "vendor:\"nordic loom\" linen", "product_type:shirts o"])
        for word in SeedVocabulary.materials + SeedVocabulary.adjectives + SeedVocabulary.seasons + SeedVocabulary.vendors {
            let tokens = SearchTokenizer.tokens(word)
            queries.insert(tokens.joined(separator: " "))
            if let first = tokens.first { queries.insert(String(first.prefix(3))) }
        }
        for query in queries.sorted() {
            try await Self.expectSameProducts(query, backends, pageSize: 16)
        }
    }

    @Test("collections: the same order, and the definition's, both ways")
    func collections() async throws {
        let drafts = [("corner", "Café corner", "Everything for a café."), ("kitchen", "Kitchen", "Cafe and kitchen things"),
                      ("cafeteria", "Cafeteria", ""), ("corner-2", "Café corner", "Everything for a café."),
                      ("linen", "Linen", "Towels and aprons.")]
        let backends = try await Self.backends { backends in
            _ = try await backends.catalog.upsertCollections(drafts.map {
                CollectionDraft(handle: $0.0, title: $0.1, description: $0.2, descriptionHtml: $0.2, image: nil, seo: SEO(), productIDs: [])
            })
        }
        let seeded = try await Self.backends { _ = try await StoreSeeder(productCount: 40).seed(into: $0) }
        for query in ["cafe", "café", "caf", "corner", "everything cafe", "kitchen", "c", "e", "nothing", ""] {
            try await Self.expectSameCollections(query, backends)
        }
        for query in ["s", "summer", "the", "winter wool", "every", "co", "in"] {
            try await Self.expectSameCollections(query, seeded)
        }
        for each in backends {
            let store = Storefront(backends: each, scopes: Scope.storefrontDefaults)
            let page = try await store.collections(PageArguments(first: 10), query: "cafe", sortKey: .RELEVANCE, reverse: false)
            #expect(page.nodes.map(\.handle) == ["corner-2", "corner", "cafeteria", "kitchen"], "4 (title, description), 3, 1")
        }
    }

    @Test("SQLite runs each column match once per search, not once per matching row")
    func sqlitePlan() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try SQLiteCatalogSchema.migrator.migrate(db)
        for subquery in [SQLiteRelevance.products, SQLiteRelevance.collections] {
            let plan = try db.query("EXPLAIN QUERY PLAN " + subquery) { $0.text(3) }
            let hits = try #require(plan.first { $0.hasPrefix("SCAN hit VIRTUAL TABLE") })
            // FTS5 writes its constraints after the colon: M for MATCH, = for a rowid lookup.
            #expect(hits.contains("M") && !hits.contains(":="), "\(plan)")
        }
    }

    // MARK: - Helpers

    private static func product(_ handle: String, _ title: String, _ description: String, _ tags: [String],
                                stock: Int = 5) -> ProductDraft {
        ProductDraft(handle: handle, title: title, description: description, descriptionHtml: description, vendor: "V",
                     productType: "T", tags: tags, options: [], images: [], variants: [
                        VariantDraft(title: "", sku: nil, price: Money(minorUnits: 100, currency: .EUR), compareAtPrice: nil,
                                     inventoryQuantity: stock, selectedOptions: [])],
                     seo: SEO())
    }

    /// Fresh memory and SQLite backends, and PostgreSQL ones when the PostgreSQL tests are on, each
    /// filled by `fill`; memory first.
    private static func backends<T>(_ fill: (CommerceBackends) async throws -> T) async throws -> [CommerceBackends] {
        var all = [CommerceBackends.inMemory(), try CommerceBackends.sqlite(path: temporaryDatabasePath())]
        if PostgresTestDatabase.isEnabled {
            all.append(try await PostgresTestDatabase.backends(on: try await PostgresTestDatabase.scratchURL(), poolSize: 2))
        }
        for backends in all { _ = try await fill(backends) }
        return all
    }

    /// Every backend lists the same products for `query` by relevance, ascending and reversed, with
    /// the same cursors, forwards and backwards, in the order `ProductRanking.relevance` defines
    /// (by id for a query without words, as the storefront sorts those).
    private static func expectSameProducts(_ query: String, _ backends: [CommerceBackends], pageSize: Int) async throws {
        let memory = backends[0]
        let filter = try ProductQueryParser.parse(query)
        let all = try await memory.catalog.searchProducts(ProductSearch(
            filter: ProductFilter(), sortKey: .ID, reverse: false, window: PageWindow(limit: 250))).items.map(\.item)
        for reverse in [false, true] {
            let expected = all.compactMap { product -> (Product, SortPosition)? in
                guard filter.matchesFields(product), let relevance = ProductRanking.relevance(
                    title: product.title, description: product.description, tags: product.tags, terms: filter.terms) else { return nil }
                return (product, SortPosition(value: .real(relevance), id: product.id))
            }.sorted { $0.1.precedes($1.1, descending: filter.terms.isEmpty ? reverse : !reverse) }.map(\.0.handle)
            var walks: [[String]] = []
            for each in backends {
                let store = Storefront(backends: each, scopes: Scope.storefrontDefaults)
                let forward = try await walk(pageSize: pageSize) { arguments in
                    try await store.products(arguments, query: query, sortKey: .RELEVANCE, reverse: reverse).edges.map { ($0.node.handle, $0.cursor) }
                }
                let backward = try await walkBackwards(pageSize: pageSize) { arguments in
                    try await store.products(arguments, query: query, sortKey: .RELEVANCE, reverse: reverse).edges.map { ($0.node.handle, $0.cursor) }
                }
                #expect(forward == backward, "\(query) reverse=\(reverse): backwards differs")
                #expect(forward.map { String($0.split(separator: " ")[0]) } == expected, "\(query) reverse=\(reverse)")
                let count = try await store.products(PageArguments(first: 1), query: query, sortKey: .RELEVANCE, reverse: reverse).totalCount()
                #expect(count == expected.count, "\(query): totalCount")
                walks.append(forward)
            }
            #expect(walks.allSatisfy { $0 == walks[0] }, "\(query) reverse=\(reverse): the backends differ")
        }
    }

    /// Every backend lists the same collections for `query` by relevance, both ways, as defined.
    private static func expectSameCollections(_ query: String, _ backends: [CommerceBackends]) async throws {
        let memory = backends[0]
        let terms = try ProductQueryParser.terms(query)
        let all = try await memory.catalog.searchCollections(CollectionSearch(
            terms: [], sortKey: .ID, reverse: false, window: PageWindow(limit: 250))).items.map(\.item)
        for reverse in [false, true] {
            let expected = all.compactMap { collection -> (Collection, SortPosition)? in
                guard let relevance = ProductRanking.relevance(
                    title: collection.title, description: collection.description, tags: [], terms: terms) else { return nil }
                return (collection, SortPosition(value: .real(relevance), id: collection.id))
            }.sorted { $0.1.precedes($1.1, descending: terms.isEmpty ? reverse : !reverse) }.map(\.0.handle)
            var walks: [[String]] = []
            for each in backends {
                let store = Storefront(backends: each, scopes: Scope.storefrontDefaults)
                let forward = try await walk(pageSize: 2) { arguments in
                    try await store.collections(arguments, query: query, sortKey: .RELEVANCE, reverse: reverse).edges.map { ($0.node.handle, $0.cursor) }
                }
                let backward = try await walkBackwards(pageSize: 2) { arguments in
                    try await store.collections(arguments, query: query, sortKey: .RELEVANCE, reverse: reverse).edges.map { ($0.node.handle, $0.cursor) }
                }
                #expect(forward == backward, "\(query) reverse=\(reverse): backwards differs")
                #expect(forward.map { String($0.split(separator: " ")[0]) } == expected, "\(query) reverse=\(reverse)")
                walks.append(forward)
            }
            #expect(walks.allSatisfy { $0 == walks[0] }, "\(query) reverse=\(reverse): the backends differ")
        }
    }

    /// Every "handle cursor" of a list, read `first: pageSize` at a time after the last cursor.
    private static func walk(pageSize: Int, _ page: (PageArguments) async throws -> [(String, String)]) async throws -> [String] {
        var result: [String] = []
        var after: String?
        while true {
            let edges = try await page(PageArguments(first: pageSize, after: after))
            result += edges.map { "\($0.0) \($0.1)" }
            guard edges.count == pageSize, let last = edges.last else { return result }
            after = last.1
        }
    }

    /// The same, read `last: pageSize` at a time before the first cursor, put back in order.
    private static func walkBackwards(pageSize: Int, _ page: (PageArguments) async throws -> [(String, String)]) async throws -> [String] {
        var result: [String] = []
        var before: String?
        while true {
            let edges = try await page(PageArguments(last: pageSize, before: before))
            result = edges.map { "\($0.0) \($0.1)" } + result
            guard edges.count == pageSize, let first = edges.first else { return result }
            before = first.1
        }
    }
}
