import CommerceBackendTesting
import Testing
@testable import Commerce
@testable import CommerceMemory
@testable import CommercePostgres
@testable import CommerceSQLite

/// The built-in backends run the backend test kit, each case a test. A new backend does the same in
/// one file: a `BackendFactory` of fresh backends and a `@Test(arguments: BackendKit.cases)`.
@Suite("The backend test kit")
struct BackendKitTests {
    @Test("memory", arguments: BackendKit.cases)
    func memory(_ kitCase: BackendKitCase) async throws {
        try await kitCase.run(.memory)
    }

    @Test("sqlite", arguments: BackendKit.cases)
    func sqlite(_ kitCase: BackendKitCase) async throws {
        try await kitCase.run(.sqlite)
    }

    /// Every domain on PostgreSQL, in a scratch schema of its own per case (CONCORD_TEST_POSTGRES_URL).
    @Test("postgres", .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable),
          arguments: BackendKit.cases)
    func postgres(_ kitCase: BackendKitCase) async throws {
        try await kitCase.run(.postgres)
    }
}

extension BackendFactory {
    /// Fresh in-memory backends.
    static let memory = BackendFactory(name: "memory") { .inMemory() }
    /// Fresh SQLite backends, in a new temporary file each time.
    static let sqlite = BackendFactory(name: "sqlite") { try .sqlite(path: temporaryDatabasePath()) }
    /// The catalog, content and carts on PostgreSQL, together in a new schema each time, on one small
    /// pool (the kit's cases run at once, on one server).
    static let postgres = BackendFactory(name: "postgres") {
        try await PostgresTestDatabase.backends(on: try await PostgresTestDatabase.scratchURL(), poolSize: 4)
    }
}
