import Dispatch
import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite
@testable import CommerceMemory

@Suite("The SQLite backends' pools of read connections")
struct SQLiteReadPoolTests {
    /// A catalog in a new file, seeded through the backend itself.
    static func seededCatalog(readers: Int = 4, productCount: Int = 60) async throws -> (SQLiteCatalogBackend, path: String) {
        let path = temporaryDatabasePath()
        let catalog = try SQLiteCatalogBackend(path: path, readers: readers)
        let backends = CommerceBackends(catalog: catalog, content: InMemoryContentBackend(), carts: InMemoryCartBackend())
        _ = try await StoreSeeder(productCount: productCount).seed(into: backends)
        return (catalog, path)
    }

    /// One part of a read's answer: any value that is Hashable and Sendable, compared as `AnyHashable` compares.
    struct Answer: Equatable, Sendable {
        let value: any Hashable & Sendable
        init(_ value: any Hashable & Sendable) { self.value = value }
        static func == (lhs: Answer, rhs: Answer) -> Bool { AnyHashable(lhs.value) == AnyHashable(rhs.value) }
    }

    /// One catalog read and its answer, reduced to something comparable.
    enum Read: Sendable, CaseIterable {
        case productsByID, productsByHandle, variants, searchByTitle, searchByPriceBackwards, searchTerms, count, countAvailable,
             collections, searchCollections

        func run(_ catalog: SQLiteCatalogBackend) async throws -> [Answer] {
            switch self {
            case .productsByID:
                return try await catalog.products(ids: Array(1...40)).sorted { $0.key < $1.key }.map { Answer($0.value) }
            case .productsByHandle:
                let handles = try await catalog.products(ids: [3, 5, 8]).values.map(\.handle)
                return try await catalog.products(handles: handles).sorted { $0.key < $1.key }.map { Answer($0.value) }
            case .variants:
                return try await catalog.variants(ids: Array(1...60)).sorted { $0.key < $1.key }.map { Answer($0.value) }
            case .searchByTitle:
                return try await page(catalog, ProductSearch(filter: ProductFilter(), sortKey: .TITLE, reverse: false, window: PageWindow(limit: 25)))
            case .searchByPriceBackwards:
                return try await page(catalog, ProductSearch(filter: ProductFilter(available: true), sortKey: .PRICE, reverse: true,
                                                             window: PageWindow(limit: 10, fromEnd: true)))
            case .searchTerms:
                let title = try #require(try await catalog.products(ids: [1])[1]?.title)
                let word = String(title.split(separator: " ")[0].prefix(3)).lowercased()
                return try await page(catalog, ProductSearch(filter: ProductFilter(terms: [word]), sortKey: .RELEVANCE, reverse: false,
                                                             window: PageWindow(limit: 50)))
            case .count:
                return [Answer(try await catalog.countProducts(ProductFilter()))]
            case .countAvailable:
                return [Answer(try await catalog.countProducts(ProductFilter(available: true)))]
            case .collections:
                return try await catalog.collections(ids: Array(1...10)).sorted { $0.key < $1.key }.map { Answer($0.value) }
            case .searchCollections:
                let page = try await catalog.searchCollections(CollectionSearch(terms: [], sortKey: .TITLE, reverse: false, window: PageWindow(limit: 20)))
                return page.items.flatMap { [Answer($0.item), Answer($0.position)] } + [Answer(page.hasMore), Answer(try await catalog.countCollections(terms: []))]
            }
        }

        private func page(_ catalog: SQLiteCatalogBackend, _ search: ProductSearch) async throws -> [Answer] {
            let page = try await catalog.searchProducts(search)
            return page.items.flatMap { [Answer($0.item), Answer($0.position)] } + [Answer(page.hasMore)]
        }
    }

    @Test("reads from many tasks at once give the answers the same reads give one after another")
    func concurrentMatchesSerial() async throws {
        let (catalog, _) = try await Self.seededCatalog()
        var serial: [Read: [Answer]] = [:]
        for read in Read.allCases { serial[read] = try await read.run(catalog) }
        #expect(serial.values.allSatisfy { !$0.isEmpty })
        #expect(serial[.productsByID]?.count == 40)
        let answers = try await withThrowingTaskGroup(of: (Read, [Answer]).self) { group in
            for index in 0..<200 {
                let read = Read.allCases[index % Read.allCases.count]
                group.addTask { (read, try await read.run(catalog)) }
            }
            return try await group.reduce(into: [(Read, [Answer])]()) { $0.append($1) }
        }
        #expect(answers.count == 200)
        for (read, answer) in answers { #expect(answer == serial[read], "\(read)") }
    }

    @Test("a write committed by the writer is seen by the next read, on whichever reader it runs")
    func writeThenRead() async throws {
        let (catalog, _) = try await Self.seededCatalog(readers: 3)
        let product = try #require(try await catalog.products(ids: [2])[2])
        let variant = try #require(product.variants.first)
        var expected = variant.quantityAvailable
        for step in 1...12 {
            guard case .adjusted = try await catalog.adjustInventory(variantID: variant.id, delta: step) else {
                Issue.record("adjustInventory failed")
                return
            }
            expected += step
            // Enough reads in a row to land on every reader of the pool.
            for _ in 0..<3 {
                #expect(try await catalog.products(ids: [2])[2]?.variants.first?.quantityAvailable == expected)
                #expect(try await catalog.variants(ids: [variant.id])[variant.id]?.quantityAvailable == expected)
            }
        }
        var draft = ProductDraft(handle: product.handle, title: "Zzyzx renamed", description: product.description,
                                 descriptionHtml: product.descriptionHtml, vendor: product.vendor, productType: product.productType,
                                 tags: product.tags, options: product.options, images: product.images, variants: [], seo: product.seo)
        draft.id = product.id
        _ = try await catalog.upsertProducts([draft])
        for _ in 0..<3 {
            #expect(try await catalog.products(handles: [product.handle])[product.handle]?.title == "Zzyzx renamed")
            let found = try await catalog.searchProducts(ProductSearch(filter: ProductFilter(terms: ["zzyzx"]), sortKey: .RELEVANCE,
                                                                       reverse: false, window: PageWindow(limit: 5)))
            #expect(found.items.map(\.item.id) == [product.id])
            #expect(found.items.first?.item.variants == [])
        }
    }

    @Test("no reader keeps a snapshot between reads: a full checkpoint succeeds right after a burst of reads")
    func noSnapshotOutlivesARead() async throws {
        let (catalog, path) = try await Self.seededCatalog(readers: 4)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 { group.addTask { _ = try await Read.allCases[index % Read.allCases.count].run(catalog) } }
            try await group.waitForAll()
        }
        _ = try await catalog.adjustInventory(variantID: 1, delta: 1)
        let probe = try SQLiteConnection(path: path, busyTimeoutMilliseconds: 0)
        // (busy, frames in the log, frames checkpointed): busy is 1 if any reader still held an old snapshot.
        let result = try #require(try probe.query("PRAGMA wal_checkpoint(TRUNCATE)") { [$0.int(0), $0.int(1), $0.int(2)] }.first)
        #expect(result[0] == 0)
        #expect(result[1] == result[2])
    }

    @Test("two reads overlap in time on two readers")
    func readsRunInParallel() async throws {
        let (catalog, _) = try await Self.seededCatalog(readers: 2, productCount: 10)
        #expect(catalog.readers.size == 2)
        let first = DispatchSemaphore(value: 0), second = DispatchSemaphore(value: 0)
        // Each read signals that it runs, then waits for the other: both finish only if they run at the same time.
        async let a = catalog.readers.read { reader -> Bool in
            first.signal()
            let met = second.wait(timeout: .now() + 10) == .success
            let count = try reader.countProducts(ProductFilter(), in: .standard)
            return met && count == 10
        }
        async let b = catalog.readers.read { reader -> Bool in
            second.signal()
            let met = first.wait(timeout: .now() + 10) == .success
            let count = try reader.countProducts(ProductFilter(), in: .standard)
            return met && count == 10
        }
        let (metA, metB) = try await (a, b)
        #expect(metA && metB)
        #expect(catalog.readers.peakConcurrentReads >= 2)
    }

    @Test("the pool takes the least busy reader and has the default size asked for")
    func sizes() throws {
        #expect(SQLiteReadPool<SQLiteCatalogReader>.defaultSize >= 2)
        #expect(try SQLiteCatalogBackend(path: temporaryDatabasePath()).readers.size == SQLiteReadPool<SQLiteCatalogReader>.defaultSize)
        #expect(try SQLiteCatalogBackend(path: temporaryDatabasePath(), readers: 3).readers.size == 3)
    }

    @Test("readers cannot write", arguments: [1, 2])
    func readOnly(readers: Int) async throws {
        let catalog = try SQLiteCatalogBackend(path: temporaryDatabasePath(), readers: readers)
        await #expect(throws: SQLiteError.self) {
            try await catalog.readers.read { try $0.connection.run("DELETE FROM products") }
        }
        let error = await #expect(throws: SQLiteError.self) {
            try await catalog.readers.read { try $0.connection.run("INSERT INTO collections (handle) VALUES ('x')") }
        }
        #expect(error?.message.hasPrefix("attempt to write a readonly database") == true)
    }

    @Test("an in-memory catalog reads on its writer connection and sees its own writes", arguments: [":memory:", ""])
    func privateDatabase(path: String) async throws {
        let catalog = try SQLiteCatalogBackend(path: path, readers: 4)
        #expect(catalog.readers.size == 1)
        let backends = CommerceBackends(catalog: catalog, content: InMemoryContentBackend(), carts: InMemoryCartBackend())
        let summary = try await StoreSeeder(productCount: 12).seed(into: backends)
        #expect(summary.products == 12)
        #expect(try await catalog.countProducts(ProductFilter()) == 12)
        let variant = try #require(try await catalog.products(ids: [1])[1]?.variants.first)
        _ = try await catalog.adjustInventory(variantID: variant.id, delta: 5)
        #expect(try await catalog.variants(ids: [variant.id])[variant.id]?.quantityAvailable == variant.quantityAvailable + 5)
        // Reads and writes interleaved from many tasks share the one connection safely.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    if index.isMultiple(of: 4) { _ = try await catalog.adjustInventory(variantID: variant.id, delta: 1) }
                    else { _ = try await Read.allCases[index % Read.allCases.count].run(catalog) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await catalog.variants(ids: [variant.id])[variant.id]?.quantityAvailable == variant.quantityAvailable + 15)
    }

    @Test("content: page writes are seen by the next reads on the pool, or on the writer of an in-memory store",
          arguments: [("file", 3), (":memory:", 3)])
    func contentWriteThenRead(kind: String, readers: Int) async throws {
        let content = try SQLiteContentBackend(path: kind == "file" ? temporaryDatabasePath() : kind, defaultLocale: "en", readers: readers)
        #expect(content.readers.size == (kind == "file" ? readers : 1))
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let page = try await content.upsertPage(PageChange(id: nil, handle: "about", locale: "en", title: "About", seoTitle: nil,
                                                           seoDescription: nil, time: time))
        for round in 1...4 {
            _ = try await content.upsertPage(PageChange(id: page.id, handle: nil, locale: "de", title: "Über \(round)", seoTitle: nil,
                                                        seoDescription: nil, time: time))
            for _ in 0..<readers {
                #expect(try await content.pages(ids: [page.id])[page.id]?.title.values["de"] == "Über \(round)")
                #expect(try await content.pages(handles: ["about"])["about"]?.id == page.id)
                #expect(try await content.localization().availableLocales == ["de", "en"])
            }
        }
        #expect(try await content.countPages(includeDrafts: false) == 0)
        _ = try await content.setPageStatus(id: page.id, status: .PUBLISHED, at: time)
        for _ in 0..<readers {
            #expect(try await content.countPages(includeDrafts: false) == 1)
            #expect(try await content.listPages(window: PageWindow(limit: 10), includeDrafts: false).items.map(\.item.handle) == ["about"])
        }
    }

    @Test("collection pages read from 8 tasks at once: one reader against two (prints MEASURE)", .serialized, arguments: [1, 2])
    func measureParallelPages(readers: Int) async throws {
        let (seeded, path) = try await Self.seededCatalog(readers: 1, productCount: 500)
        let collectionID = try #require(try await seeded.searchCollections(CollectionSearch(terms: [], sortKey: .ID, reverse: false,
                                                                                           window: PageWindow(limit: 1))).items.first?.item.id)
        let catalog = try SQLiteCatalogBackend(path: path, readers: readers)
        let search = ProductSearch(filter: ProductFilter(collectionID: collectionID), sortKey: .PRICE, reverse: false, window: PageWindow(limit: 50))
        _ = try await catalog.searchProducts(search)  // warm up
        let clock = ContinuousClock(), start = clock.now
        let pages = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var read = 0
                    for _ in 0..<25 {
                        read += try await catalog.searchProducts(search).items.isEmpty ? 0 : 1
                        _ = try await catalog.countProducts(search.filter)
                    }
                    return read
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = clock.now - start
        #expect(pages == 200)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("MEASURE catalog collection pages, 8 tasks, \(readers) reader(s): \(String(format: "%.0f", 200 / seconds)) pages/s, peak \(catalog.readers.peakConcurrentReads) reads at once")
    }
}
