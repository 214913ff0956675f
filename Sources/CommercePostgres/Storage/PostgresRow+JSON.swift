import Foundation
import GraphQLCore

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

extension PostgresRow {
    /// The column's JSON text parsed by GraphQLCore's `JSONParser` (no `Decodable` boxing); NULL, or
    /// text that is not JSON, throws a `PostgresError` naming the column.
    func json(_ column: Int32) throws -> JSON {
        let text = try text(column)
        do {
            return try JSONParser.parse(text)
        } catch {
            throw PostgresError(.client, message: "The column \(name(column)) does not hold JSON: \(error)")
        }
    }
}
