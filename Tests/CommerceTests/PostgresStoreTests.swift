import Foundation
import Testing
@testable import Commerce
@testable import CommerceMemory
@testable import CommercePostgres

// Runs only against a PostgreSQL server: set CONCORD_TEST_POSTGRES_URL (README, "PostgreSQL"); `.ci/run` does.
@Suite("PostgreSQL store: concord migrate, concord seed, the new-store judgement, bad configuration",
       .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
struct PostgresStoreTests {
    /// What `concord` registers for PostgreSQL, with memory beside it.
    let registry: BackendRegistry = {
        var registry = BackendRegistry()
        registry.registerMemory()
        registry.registerPostgres()
        return registry
    }()

    /// Every domain on PostgreSQL at `url` (the one configuration of "Scale out").
    func configuration(_ url: String, pool: String? = "2") -> BackendConfiguration {
        let choice = BackendConfiguration.Choice(backend: "postgres", options: pool.map { ["url": url, "pool": $0] } ?? ["url": url])
        return BackendConfiguration(catalog: choice, content: choice, carts: choice)
    }

    /// The tables of the schema `url` searches, sorted.
    func tables(_ url: String) throws -> [String] {
        try PostgresConnection(connectionString: url).query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename") { try $0.text(0) }
    }

    @Test("migrate runs each domain's migrations alone: from 0 to its latest version, then up to date; the judgement reads only")
    func migrate() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let configuration = configuration(url)
            #expect(registry.newDomains(configuration) == Set(BackendConfiguration.Domain.allCases), "an empty database is a new store")
            #expect(try tables(url) == [], "judging a store new writes nothing")
            let latest = Dictionary(PostgresSchemas.migrators.map { ($0.domain, $0.latestVersion) }, uniquingKeysWith: { a, _ in a })
            for domain in BackendConfiguration.Domain.allCases {
                let migration = try #require(try registry.migrate(domain, of: configuration))
                #expect(migration.fromVersion == 0 && migration.toVersion == latest[domain.rawValue], "\(domain): \(migration)")
                #expect(migration.place.hasPrefix("postgres database ") && !migration.place.contains("password"), "\(migration.place)")
                #expect(migration.summary == "migrated from version 0 to \(migration.toVersion)")
            }
            #expect(try tables(url).contains("products") && tables(url).contains("pages") && tables(url).contains("carts"))
            // What `concord migrate` runs: every domain, after checking that each store can be opened.
            for (domain, again) in try registry.migrate(configuration) {
                let again = try #require(again, "\(domain)")
                #expect(again.fromVersion == again.toVersion && again.summary == "up to date at version \(again.toVersion)")
            }
            #expect(registry.newDomains(configuration) == Set(BackendConfiguration.Domain.allCases),
                    "migrated but holding nothing: still a new store")
            var mixed = configuration
            mixed.content = BackendConfiguration.Choice(backend: "memory")
            #expect(try registry.migrate(.content, of: mixed) == nil, "memory keeps no schema")
        }
    }

    @Test("seed writes the demo store through the registry, once; each domain then holds data and is no longer new")
    func seed() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let configuration = configuration(url)
            // What `concord seed --config F` does.
            let summary = try await StoreSeeder().seed(into: try registry.makeBackends(configuration))
            #expect(summary.products == 500 && summary.collections == 20 && summary.pages > 0 && summary.discountCodes > 0)
            #expect(registry.newDomains(configuration) == [], "a seeded store is not new")
            let backends = try registry.makeBackends(configuration)
            #expect(try await backends.catalog.countProducts(ProductFilter()) == 500)
            #expect(try await backends.catalog.countCollections(terms: []) == 20)
            #expect(try await backends.content.countPages(includeDrafts: true) == summary.pages)
            #expect(try await backends.carts.discountCodes(codes: ["welcome10"]).count == 1)
            let again = await #expect(throws: ConfigurationError.self) { try await StoreSeeder().seed(into: backends) }
            #expect(again?.message.contains("already has products") == true)
            #expect(try await backends.catalog.countProducts(ProductFilter()) == 500, "a refused seed writes nothing")
        }
    }

    @Test("each domain is judged on its own data: a seeded catalog, empty content and carts")
    func perDomainJudgement() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let configuration = configuration(url)
            _ = try await StoreSeeder(productCount: 10).seed(into: try registry.makeBackends(configuration), parts: .catalog)
            #expect(registry.newDomains(configuration) == [.content, .carts])
            _ = try await StoreSeeder(productCount: 10).seed(into: try registry.makeBackends(configuration), parts: [.content, .carts])
            #expect(registry.newDomains(configuration) == [])
        }
    }

    @Test("a wrong password: a clear error naming the setting, and the schema is left as it was",
          .enabled(if: PostgresStoreTests.passwordRoleExists, "needs the role concord_password of .ci/pg-cluster, which must give a password"))
    func wrongPassword() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let wrong = PostgresTestDatabase.connectionString(url, setting: "user", to: "concord_password")
            let configuration = configuration(PostgresTestDatabase.connectionString(wrong, setting: "password", to: "not-the-password"))
            #expect(registry.newDomains(configuration) == [])
            let refusal = #expect(throws: ConfigurationError.self) { try registry.makeBackends(configuration) }
            #expect(refusal?.message.contains("cannot connect to PostgreSQL (check catalog.url)") == true, "\(refusal?.message ?? "")")
            #expect(refusal?.message.contains("password authentication failed") == true, "\(refusal?.message ?? "")")
            let left = try tables(url)
            #expect(left == [], "nothing was made")
        }
    }

    /// Whether the server has `.ci/pg-cluster`'s role that must give its password.
    static let passwordRoleExists: Bool = {
        guard let url = PostgresTestDatabase.url, let db = try? PostgresConnection(connectionString: url) else { return false }
        let rules = try? db.query("""
            SELECT count(*) FROM pg_hba_file_rules WHERE 'concord_password' = ANY(user_name) AND auth_method = 'scram-sha-256'
            """) { try $0.int(0) }
        let role = try? db.query("SELECT count(*) FROM pg_roles WHERE rolname = 'concord_password'") { try $0.int(0) }
        return rules?.first.map { $0 > 0 } == true && role?.first.map { $0 > 0 } == true
    }()

    @Test("a database whose schema is newer than this build: refused before any domain migrates, naming the versions")
    func newerSchema() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let db = try PostgresConnection(connectionString: url)
            try db.execute("""
                CREATE TABLE schema_migrations (domain text NOT NULL, version integer NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (domain, version));
                INSERT INTO schema_migrations (domain, version) VALUES ('content', 99)
                """)
            let configuration = configuration(url)
            for domain in BackendConfiguration.Domain.allCases {
                let refusal = #expect(throws: ConfigurationError.self) { try registry.migrate(domain, of: configuration) }
                #expect(refusal?.message.contains("content schema is at migration version 99, newer than this concord knows (1)") == true,
                        "\(domain): \(refusal?.message ?? "")")
            }
            let opening = #expect(throws: ConfigurationError.self) { try registry.makeBackends(configuration) }
            #expect(opening?.message.contains("version 99") == true)
            let migrating = #expect(throws: ConfigurationError.self) { try registry.migrate(configuration) }
            #expect(migrating?.message.contains("version 99") == true)
            #expect(try tables(url) == ["schema_migrations"], "no domain's tables were made")
            #expect(try db.query("SELECT domain || ' ' || version FROM schema_migrations") { try $0.text(0) } == ["content 99"])
        }
    }

    @Test("text sorts and matches by bytes whatever the database's collation (an ICU en-US database)")
    func icuDatabase() async throws {
        guard let server = PostgresTestDatabase.url else { return }
        let name = "concord_icu_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let admin = try PostgresConnection(connectionString: server)
        try admin.execute("CREATE DATABASE \(name) LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.utf8' TEMPLATE template0")
        defer { try? admin.execute("DROP DATABASE \(name) WITH (FORCE)") }
        let url = PostgresTestDatabase.connectionString(server, setting: "dbname", to: name)
        let titles = ["b", "Á", "a", "É", "e", "Z", "z", "ä", "Ab", "aa"]
        let backends = try await PostgresTestDatabase.backends(on: url)
        _ = try await backends.catalog.upsertProducts(titles.enumerated().map { index, title in
            ProductDraft(handle: "p\(index)", title: title, description: "", descriptionHtml: "", vendor: "V", productType: "T",
                         tags: [], options: [], images: [], variants: [
                            VariantDraft(title: "", sku: nil, price: Money(minorUnits: 100, currency: .EUR), compareAtPrice: nil,
                                         inventoryQuantity: 1, selectedOptions: [])], seo: SEO())
        })
        let page = try await backends.catalog.searchProducts(ProductSearch(
            filter: ProductFilter(), sortKey: .TITLE, reverse: false, window: PageWindow(limit: 50)))
        let expected = titles.map { $0.lowercased() }.sorted { SortValue.text($0) < SortValue.text($1) }
        #expect(page.items.map { $0.item.title.lowercased() } == expected, "titles in byte order, as SortPosition orders them")
        let words = try await backends.catalog.searchProducts(ProductSearch(
            filter: ProductFilter(terms: ["a"]), sortKey: .ID, reverse: false, window: PageWindow(limit: 50)))
        let matching = titles.filter { ProductRanking.relevance(title: $0, description: "", tags: [], terms: ["a"]) != nil }
        #expect(words.items.map(\.item.title) == matching, "words match as ProductRanking.relevance defines")
    }
}
