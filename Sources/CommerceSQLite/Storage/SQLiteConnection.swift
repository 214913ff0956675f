import Commerce
import CSQLite
import Foundation

/// One connection to a SQLite database, configured for a server: WAL journal, a busy timeout,
/// foreign keys, and a cache of prepared statements reused by SQL text.
///
/// Not thread-safe: each connection is used by one queue only, the writer by its backend actor's
/// queue and each reader of a `SQLiteReadPool` by the pool slot's own queue.
public final class SQLiteConnection {
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens (creating if needed) the database at `path`; ":memory:" opens a private in-memory database.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, handle != nil else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: "\(message) (\(path))")
        }
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        for statement in statements.values { statement.finalize() }
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows (one or more statements), without caching.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw SQLiteError(code: status, message: message)
        }
    }

    /// The prepared statement for `sql`, from the cache when it was prepared before; reset and unbound.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        if let cached = statements[sql] {
            cached.reset()
            return cached
        }
        var pointer: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard status == SQLITE_OK, let pointer else { throw lastError(status, sql: sql) }
        let statement = SQLiteStatement(pointer, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Runs `sql` with `bindings` and returns every row, each read by `row`.
    public func query<T>(_ sql: String, _ bindings: [SQLiteValue] = [], row: (SQLiteRow) throws -> T) throws -> [T] {
        let statement = try prepare(sql)
        defer { statement.reset() }
        try statement.bind(bindings)
        var results: [T] = []
        while try statement.step() { results.append(try row(SQLiteRow(statement: statement))) }
        return results
    }

    /// Runs `sql` with `bindings`, ignoring rows; returns the number of rows changed.
    @discardableResult
    public func run(_ sql: String, _ bindings: [SQLiteValue] = []) throws -> Int {
        let statement = try prepare(sql)
        defer { statement.reset() }
        try statement.bind(bindings)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// The rowid of the last insert.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` in a transaction that takes the write lock at once (BEGIN IMMEDIATE), so concurrent
    /// writers from other connections queue on the busy timeout instead of failing mid-way.
    /// Commits when `body` returns, rolls back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one read transaction (a deferred BEGIN, ended when `body` returns or throws): its
    /// statements all see one snapshot of the database, and no snapshot outlives the call.
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// Statements prepared so far (for tests of statement reuse).
    public var preparedStatementCount: Int { statements.count }

    func lastError(_ status: Int32, sql: String? = nil) -> SQLiteError {
        let message = String(cString: sqlite3_errmsg(handle))
        return SQLiteError(code: status, message: sql.map { "\(message) in \($0)" } ?? message)
    }
}
