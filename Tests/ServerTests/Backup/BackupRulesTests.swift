import ConcordServer
import Commerce
import CommerceSQLite
import Foundation
import Testing

/// The rules under `concord backup` and `concord restore`: the store lock, the copies' names when the
/// domains are in several files, and the schema versions a restore accepts.
struct BackupRulesTests {
    @Test func storeLockIsSharedByServersAndExclusiveForARestore() throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let database = shop.path("shop.db")
        var first: SQLiteStoreLock? = try SQLiteStoreLock.shared(database)
        var second: SQLiteStoreLock? = try SQLiteStoreLock.shared(database)
        #expect(first != nil && second != nil)
        #expect(throws: SQLiteStoreLock.Unavailable.self) { try SQLiteStoreLock.exclusive(database) }
        first = nil
        #expect(throws: SQLiteStoreLock.Unavailable.self) { try SQLiteStoreLock.exclusive(database) }
        second = nil
        withExtendedLifetime((first, second)) {}
        var restore: SQLiteStoreLock? = try SQLiteStoreLock.exclusive(database)
        #expect(throws: SQLiteStoreLock.Unavailable.self) { try SQLiteStoreLock.shared(database) }
        #expect(throws: SQLiteStoreLock.Unavailable.self) { try SQLiteCartBackend(path: database) }
        restore = nil
        withExtendedLifetime(restore) {}
        _ = try SQLiteCartBackend(path: database)
        #expect(try SQLiteStoreLock.shared(":memory:") == nil)
    }

    @Test func severalFilesGetOneCopyEachNamedByTheirDomains() {
        let configuration = BackendConfiguration(
            catalog: .init(backend: "sqlite", options: ["path": "shop.db"]), content: .init(backend: "sqlite", options: ["path": "shop.db"]),
            carts: .init(backend: "sqlite", options: ["path": "carts.db"]))
        let plan = StoreBackupPlan(configuration: configuration, copy: "backups/monday.db")
        #expect(plan.files.map(\.copy) == ["backups/monday-catalog-content.db", "backups/monday-carts.db"])
        #expect(plan.files.map(\.store) == ["shop.db", "carts.db"])
        #expect(StoreBackupPlan(configuration: .sqlite(path: "shop.db"), copy: "monday.db").files.map(\.copy) == ["monday.db"])
        #expect(StoreBackupPlan.copyName("backup", domains: [.carts]) == "backup-carts")
    }

    @Test func restoreRefusesASchemaNewerThanThisBuild() throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let newer = shop.path("newer.db")
        do {
            _ = try SQLiteCartBackend(path: newer)
            let connection = try SQLiteConnection(path: newer)
            try connection.execute("INSERT INTO schema_migrations (domain, version, applied_at) VALUES ('carts', 99, 0)")
        }
        let known = try #require(SQLiteStoreCheck.knownVersions[.carts])
        #expect(try SQLiteStoreCheck.verify(shop.path("newer.db"), domains: []).isEmpty)
        let error = #expect(throws: SQLiteBackupError.self) {
            try SQLiteRestore(source: newer, target: shop.path("shop.db"), domains: [.carts]).check()
        }
        #expect(error?.message.contains("carts schema at version 99, newer than this build knows (\(known))") == true)
        let partial = #expect(throws: SQLiteBackupError.self) {
            try SQLiteRestore(source: newer, target: shop.path("shop.db"), domains: [.catalog, .carts]).check()
        }
        #expect(partial?.message.contains("holds no catalog schema") == true)
    }
}
