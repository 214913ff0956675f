import CommerceBackendTesting
import Testing
@testable import Commerce
@testable import CommerceMemory
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
}

extension BackendFactory {
    /// Fresh in-memory backends.
    static let memory = BackendFactory(name: "memory") { .inMemory() }
    /// Fresh SQLite backends, in a new temporary file each time.
    static let sqlite = BackendFactory(name: "sqlite") { try .sqlite(path: temporaryDatabasePath()) }
}
