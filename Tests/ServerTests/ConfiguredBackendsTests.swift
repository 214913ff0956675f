import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import HTTPTestSupport
import Commerce
import CommerceMemory
import CommerceSQLite
import Testing

/// `concord serve --config` with backends chosen per domain: the README's example end to end,
/// seeding what the configuration names, and a wrong block touching nothing stored.
@Suite(.serialized) struct ConfiguredBackendsTests {
    static let token = "storefront-token-0001"
    static let homeQuery = """
        { page(handle: "home") { handle title modules { __typename ... on ProductCarousel { heading products(first: 12) { id handle } } } } }
        """

    /// A new folder for one test's files, removed afterwards.
    static func withFolder(_ body: (URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-backends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder)
    }

    /// The README's backends example with its database at `path`.
    static func readmeConfiguration(path: String) throws -> ConfigurationFile {
        let json = #"""
            {"defaultLocale": "en",
             "catalog": {"backend": "sqlite", "path": "\#(path)"},
             "content": {"backend": "memory"},
             "carts":   {"backend": "sqlite", "path": "\#(path)"}}
            """#
        var file = try ConfigurationFile.parse(Array(json.utf8))
        file.http.port = 0
        file.http.eventLoopCount = 1
        file.app.tokens = [AccessToken(name: "shop", kind: .storefront, token: token)]
        return file
    }

    /// Starts the service, runs `body`, stops it.
    static func withService(_ file: ConfigurationFile, databasePath: String,
                            _ body: (CommerceService) async throws -> Void) async throws {
        let service = try CommerceService(configuration: file, databasePath: databasePath,
                                          schemaSDL: try CommerceServiceTests.schemaSDL(), accessLog: AccessLog(sink: { _ in }))
        do { try await body(service) } catch {
            service.server.shutdown()
            await service.server.stopped()
            throw error
        }
        service.server.shutdown()
        await service.server.stopped()
    }

    /// The home page's carousels over HTTP: heading and product handles of each.
    static func homeCarousels(port: Int) async throws -> [(heading: String, handles: [String])] {
        let body = try JSONWriter.encode(["query": .string(homeQuery)])
        let response = try await io {
            try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body)
        }
        #expect(response.status == 200)
        guard case .object(let root)? = response.json, root["errors"] == nil, case .object(let data)? = root["data"],
              case .object(let page)? = data["page"], case .array(let modules)? = page["modules"] else {
            throw TestError("unexpected answer \(response.text.prefix(300))")
        }
        #expect(page["handle"] == .string("home"))
        return modules.compactMap { module in
            guard case .object(let fields) = module, fields["__typename"] == .string("ProductCarousel"),
                  case .string(let heading)? = fields["heading"], case .array(let products)? = fields["products"] else { return nil }
            return (heading, products.compactMap { product in
                guard case .object(let fields) = product, case .string(let handle)? = fields["handle"] else { return nil }
                return handle
            })
        }
    }

    /// Every file of a folder with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func theReadmeExampleServesAPageFromMemoryWithCarouselProductsFromTheSQLiteCatalog() async throws {
        try await Self.withFolder { folder in
            let path = folder.appendingPathComponent("concord.db").path
            let unused = folder.appendingPathComponent("unused.db").path
            var handles: [String] = []
            try await Self.withService(try Self.readmeConfiguration(path: path), databasePath: unused) { service in
                #expect(service.backends.catalog is SQLiteCatalogBackend)
                #expect(service.backends.content is InMemoryContentBackend)
                #expect(service.backends.carts is SQLiteCartBackend)
                #expect(service.seededParts == .all)
                #expect(service.seeded?.products == 500 && service.seeded?.pages == 5)
                let carousels = try await Self.homeCarousels(port: service.server.port)
                #expect(carousels.map(\.heading) == ["New arrivals", "Best sellers", "On sale", "Shirts", "For the home"])
                #expect(carousels.allSatisfy { $0.handles.count == 12 })
                handles = carousels.flatMap(\.handles)
                #expect(try await service.backends.content.countPages(includeDrafts: true) == 5)
            }
            // Every domain had a block: the --db file was never made.
            #expect(!FileManager.default.fileExists(atPath: unused))
            // The carousel's products are the SQLite file's; the file holds no page.
            let catalog = try SQLiteCatalogBackend(path: path)
            #expect(try await catalog.products(handles: handles).count == Set(handles).count)
            #expect(try await SQLiteContentBackend(path: path).countPages(includeDrafts: true) == 0)
        }
    }

    @Test func aRestartSeedsTheMemoryContentAgainOverTheCatalogAlreadyStored() async throws {
        try await Self.withFolder { folder in
            let path = folder.appendingPathComponent("concord.db").path
            let file = try Self.readmeConfiguration(path: path)
            var first: [(heading: String, handles: [String])] = []
            try await Self.withService(file, databasePath: path) { service in
                first = try await Self.homeCarousels(port: service.server.port)
            }
            try await Self.withService(file, databasePath: path) { service in
                #expect(service.seededParts == .content)
                #expect(service.seeded?.pages == 5 && service.seeded?.products == 0)
                #expect(try await service.backends.catalog.countProducts(ProductFilter()) == 500)
                let again = try await Self.homeCarousels(port: service.server.port)
                #expect(again.map(\.heading) == first.map(\.heading))
                #expect(again.map(\.handles) == first.map(\.handles))
            }
        }
    }

    @Test func withoutBlocksEveryDomainIsOnTheDatabaseFileSeededOnceAsBefore() async throws {
        try await Self.withFolder { folder in
            let path = folder.appendingPathComponent("shop.db").path
            var file = ConfigurationFile()
            file.http.port = 0
            file.app.tokens = [AccessToken(name: "shop", kind: .storefront, token: Self.token)]
            try await Self.withService(file, databasePath: path) { service in
                #expect(service.backends.content is SQLiteContentBackend)
                #expect(service.seededParts == .all)
                let carousels = try await Self.homeCarousels(port: service.server.port)
                #expect(carousels.count == 5)
            }
            try await Self.withService(file, databasePath: path) { service in
                #expect(service.seededParts.isEmpty && service.seeded == nil)
                let pages = try await service.backends.content.countPages(includeDrafts: true)
                #expect(pages == 5)
            }
        }
    }

    @Test func aWrongBlockLeavesAnExistingDatabaseByteIdenticalAndCreatesNone() async throws {
        try await Self.withFolder { folder in
            let existing = folder.appendingPathComponent("existing.db").path
            let missing = folder.appendingPathComponent("missing.db").path
            do {
                let backends = try CommerceBackends.sqlite(path: existing)
                _ = try await StoreSeeder(productCount: 10).seed(into: backends)
            }
            let before = try Self.snapshot(folder)
            #expect(before.keys.contains("existing.db"))
            // Through the file: parse fails before anything is opened.
            let json = #"{"catalog": {"backend": "sqlite", "path": "\#(existing)"}, "content": {"backend": "mongo"}}"#
            #expect(BackendBlocksTests.failure(json) == #"content.backend "mongo" is not a backend kind; expected one of: http, memory, postgres, sqlite"#)
            // Through the service, with blocks set in code: the whole configuration is checked
            // before the first store is opened.
            let wrong: [(BackendConfiguration.Domain, BackendConfiguration.Choice, String)] = [
                (.content, .init(backend: "mongo"), #"content.backend "mongo" is not a backend kind; expected one of: http, memory, postgres, sqlite"#),
                (.carts, .init(backend: "sqlite"), "carts.path is missing; the sqlite backend needs it"),
                (.content, .init(backend: "sqlite", options: ["path": missing, "readers": "0"]),
                 #"content.readers must be a whole number from 1 to 64; got "0""#),
            ]
            for (domain, choice, message) in wrong {
                for catalogPath in [existing, missing] {
                    var file = ConfigurationFile()
                    file.http.port = 0
                    file.backendChoices = [.catalog: .init(backend: "sqlite", options: ["path": catalogPath]), domain: choice]
                    do {
                        _ = try CommerceService(configuration: file, databasePath: missing, schemaSDL: try CommerceServiceTests.schemaSDL(),
                                                accessLog: AccessLog(sink: { _ in }))
                        Issue.record("the service started with \(choice) for \(domain)")
                    } catch {
                        #expect((error as? ServerConfigurationError)?.description == message)
                    }
                }
            }
            #expect(try Self.snapshot(folder) == before)
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    @Test func aBackendThatCannotBeBuiltLeavesNoNewStoreBehindAndAnExistingOneUntouched() async throws {
        try await Self.withFolder { folder in
            let existing = folder.appendingPathComponent("existing.db").path
            let missing = folder.appendingPathComponent("missing.db").path
            _ = try CommerceBackends.sqlite(path: existing)
            let before = try Self.snapshot(folder)
            var registry = BackendRegistry.standard
            // A kind whose store cannot be reached, as an unreachable database is, built after the catalog.
            registry.registerCarts("unreachable", options: []) { _, _ in throw ConfigurationError("carts: the database is unreachable") }
            for catalogPath in [existing, missing] {
                let configuration = BackendConfiguration(catalog: .init(backend: "sqlite", options: ["path": catalogPath]),
                                                         content: .init(backend: "sqlite", options: ["path": catalogPath]),
                                                         carts: .init(backend: "unreachable"))
                #expect(throws: ConfigurationError("carts: the database is unreachable")) { try registry.makeBackends(configuration) }
            }
            #expect(try Self.snapshot(folder) == before, "the existing file is unchanged and the new one is gone")
            #expect(!FileManager.default.fileExists(atPath: missing))
            #expect(registry.newDomains(BackendConfiguration(catalog: .init(backend: "sqlite", options: ["path": missing]),
                                                             content: .init(backend: "memory"), carts: .init(backend: "memory")))
                        .contains(.catalog), "the next start still finds the catalog new, and seeds it")
        }
    }

    @Test func pagesSeededOverAStoredCatalogAreTheFullSeedsPages() async throws {
        let whole = CommerceBackends.inMemory()
        _ = try await StoreSeeder().seed(into: whole)
        let split = CommerceBackends.inMemory()
        let catalog = try await StoreSeeder().seed(into: split, parts: [.catalog, .carts])
        #expect(catalog.products == 500 && catalog.pages == 0 && catalog.discountCodes == 5)
        let content = try await StoreSeeder().seed(into: split, parts: .content)
        #expect(content.products == 0 && content.pages == 5 && content.discountCodes == 0)
        let handles = ["home", "summer-sale", "gift-guide", "shipping", "winter-preview"]
        let expected = try await whole.content.pages(handles: handles)
        #expect(expected.count == 5)
        #expect(try await split.content.pages(handles: handles) == expected)
    }
}
