import CPostgres

/// One row of a result, read by column index in the text form the server sent. Valid only inside the
/// closure it is handed to. A NULL where a value is required, or text that is not of the type asked for,
/// throws a `PostgresError` of kind `.client` instead of trapping.
struct PostgresRow {
    /// The result (`PGresult *`) the row belongs to.
    let result: OpaquePointer
    /// The row's index in the result.
    let index: Int32
    /// libpq's functions, the connection's.
    let libpq: CPostgresLibrary

    /// Whether the column holds NULL.
    func isNull(_ column: Int32) -> Bool {
        libpq.PQgetisnull(result, index, column) != 0
    }

    /// The column's text, or nil for NULL.
    func optionalText(_ column: Int32) throws -> String? {
        guard column >= 0, column < libpq.PQnfields(result) else {
            throw PostgresError(.client, message: "The result has no column \(column).")
        }
        guard !isNull(column), let value = libpq.PQgetvalue(result, index, column) else { return nil }
        return String(cString: value)
    }

    /// The column's text; NULL throws.
    func text(_ column: Int32) throws -> String {
        guard let text = try optionalText(column) else { throw nullError(column) }
        return text
    }

    /// The column as a whole number, or nil for NULL.
    func optionalInt(_ column: Int32) throws -> Int64? {
        guard let text = try optionalText(column) else { return nil }
        guard let number = Int64(text) else { throw typeError(column, text, "a whole number") }
        return number
    }

    /// The column as a whole number; NULL throws.
    func int(_ column: Int32) throws -> Int64 {
        guard let number = try optionalInt(column) else { throw nullError(column) }
        return number
    }

    /// The column as a real number (`float8`); NULL throws.
    func double(_ column: Int32) throws -> Double {
        let text = try text(column)
        guard let number = Double(text) else { throw typeError(column, text, "a real number") }
        return number
    }

    /// The column as whole numbers, from a `bigint[]` without NULL elements; NULL throws.
    func integers(_ column: Int32) throws -> [Int64] {
        let text = try text(column)
        guard text.hasPrefix("{"), text.hasSuffix("}") else { throw typeError(column, text, "an array of whole numbers") }
        let inner = text.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        return try inner.split(separator: ",", omittingEmptySubsequences: false).map { element in
            guard let number = Int64(element) else { throw typeError(column, text, "an array of whole numbers") }
            return number
        }
    }

    /// The column as a truth value (`boolean`); NULL throws.
    func bool(_ column: Int32) throws -> Bool {
        switch try text(column) {
        case "t": return true
        case "f": return false
        case let other: throw typeError(column, other, "a boolean")
        }
    }

    /// The column's name, for messages.
    func name(_ column: Int32) -> String {
        libpq.PQfname(result, column).map { String(cString: $0) } ?? String(column)
    }

    private func nullError(_ column: Int32) -> PostgresError {
        PostgresError(.client, message: "The column \(name(column)) is NULL where a value is required.")
    }

    private func typeError(_ column: Int32, _ text: String, _ expected: String) -> PostgresError {
        PostgresError(.client, message: "The column \(name(column)) holds \"\(text.prefix(40))\", not \(expected).")
    }
}
