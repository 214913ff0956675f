import Commerce
import CSQLite
import Foundation

extension SQLiteFile {
    /// How long `copy` waits in all for a source or copy that stays busy or locked.
    static let busyLimit: TimeInterval = 30

    /// Copies this database into `destination` with SQLite's online backup API, `pagesPerStep` pages
    /// at a time; returns the number of pages copied. The copy is the database as it was when the copy
    /// began: one read transaction on this connection spans every step, so writers on other
    /// connections go on (WAL) without restarting the copy, and none of their later commits gets in.
    /// A step that meets a busy or locked database sleeps and tries again.
    func copy(into destination: SQLiteFile, pagesPerStep: Int32) throws -> Int {
        try texts("BEGIN")
        defer { _ = try? texts("COMMIT") }
        // The read transaction starts with the first read; this also fails clearly on a file that is
        // not a database.
        try texts("SELECT count(*) FROM sqlite_schema")
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(sqlite3_errcode(destination.handle))
        }
        var finished = false
        defer { if !finished { sqlite3_backup_finish(backup) } }
        var waitingSince: Date?
        while true {
            let status = sqlite3_backup_step(backup, pagesPerStep)
            if status == SQLITE_DONE { break }
            switch status {
            case SQLITE_OK:
                waitingSince = nil
                sched_yield()
            case SQLITE_BUSY, SQLITE_LOCKED:
                let since = waitingSince ?? Date()
                waitingSince = since
                guard Date().timeIntervalSince(since) < Self.busyLimit else {
                    throw SQLiteError(code: status, message: "\(path) stayed busy for \(Int(Self.busyLimit)) s; the copy gave up")
                }
                usleep(10_000)
            default:
                // The backup API leaves its errors on the copy's connection.
                throw destination.error(status)
            }
        }
        let pages = Int(sqlite3_backup_pagecount(backup))
        finished = true
        let status = sqlite3_backup_finish(backup)
        guard status == SQLITE_OK else { throw destination.error(status) }
        return pages
    }
}
