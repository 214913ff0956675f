import Commerce

/// Hands out new row ids inside one write transaction, never one handed out before: the
/// `id_sequences` table keeps the highest id each table gave, so a dropped variant's, image's or
/// module's id is not given again (a cart line, an order or a reservation may still hold it).
/// A table without a row yet starts one past its largest stored id.
struct SQLiteIDCounter {
    /// The table the counters live in, created by the catalog's and content's migrations (both, as
    /// either may be alone in its file).
    static let sequencesTable = """
        CREATE TABLE IF NOT EXISTS id_sequences (
            name TEXT PRIMARY KEY,
            last INTEGER NOT NULL);
        """

    /// A new id for a row of `table` (a constant name), counted on `db`, which holds the write lock.
    func newID(on db: SQLiteConnection, in table: String) throws -> Int64 {
        let stored = "(SELECT COALESCE(MAX(id), 0) FROM \(table))"
        if let id = try db.query("UPDATE id_sequences SET last = MAX(last, \(stored)) + 1 WHERE name = ? RETURNING last",
                                 [.text(table)], row: { $0.int(0) }).first {
            return id
        }
        return try db.query("INSERT INTO id_sequences (name, last) VALUES (?, \(stored) + 1) RETURNING last",
                            [.text(table)], row: { $0.int(0) }).first ?? 1
    }
}
