import Foundation
import Synchronization
import Testing
@testable import Commerce
@testable import CommercePostgres

// Runs only against a PostgreSQL server: set CONCORD_TEST_POSTGRES_URL (README, "PostgreSQL"); `.ci/run` does.
@Suite("PostgreSQL storage: connection, transactions, pool, migrations",
       .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
struct PostgresStorageTests {
    /// A pool of `size` connections on the schema of `url`.
    func pool(_ url: String, size: Int = 1) -> PostgresPool {
        PostgresPool(connectionString: url, size: size, label: "concord.test")
    }

    @Test("parameters are bound, never spliced into the SQL; rows read back typed")
    func boundParameters() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let hostile = "x'); DROP TABLE t; --"
            let awkward = "{\"a\",b}\\ \u{e9}\u{1F600}"
            let rows = try await pool(url).withConnection { db in
                try db.execute("CREATE TABLE t (a text, b bigint, c boolean)")
                try db.run("INSERT INTO t VALUES ($1, $2, $3), ($4, $5, $6)",
                           [.text(hostile), .integer(.max), .boolean(true), .text(awkward), .integer(nil), .boolean(false)])
                return try db.query("SELECT a, b, c FROM t ORDER BY c DESC") { row in
                    (try row.text(0), try row.optionalInt(1), try row.bool(2))
                }
            }
            #expect(rows.map(\.0) == [hostile, awkward])
            #expect(rows.map(\.1) == [.max, nil])
            #expect(rows.map(\.2) == [true, false])
        }
    }

    @Test("array parameters keep every element whole: quotes, backslashes, commas, braces, empty text")
    func arrays() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let elements = ["plain", "with,comma", "{braces}", "quote\"d", "back\\slash", "", "NULL", " spaced "]
            let (texts, numbers) = try await pool(url).withConnection { db in
                (try db.query("SELECT unnest($1::text[])", [.textArray(elements)]) { try $0.text(0) },
                 try db.query("SELECT unnest($1::bigint[])", [.integerArray([.min, 0, .max])]) { try $0.int(0) })
            }
            #expect(texts == elements)
            #expect(numbers == [.min, 0, .max])
        }
    }

    @Test("a refused statement is a server error with its SQLSTATE, and the connection goes on")
    func serverErrors() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            let division = await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT 1 / $1::int", [.integer(0)]) { try $0.int(0) } }
            }
            #expect(division?.sqlState == "22012" && division?.kind == .server)
            let unique = await #expect(throws: PostgresError.self) {
                try await pool.withConnection { db in
                    try db.execute("CREATE TABLE u (k int PRIMARY KEY); INSERT INTO u VALUES (1)")
                    try db.run("INSERT INTO u VALUES ($1)", [.integer(1)])
                }
            }
            #expect(unique?.sqlState == "23505" && unique?.kind == .server)
            #expect(unique?.message.contains("already exists") == true, "the detail is part of the message")
            let count = try await pool.withConnection { try $0.query("SELECT count(*) FROM u") { try $0.int(0) } }
            #expect(count == [1])
        }
    }

    @Test("text PostgreSQL cannot hold, NULL where a value is needed, text of another type: errors, not traps")
    func clientErrors() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            let nul = await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.run("SELECT $1::text", [.text("a\u{0}b")]) }
            }
            #expect(nul?.kind == .client && nul?.message.contains("NUL") == true)
            let null = await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT NULL::text AS nothing") { try $0.text(0) } }
            }
            #expect(null?.message.contains("nothing") == true)
            await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT 'abc'") { try $0.int(0) } }
            }
            await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT 'maybe'") { try $0.bool(0) } }
            }
            await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT 1") { try $0.text(5) } }
            }
            let fine = try await pool.withConnection { try $0.query("SELECT $1::text", [.text("still fine")]) { try $0.text(0) } }
            #expect(fine == ["still fine"])
        }
    }

    @Test("a transaction that throws leaves nothing behind; the connection is idle again")
    func rollback() async throws {
        struct Stop: Error {}
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            try await pool.withConnection { try $0.execute("CREATE TABLE t (a int)") }
            await #expect(throws: Stop.self) {
                try await pool.withConnection { db in
                    try db.transaction {
                        try db.run("INSERT INTO t VALUES ($1)", [.integer(1)])
                        throw Stop()
                    }
                }
            }
            let (count, idle) = try await pool.withConnection { db in
                (try db.query("SELECT count(*) FROM t") { try $0.int(0) }.first, db.isIdle)
            }
            #expect(count == 0 && idle)
        }
    }

    @Test("a serialization failure or a deadlock runs the whole transaction again; other errors do not",
          arguments: [("40001", 2), ("40P01", 2), ("22012", 1)])
    func retries(state: String, expectedAttempts: Int) async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            let attempts = Attempts()
            var succeeded = true
            do {
                try await pool.withConnection { db in
                    try db.execute("CREATE TABLE IF NOT EXISTS t (a int)")
                    try db.transaction {
                        let attempt = attempts.next()
                        try db.run("INSERT INTO t VALUES ($1)", [.integer(Int64(attempt))])
                        if attempt == 1 {
                            // The server itself raises the SQLSTATE, as it would for a real conflict.
                            try db.execute("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '\(state)'; END $$")
                        }
                    }
                }
            } catch {
                succeeded = false
            }
            #expect(attempts.count == expectedAttempts)
            let rows = try await pool.withConnection { try $0.query("SELECT a FROM t") { try $0.int(0) } }
            #expect(succeeded == (expectedAttempts == 2))
            #expect(rows == (expectedAttempts == 2 ? [2] : []), "the first attempt was rolled back")
        }
    }

    /// Counts the runs of a transaction body.
    final class Attempts: Sendable {
        private let counter = Mutex(0)
        var count: Int { counter.withLock { $0 } }
        func next() -> Int { counter.withLock { $0 += 1; return $0 } }
    }

    @Test("the pool never opens more connections than its size, and every job gets one")
    func bounded() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url, size: 3)
            let pids = try await withThrowingTaskGroup(of: Int32.self) { group in
                for _ in 0..<30 {
                    group.addTask { try await pool.withConnection { db in _ = try db.query("SELECT pg_sleep(0.01)") { _ in 0 }; return db.backendPID } }
                }
                return try await group.reduce(into: [Int32]()) { $0.append($1) }
            }
            #expect(pids.count == 30)
            #expect(Set(pids).count <= 3)
            #expect(pool.peakInUse <= 3)
        }
    }

    @Test("a connection the server ended while idle is replaced before the next job, which is served")
    func reconnectsBeforeTheJob() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            let before = try await pool.withConnection { $0.backendPID }
            let killed = try await self.pool(url).withConnection { db in
                try db.query("SELECT pg_terminate_backend($1, 5000)", [.integer(Int64(before))]) { try $0.bool(0) }
            }
            #expect(killed == [true])
            let (one, after) = try await pool.withConnection { db in (try db.query("SELECT 1") { try $0.int(0) }, db.backendPID) }
            #expect(one == [1])
            #expect(after != before)
        }
    }

    @Test("a connection the server ends during a job fails it as a connection error, and the next job reconnects")
    func reconnectsAfterTheJob() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            let before = try await pool.withConnection { $0.backendPID }
            let lost = await #expect(throws: PostgresError.self) {
                try await pool.withConnection { try $0.query("SELECT pg_terminate_backend(pg_backend_pid())") { try $0.bool(0) } }
            }
            #expect(lost?.kind == .connection)
            let after = try await pool.withConnection { $0.backendPID }
            #expect(after != before)
        }
    }

    /// Three steps whose second would fail, or whose third would count twice, if a step ran twice.
    static let migrator = PostgresMigrator(domain: "test", migrations: [
        .init(version: 1, sql: "CREATE TABLE m (a int)"),
        .init(version: 2, sql: "INSERT INTO m VALUES (1); INSERT INTO m VALUES (2)"),
        .init(version: 3, sql: "ALTER TABLE m ADD COLUMN b int; CREATE TABLE n (a int PRIMARY KEY)"),
    ])

    @Test("servers migrating one database at once take turns: every step runs once")
    func concurrentMigrations() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let versions = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await self.pool(url).withConnection { try Self.migrator.migrate($0) } }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(versions == [3, 3, 3, 3])
            let (rows, steps) = try await pool(url).withConnection { db in
                (try db.query("SELECT count(*) FROM m") { try $0.int(0) }.first,
                 try db.query("SELECT version FROM schema_migrations WHERE domain = 'test' ORDER BY version") { try $0.int(0) })
            }
            #expect(rows == 2)
            #expect(steps == [1, 2, 3])
            let again = try await pool(url).withConnection { try Self.migrator.migrate($0) }
            #expect(again == 3)
        }
    }

    @Test("a database migrated further than this build knows is refused, unchanged, naming both versions")
    func newerDatabase() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = pool(url)
            _ = try await pool.withConnection { try Self.migrator.migrate($0) }
            let older = PostgresMigrator(domain: "test", migrations: Array(Self.migrator.migrations.prefix(2)))
            let refusal = await #expect(throws: ConfigurationError.self) { try await pool.withConnection { try older.migrate($0) } }
            #expect(refusal?.message.contains("version 3") == true && refusal?.message.contains("(2)") == true)
            let version = try await pool.withConnection { try Self.migrator.version($0) }
            #expect(version == 3)
            // The lock was let go: another migration goes ahead.
            let again = try await self.pool(url).withConnection { try Self.migrator.migrate($0) }
            #expect(again == 3)
        }
    }
}
