extension PostgresValue {
    /// A `text[]` parameter (cast it: `$1::text[]`), each element quoted, so no element can end the array.
    static func textArray(_ elements: [String]) -> PostgresValue {
        .text("{" + elements.map(quoted).joined(separator: ",") + "}")
    }

    /// A `text[]` parameter whose nil elements are NULL.
    static func nullableTextArray(_ elements: [String?]) -> PostgresValue {
        .text("{" + elements.map { $0.map(quoted) ?? "NULL" }.joined(separator: ",") + "}")
    }

    /// A `bigint[]` parameter (cast it: `$1::bigint[]`).
    static func integerArray(_ elements: [Int64]) -> PostgresValue {
        .text("{" + elements.map { String($0) }.joined(separator: ",") + "}")
    }

    /// A `bigint[]` parameter whose nil elements are NULL.
    static func nullableIntegerArray(_ elements: [Int64?]) -> PostgresValue {
        .text("{" + elements.map { $0.map { String($0) } ?? "NULL" }.joined(separator: ",") + "}")
    }

    /// An array element in double quotes, its backslashes and double quotes escaped.
    private static func quoted(_ element: String) -> String {
        var result = "\""
        for character in element.unicodeScalars {
            if character == "\\" || character == "\"" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(character)
        }
        return result + "\""
    }
}
