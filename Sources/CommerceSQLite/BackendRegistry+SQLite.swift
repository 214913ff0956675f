import Commerce
import Foundation

extension BackendRegistry {
    /// Registers `sqlite` for every domain: option `path` (required), and `readers` for the catalog
    /// and content (read connections from 1 to 64, one per core by default). A store is new when
    /// its file does not exist yet; migrating one creates the file if need be; a new store's file (with
    /// its `-wal`, `-shm` and `.lock` files) is removed again when the other backends could not be built.
    /// Every SQLite backend holds its store's lock shared while it lives (`SQLiteStoreLock`).
    public mutating func registerSQLite() {
        let fileIsNew: Freshness = { choice in !FileManager.default.fileExists(atPath: choice.options["path"] ?? "") }
        let removeFile: Discard = { choice in
            guard let path = choice.options["path"] else { return }
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let readable: [Option] = [.text("path", required: true), .wholeNumber("readers", in: 1...64)]
        func migration(_ migrator: SQLiteMigrator, _ domain: String) -> Migration {
            { choice, _ in
                let path = try choice.require("path", domain: domain)
                let lock = try SQLiteStoreLock.shared(path)
                defer { withExtendedLifetime(lock) {} }
                let (from, to) = try migrator.apply(try SQLiteConnection(path: path))
                return SchemaMigration(place: "sqlite \(path)", fromVersion: from, toVersion: to)
            }
        }
        registerCatalog("sqlite", options: readable, isNew: fileIsNew,
                        migrate: migration(SQLiteCatalogSchema.migrator, "catalog"), discard: removeFile) { choice, _ in
            try SQLiteCatalogBackend(path: choice.require("path", domain: "catalog"),
                                     readers: choice.integer("readers", domain: "catalog", in: 1...64))
        }
        registerContent("sqlite", options: readable, isNew: fileIsNew,
                        migrate: migration(SQLiteContentBackend.migrator, "content"), discard: removeFile) { choice, configuration in
            try SQLiteContentBackend(path: choice.require("path", domain: "content"), defaultLocale: configuration.defaultLocale,
                                     readers: choice.integer("readers", domain: "content", in: 1...64))
        }
        registerCarts("sqlite", options: [.text("path", required: true)], isNew: fileIsNew,
                      migrate: migration(SQLiteCartBackend.migrator, "carts"), discard: removeFile) { choice, _ in
            try SQLiteCartBackend(path: choice.require("path", domain: "carts"))
        }
    }
}
