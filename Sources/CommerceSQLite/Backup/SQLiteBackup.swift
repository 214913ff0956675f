import Commerce
import CSQLite
import Foundation

/// `concord backup` for one SQLite file: a consistent copy of a live store, made with SQLite's online
/// backup API while servers keep reading and writing it. The copy holds every transaction committed
/// before the backup began and none after; it is written to a temporary file next to the destination,
/// checked with `PRAGMA integrity_check`, and renamed into place, so the destination is never half
/// written. The copy is one self-contained file (rollback journal mode, no `-wal`); a server opening it
/// switches it to WAL as it does any store.
public struct SQLiteBackup: Sendable {
    /// What one backup did.
    public struct Report: Sendable, CustomStringConvertible {
        /// The live database.
        public var source: String
        /// The copy.
        public var destination: String
        /// Pages copied.
        public var pages: Int
        /// How long the copy took, in seconds.
        public var seconds: Double

        /// `backup: concord.db → backup.db, 123 pages, 0.41 s, integrity ok`.
        public var description: String {
            "backup: \(source) → \(destination), \(pages) pages, \(String(format: "%.2f", seconds)) s, integrity ok"
        }
    }

    /// The live database.
    public var source: String
    /// Where the copy goes.
    public var destination: String
    /// Whether an existing destination may be replaced (`--force`).
    public var overwrite: Bool
    /// Pages copied per step of the backup API.
    public var pagesPerStep: Int32

    /// A backup of `source` into `destination`.
    public init(source: String, destination: String, overwrite: Bool = false, pagesPerStep: Int32 = 256) {
        self.source = source
        self.destination = destination
        self.overwrite = overwrite
        self.pagesPerStep = pagesPerStep
    }

    /// Makes the copy. Blocks while it copies: call it from a thread of its own, not from Swift's
    /// cooperative pool.
    public func run() throws -> Report {
        let started = Date()
        guard !SQLiteReadPool<SQLiteCatalogReader>.isPrivate(source) else {
            throw SQLiteBackupError("\(source.isEmpty ? "a temporary" : "an in-memory") database has no file to back up")
        }
        guard FileManager.default.fileExists(atPath: source) else { throw SQLiteBackupError("\(source) does not exist") }
        let sameFile = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath()
        guard !sameFile else { throw SQLiteBackupError("\(destination) is the live database itself; back it up to another file") }
        if !overwrite, FileManager.default.fileExists(atPath: destination) {
            throw SQLiteBackupError("\(destination) exists; pass --force to replace it")
        }
        let replacement = FileReplacement(target: destination, word: "backup")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: replacement.folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SQLiteBackupError("the folder \(replacement.folder) for \(destination) does not exist")
        }
        replacement.removeTemporary()
        do {
            let pages = try Self.copy(source, into: replacement.temporary, pagesPerStep: pagesPerStep, sourceIsLive: true)
            try replacement.commit()
            return Report(source: source, destination: destination, pages: pages, seconds: Date().timeIntervalSince(started))
        } catch {
            replacement.removeTemporary()
            throw error
        }
    }

    /// Copies the database at `source` into a new file at `path` (a temporary file), checks the copy
    /// and leaves it closed, in rollback journal mode; returns the pages copied.
    /// The source is opened read-write when `sourceIsLive` (a store: its WAL is folded back when
    /// the last connection closes), read-only otherwise (a backup being restored: left as it is).
    static func copy(_ source: String, into path: String, pagesPerStep: Int32, sourceIsLive: Bool) throws -> Int {
        let pages: Int
        do {
            let live = try SQLiteFile(path: source, mode: sourceIsLive ? .existing : .readOnly)
            let copy = try SQLiteFile(path: path, mode: .create)
            pages = try live.copy(into: copy, pagesPerStep: pagesPerStep)
            try copy.texts("PRAGMA journal_mode = DELETE")
            if let problems = try copy.integrityProblems() {
                throw SQLiteBackupError("the copy of \(source) fails PRAGMA integrity_check: \(problems)")
            }
        } catch let error as SQLiteError where error.code == SQLITE_NOTADB {
            throw SQLiteBackupError("\(source) is not a SQLite database")
        }
        return pages
    }
}
