import Foundation

extension PostgresRow {
    /// The column's JSON text (see `PostgresJSON`) decoded with `decoder`; NULL, or JSON that is not
    /// a `T`, throws a `PostgresError` naming the column.
    func json<T: Decodable>(_ type: T.Type, _ column: Int32, decoder: JSONDecoder) throws -> T {
        let text = try text(column)
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw PostgresError(.client, message: "The column \(name(column)) holds JSON that is not \(T.self): \(error)")
        }
    }
}
