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

    /// PostgreSQL holds carts and orders so far: the kit's cart, checkout and concurrency cases run
    /// over PostgreSQL carts beside a memory catalog and content.
    @Test("postgres carts", .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable),
          arguments: BackendKit.cases(in: .carts) + BackendKit.cases(in: .checkout) + BackendKit.cases(in: .concurrency))
    func postgresCarts(_ kitCase: BackendKitCase) async throws {
        try await kitCase.run(.postgresCarts)
    }
}

extension BackendFactory {
    /// Fresh in-memory backends.
    static let memory = BackendFactory(name: "memory") { .inMemory() }
    /// Fresh SQLite backends, in a new temporary file each time.
    static let sqlite = BackendFactory(name: "sqlite") { try .sqlite(path: temporaryDatabasePath()) }
    /// PostgreSQL carts in a new schema each time, with a memory catalog and content.
    static let postgresCarts = BackendFactory(name: "postgres") {
        let memory = CommerceBackends.inMemory()
        return CommerceBackends(catalog: memory.catalog, content: memory.content,
                                carts: try PostgresCartBackend(url: try await PostgresTestDatabase.scratchURL()))
    }
}
