import Commerce
import CSQLite

/// A value bound to a statement parameter or read from a column.
public enum SQLiteValue: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null

    /// An optional text, null when nil.
    public static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
    /// An optional integer, null when nil.
    public static func integer(_ value: Int64?) -> SQLiteValue { value.map { .integer($0) } ?? .null }
}

/// A prepared statement, owned and cached by its connection.
public final class SQLiteStatement {
    private let pointer: OpaquePointer
    private unowned let connection: SQLiteConnection

    init(_ pointer: OpaquePointer, connection: SQLiteConnection) {
        self.pointer = pointer
        self.connection = connection
    }

    /// Binds parameters by position (1-based in SQL, in order here).
    func bind(_ values: [SQLiteValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let number): status = sqlite3_bind_int64(pointer, index, number)
            case .real(let number): status = sqlite3_bind_double(pointer, index, number)
            case .text(let text): status = sqlite3_bind_text(pointer, index, text, -1, sqliteTransient)
            case .null: status = sqlite3_bind_null(pointer, index)
            }
            guard status == SQLITE_OK else { throw connection.lastError(status) }
        }
    }

    /// Advances to the next row; false when done.
    func step() throws -> Bool {
        let status = sqlite3_step(pointer)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.lastError(status, sql: sqlite3_sql(pointer).map { String(cString: $0) })
        }
    }

    /// Resets for reuse and clears bindings.
    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    func finalize() { sqlite3_finalize(pointer) }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(pointer, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(pointer, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(pointer, column) == SQLITE_NULL }
    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(pointer, column) else { return "" }
        return String(cString: bytes)
    }
}

/// The current row of a statement, read by column index.
public struct SQLiteRow {
    let statement: SQLiteStatement

    /// An integer column.
    public func int(_ column: Int32) -> Int64 { statement.int64(column) }
    /// An integer column that may be null.
    public func optionalInt(_ column: Int32) -> Int64? { statement.isNull(column) ? nil : statement.int64(column) }
    /// A real column.
    public func double(_ column: Int32) -> Double { statement.double(column) }
    /// A text column ("" for null).
    public func text(_ column: Int32) -> String { statement.text(column) }
    /// A text column that may be null.
    public func optionalText(_ column: Int32) -> String? { statement.isNull(column) ? nil : statement.text(column) }
}

/// SQLite's SQLITE_TRANSIENT: copy the bound bytes.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
