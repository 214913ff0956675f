import ConcordServer
import Commerce
import CommerceSQLite
import Foundation
import Testing
import HTTPTestSupport

/// `concord backup` and `concord restore` as an operator runs them, on real processes: a backup
/// never replaces a file without `--force`, a restore never replaces a store a server has open, and
/// a stopped server, restored and started again, serves the backup's data.
@Suite(.serialized)
struct RestoreTests {
    @Test func restoreRefusesWhileServingAndServesTheBackupOnceStopped() async throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let config = try shop.config("live", database: "shop.db")
        var server = try await shop.serve(config, name: "first")
        defer { server.stop() }
        let variant = try await TwoServersTests.firstVariants(port: server.port, count: 1)[0]
        try await TwoServersTests.setStock(variant, to: 100, port: server.port)
        let kept = try await TwoServersTests.createCart(port: server.port, lines: [(variant, 2)])

        let backup = try await shop.concord(["backup", "--config", config.path, "--to", shop.path("backup.db")])
        #expect(backup.status == 0 && backup.output.contains("integrity ok"), "\(backup.output)")
        let again = try await shop.concord(["backup", "--config", config.path, "--to", shop.path("backup.db")])
        #expect(again.status == 1 && again.output.contains("backup.db exists; pass --force to replace it"), "\(again.output)")
        let forced = try await shop.concord(["backup", "--config", config.path, "--to", shop.path("backup.db"), "--force"])
        #expect(forced.status == 0, "\(forced.output)")

        let later = try await TwoServersTests.createCart(port: server.port, lines: [(variant, 3)])
        let refused = try await shop.concord(["restore", "--config", config.path, "--from", shop.path("backup.db")])
        #expect(refused.status == 1 && refused.output.contains("stop it before restoring"), "\(refused.output)")
        #expect(try await TwoServersTests.totalQuantity(later, port: server.port) == 3, "the refused restore changed the store")

        server.stop()
        let restored = try await shop.concord(["restore", "--config", config.path, "--from", shop.path("backup.db")])
        #expect(restored.status == 0 && restored.output.hasPrefix("restore: "), "\(restored.output)")
        #expect(!FileManager.default.fileExists(atPath: shop.path("shop.db-wal")))
        server = try await shop.serve(config, name: "second")
        #expect(try await TwoServersTests.totalQuantity(kept, port: server.port) == 2)
        let answer = try await TwoServersTests.request(port: server.port, "query($id: ID!) { cart(id: $id) { id } }", ["id": later])
        #expect(answer.text.contains("\"cart\":null"), "a cart made after the backup is back: \(answer.text)")
    }

    @Test func restoreRefusesWhatIsNotAConcordStore() async throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let config = try shop.config("live", database: "shop.db")
        let notStore = try SQLiteConnection(path: shop.path("other.db"))
        try notStore.execute("CREATE TABLE t (x)")
        let text = try await shop.concord(["restore", "--config", config.path, "--from", config.path])
        let other = try await shop.concord(["restore", "--config", config.path, "--from", shop.path("other.db")])
        let missing = try await shop.concord(["restore", "--config", config.path, "--from", shop.path("nothing.db")])
        #expect(text.status == 1 && text.output.contains("is not a SQLite database"), "\(text.output)")
        #expect(other.status == 1 && other.output.contains("is not a Concord store"), "\(other.output)")
        #expect(missing.status == 1 && missing.output.contains("nothing.db does not exist"), "\(missing.output)")
        #expect(!FileManager.default.fileExists(atPath: shop.path("shop.db")), "a refused restore made the target")
    }

    @Test func backupOfPostgresDomainsPointsToPgDump() async throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let config = shop.folder.appendingPathComponent("pg.json")
        try Data(#"{"catalog": {"backend": "memory"}, "content": {"backend": "memory"}, "carts": {"backend": "postgres", "url": "postgresql://127.0.0.1:1/none"}}"#.utf8).write(to: config)
        let backup = try await shop.concord(["backup", "--config", config.path, "--to", shop.path("backup.db")])
        #expect(backup.status == 2, "\(backup.output)")
        #expect(backup.output.contains("carts: on PostgreSQL; concord backup copies SQLite stores only: back it up with pg_dump"), "\(backup.output)")
        #expect(backup.output.contains("catalog: memory backend, nothing on disk to back up"), "\(backup.output)")
        let restore = try await shop.concord(["restore", "--config", config.path, "--from", shop.path("backup.db")])
        #expect(restore.status == 2 && restore.output.contains("pg_restore"), "\(restore.output)")
    }
}
