import Commerce
import CSQLite
import Foundation

/// `concord restore` for one SQLite file: puts a backup in place of a store that nothing has open.
/// The backup is checked first (`SQLiteStoreCheck`); the store's lock (`SQLiteStoreLock`) is taken
/// exclusive, so a restore fails at once while a server or command has the store open and keeps them
/// out until it is done; the backup is copied to a temporary file next to the target, the old store's
/// WAL is checkpointed into it and its `-wal`, `-shm` and `-journal` files removed (a stale WAL would
/// be replayed into the new file), and the copy is renamed over the target. At every moment the target
/// is either the whole old store or the whole backup.
public struct SQLiteRestore: Sendable {
    /// What one restore did.
    public struct Report: Sendable, CustomStringConvertible {
        /// The backup.
        public var source: String
        /// The store replaced.
        public var target: String
        /// Pages copied.
        public var pages: Int
        /// How long it took, in seconds.
        public var seconds: Double
        /// The schema version of each domain restored.
        public var versions: [(domain: BackendConfiguration.Domain, version: Int)]

        /// `restore: backup.db → concord.db, 123 pages, 0.12 s, schema catalog 4, content 2, carts 3`.
        public var description: String {
            let schema = versions.map { "\($0.domain) \($0.version)" }.joined(separator: ", ")
            return "restore: \(source) → \(target), \(pages) pages, \(String(format: "%.2f", seconds)) s, schema \(schema)"
        }
    }

    /// The backup to put back.
    public var source: String
    /// The store it replaces (created when missing).
    public var target: String
    /// The domains the target serves: the backup must hold a schema for each.
    public var domains: [BackendConfiguration.Domain]

    /// A restore of `source` over `target` for `domains`.
    public init(source: String, target: String, domains: [BackendConfiguration.Domain]) {
        self.source = source
        self.target = target
        self.domains = domains
    }

    /// Checks the backup (changing nothing); the versions it holds.
    public func check() throws -> [(domain: BackendConfiguration.Domain, version: Int)] {
        guard !SQLiteReadPool<SQLiteCatalogReader>.isPrivate(target) else {
            throw SQLiteBackupError("an in-memory or temporary database has no file to restore into")
        }
        return try SQLiteStoreCheck.verify(source, domains: domains)
    }

    /// Restores. Blocks: call it from a thread of its own, not from Swift's cooperative pool.
    public func run() throws -> Report {
        let started = Date()
        let versions = try check()
        let lock: SQLiteStoreLock
        do { lock = try SQLiteStoreLock.exclusive(target) } catch let error as SQLiteStoreLock.Unavailable {
            throw SQLiteBackupError(error.isHeld ? "\(error.message); stop it before restoring" : error.message)
        }
        defer { withExtendedLifetime(lock) {} }
        let replacement = FileReplacement(target: target, word: "restore")
        replacement.removeTemporary()
        do {
            let pages = try SQLiteBackup.copy(source, into: replacement.temporary, pagesPerStep: 1024, sourceIsLive: false)
            if FileManager.default.fileExists(atPath: target) {
                // Everything the old store committed into its main file, so that removing its WAL loses
                // nothing should the rename below fail.
                _ = try? SQLiteFile(path: target, mode: .existing).texts("PRAGMA wal_checkpoint(TRUNCATE)")
            }
            for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: target + suffix) {
                do { try FileManager.default.removeItem(atPath: target + suffix) } catch {
                    throw SQLiteBackupError("cannot remove \(target + suffix): \(error.localizedDescription)")
                }
            }
            try replacement.commit()
            return Report(source: source, target: target, pages: pages, seconds: Date().timeIntervalSince(started), versions: versions)
        } catch {
            replacement.removeTemporary()
            throw error
        }
    }
}
