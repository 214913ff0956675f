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
        #expect(try db.query("SELECT version FROM schema_migrations WHERE domain = 'catalog' ORDER BY version") { $0.int(0) } == [1, 2])
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
