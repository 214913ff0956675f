import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("The SQLite connection wrapper")
struct SQLiteTests {
    @Test("WAL journal, foreign keys and a busy timeout are set on open")
    func pragmas() throws {
        let db = try SQLiteConnection(path: temporaryDatabasePath())
        #expect(try db.query("PRAGMA journal_mode") { $0.text(0) } == ["wal"])
        #expect(try db.query("PRAGMA foreign_keys") { $0.int(0) } == [1])
        #expect(try db.query("PRAGMA busy_timeout") { $0.int(0) } == [5000])
    }

    @Test("prepared statements are cached by SQL text and reused")
    func statementReuse() throws {
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        for value in 0..<100 { try db.run("INSERT INTO t (x) VALUES (?)", [.integer(Int64(value))]) }
        #expect(db.preparedStatementCount == 1)
        #expect(try db.query("SELECT SUM(x) FROM t") { $0.int(0) } == [4950])
        #expect(db.preparedStatementCount == 2)
    }

    @Test("a transaction rolls back everything when its body throws")
    func rollback() throws {
        struct Boom: Error {}
        let db = try SQLiteConnection(path: ":memory:")
        try db.execute("CREATE TABLE t (x INTEGER)")
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t (x) VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.query("SELECT COUNT(*) FROM t") { $0.int(0) } == [0])
    }

    @Test("migrations are versioned per domain and run once")
    func migrations() throws {
        let path = temporaryDatabasePath()
        let db = try SQLiteConnection(path: path)
        let migrator = SQLiteMigrator(domain: "demo", migrations: [
            .init(version: 1, sql: "CREATE TABLE a (x INTEGER)"),
            .init(version: 2, sql: "ALTER TABLE a ADD COLUMN y TEXT"),
        ])
        #expect(try migrator.migrate(db) == 2)
        #expect(try migrator.migrate(db) == 2)
        #expect(try db.query("SELECT version FROM schema_migrations WHERE domain = 'demo' ORDER BY version") { $0.int(0) } == [1, 2])
        _ = try SQLiteCatalogBackend(path: path)
        _ = try SQLiteCatalogBackend(path: path)
        #expect(try db.query("SELECT version FROM schema_migrations WHERE domain = 'catalog' ORDER BY version") { $0.int(0) } == [1, 2, 3, 4])
    }

    @Test("concord migrate on SQLite: every domain from 0 to its latest version in the file, then up to date")
    func registryMigrate() throws {
        var registry = BackendRegistry()
        registry.registerSQLite()
        let path = temporaryDatabasePath()
        let configuration = BackendConfiguration.sqlite(path: path)
        let latest: [BackendConfiguration.Domain: Int] = [
            .catalog: SQLiteCatalogSchema.migrator.migrations.last!.version,
            .content: SQLiteContentBackend.migrator.migrations.last!.version,
            .carts: SQLiteCartBackend.migrator.migrations.last!.version,
        ]
        for domain in BackendConfiguration.Domain.allCases {
            #expect(try registry.migrate(domain, of: configuration) == SchemaMigration(place: "sqlite \(path)", fromVersion: 0,
                                                                                        toVersion: latest[domain]!))
        }
        for domain in BackendConfiguration.Domain.allCases {
            #expect(try registry.migrate(domain, of: configuration)?.summary == "up to date at version \(latest[domain]!)")
        }
    }

    @Test("a carts database from before line ids were never reused keeps its lines, and then never reuses an id")
    func cartLineIDsMigration() async throws {
        let path = temporaryDatabasePath()
        do {
            let db = try SQLiteConnection(path: path)
            try SQLiteMigrator(domain: "carts", migrations: Array(SQLiteCartBackend.migrator.migrations.prefix(2))).migrate(db)
            try db.execute("""
                INSERT INTO carts (id, status, discount_codes, created_at, updated_at) VALUES ('c', 'OPEN', '[]', 0, 0);
                INSERT INTO cart_lines (id, cart_id, variant_id, quantity) VALUES (1, 'c', 11, 2), (2, 'c', 12, 1);
                """)
        }
        let carts = try SQLiteCartBackend(path: path)
        #expect(try await carts.carts(ids: ["c"])["c"]?.lines == [CartLine(id: 1, variantID: 11, quantity: 2), CartLine(id: 2, variantID: 12, quantity: 1)])
        _ = try await carts.removeLines(cartID: "c", lineIDs: [2], at: Date())
        let change = try await carts.addLines(cartID: "c", lines: [LineAddition(variantID: 13, quantity: 1)], maximumQuantity: 10,
                                              maximumLines: 10, at: Date())
        #expect(change == .cart(try #require(try await carts.carts(ids: ["c"])["c"])))
        #expect(try await carts.carts(ids: ["c"])["c"]?.lines.map(\.id) == [1, 3], "the removed line's id 2 is not given again")
    }

    @Test("the searches use indexes, not table scans")
    func indexes() throws {
        let path = temporaryDatabasePath()
        _ = try SQLiteCatalogBackend(path: path)
        let db = try SQLiteConnection(path: path)
        func plan(_ sql: String) throws -> String {
            try db.query("EXPLAIN QUERY PLAN " + sql) { $0.text(3) }.joined(separator: "; ")
        }
        #expect(try plan("SELECT id FROM products p WHERE p.vendor_key = 'x'").contains("products_vendor"))
        #expect(try plan("SELECT id FROM products p ORDER BY p.title_sort, p.id LIMIT 10").contains("products_title"))
        #expect(try plan("SELECT p.id FROM products p WHERE p.id IN (SELECT product_id FROM product_tags WHERE tag_key = 'sale')").contains("product_tags"))
        #expect(try plan("SELECT product_id FROM collection_products WHERE collection_id = 1 ORDER BY position").contains("collection_products_position"))
        #expect(try plan("SELECT rowid FROM product_search WHERE product_search MATCH 'lin*'").contains("VIRTUAL TABLE INDEX"))
    }
}
