import Foundation
import Synchronization
import Testing
@testable import Commerce
@testable import CommercePostgres

/// The PostgreSQL server the PostgreSQL tests run against: `CONCORD_TEST_POSTGRES_URL`, any libpq
/// connection string (`.ci/run` starts a throwaway cluster and sets it). Each test works in a schema of
/// its own, made for it and dropped after it, so tests never see each other's tables.
///
/// The one place that knows how to get a fresh PostgreSQL store: a `BackendFactory` for the backend kit
/// makes its backends on `scratchURL()`.
enum PostgresTestDatabase {
    /// The environment variable that turns the PostgreSQL tests on.
    static let variable = "CONCORD_TEST_POSTGRES_URL"

    /// The server's connection string, when the tests are on.
    static let url: String? = ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }

    /// How to turn the tests on, shown beside each skipped one.
    static let howToEnable: Comment = "PostgreSQL tests are off: set CONCORD_TEST_POSTGRES_URL to a libpq connection string (README, \"PostgreSQL\")."

    /// Whether the PostgreSQL tests run; says once, on standard output, how to turn them on when they do not.
    static let isEnabled: Bool = {
        if url == nil {
            print("PostgreSQL tests skipped: set \(variable)=postgresql:///DB?host=SOCKETDIR&port=PORT (see README, \"PostgreSQL\") to run them.")
        }
        return url != nil
    }()

    /// `connectionString` with its search path set to `schema`, so that every table it creates and
    /// reads lives there. Works on both forms of a libpq connection string.
    static func connectionString(_ connectionString: String, searchPath schema: String) -> String {
        if connectionString.hasPrefix("postgresql://") || connectionString.hasPrefix("postgres://") {
            let separator = connectionString.contains("?") ? "&" : "?"
            return connectionString + separator + "options=-csearch_path%3D" + schema
        }
        return connectionString + " options='-csearch_path=\(schema)'"
    }

    /// `connectionString` with the libpq setting `key` set to `value` (a later setting wins), on both
    /// forms of a connection string; `value` is plain (letters, digits, `_`, `-`).
    static func connectionString(_ connectionString: String, setting key: String, to value: String) -> String {
        if connectionString.hasPrefix("postgresql://") || connectionString.hasPrefix("postgres://") {
            return connectionString + (connectionString.contains("?") ? "&" : "?") + "\(key)=\(value)"
        }
        return connectionString + " \(key)='\(value)'"
    }

    /// Runs `body` with a connection string whose search path is a new, empty schema, and drops the
    /// schema afterwards, whether `body` throws or not.
    static func withSchema<T>(_ body: (_ url: String) async throws -> T) async throws -> T {
        let (admin, schema) = try await createSchema()
        do {
            let result = try await body(try connectionString(server(), searchPath: schema))
            try await drop(schema, admin)
            return result
        } catch {
            try? await drop(schema, admin)
            throw error
        }
    }

    /// A connection string whose search path is a new, empty schema, dropped when the test process
    /// exits (for factories, which have no end of their own).
    static func scratchURL() async throws -> String {
        let (_, schema) = try await createSchema()
        remember(schema)
        return connectionString(try server(), searchPath: schema)
    }

    /// Drops `schema` when the test process exits.
    private static func remember(_ schema: String) {
        scratchSchemas.withLock { schemas in
            if schemas.isEmpty { atexit { PostgresTestDatabase.dropScratchSchemas() } }
            schemas.append(schema)
        }
    }

    /// A schema name no other test uses.
    private static func newSchemaName() -> String {
        "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// The catalog, content and carts on the schema of `url`, their tables made there, all three on
    /// one pool of `poolSize` connections (so that the tests, which run at once, stay within the
    /// server's connection limit).
    /// Connecting and migrating block (migrations wait for each other on an advisory lock), so they
    /// run on a thread of their own: on Swift's cooperative pool, a few tests waiting there would
    /// starve every other test of the process.
    static func backends(on url: String, poolSize: Int = 3) async throws -> CommerceBackends {
        try await offPool {
            let pool = try PostgresPool.migrated(url, PostgresSchemas.migrators, size: poolSize, label: "concord.test.backends")
            return CommerceBackends(catalog: PostgresCatalogBackend(pool: pool), content: PostgresContentBackend(pool: pool),
                                    carts: PostgresCartBackend(pool: pool))
        }
    }

    /// Runs blocking work (libpq calls) on a thread of its own, never on Swift's cooperative pool.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    /// The schemas `scratchURL()` made.
    private static let scratchSchemas = Mutex<[String]>([])

    private static func server() throws -> String {
        guard let url else { throw PostgresError(.client, message: howToEnable.rawValue) }
        return url
    }

    private static func createSchema() async throws -> (PostgresPool, String) {
        let admin = PostgresPool(connectionString: try server(), size: 1, label: "concord.test.admin")
        let schema = newSchemaName()
        try await admin.withConnection { try $0.execute("CREATE SCHEMA \(schema)") }
        return (admin, schema)
    }

    private static func drop(_ schema: String, _ admin: PostgresPool) async throws {
        try await admin.withConnection { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
    }

    private static func dropScratchSchemas() {
        guard let url, let admin = try? PostgresConnection(connectionString: url) else { return }
        for schema in scratchSchemas.withLock({ $0 }) {
            try? admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
        }
    }
}
