import Commerce

/// Hands out new row ids inside one write transaction: one past the largest stored id of a table
/// (what SQLite would give the next row), read once, then one past the last handed out.
struct SQLiteIDCounter {
    private var next: [String: Int64] = [:]

    /// A new id for a row of `table`, read on `db` (which holds the write lock).
    mutating func newID(on db: SQLiteConnection, in table: String) throws -> Int64 {
        let id = try next[table] ?? (db.query("SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)") { $0.int(0) }.first ?? 1)
        next[table] = id + 1
        return id
    }
}
