import Commerce
import CSQLite
import Foundation

/// A bare connection for copying and checking whole database files (`SQLiteBackup`, `SQLiteRestore`):
/// none of a server connection's settings (no WAL switch, no statement cache), so opening a file
/// to read it changes nothing in it.
final class SQLiteFile {
    let handle: OpaquePointer
    let path: String

    /// How a file is opened.
    enum Mode {
        /// Read only; the file must exist (a backup being checked or restored).
        case readOnly
        /// Read and write; the file must exist (a live store: closing the last connection folds its
        /// WAL back and removes it, as a server's does).
        case existing
        /// Read and write, created when missing (a copy being made).
        case create
    }

    /// Opens the database at `path`.
    init(path: String, mode: Mode) throws {
        var handle: OpaquePointer?
        let access: Int32
        switch mode {
        case .readOnly: access = SQLITE_OPEN_READONLY
        case .existing: access = SQLITE_OPEN_READWRITE
        case .create: access = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        let flags = access | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: "\(message) (\(path))")
        }
        sqlite3_busy_timeout(handle, 5_000)
        self.handle = handle
        self.path = path
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `sql` and returns the first column of every row as text.
    @discardableResult
    func texts(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        var status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        defer { sqlite3_finalize(statement) }
        var rows: [String] = []
        while true {
            status = sqlite3_step(statement)
            guard status == SQLITE_ROW else { break }
            rows.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
        guard status == SQLITE_DONE else { throw error(status) }
        return rows
    }

    /// `PRAGMA integrity_check`'s answer: nil when it says ok, else its first lines.
    func integrityProblems() throws -> String? {
        let rows = try texts("PRAGMA integrity_check")
        return rows == ["ok"] ? nil : rows.prefix(3).joined(separator: "; ")
    }

    /// The error for `status`, with SQLite's message and the file.
    func error(_ status: Int32) -> SQLiteError {
        SQLiteError(code: status, message: "\(String(cString: sqlite3_errmsg(handle))) (\(path))")
    }
}
