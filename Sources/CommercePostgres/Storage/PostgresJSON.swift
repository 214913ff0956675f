import Foundation

/// The JSON kept in `text` columns: sorted keys, so the same data always gives the same text. Free
/// text a buyer typed (an email, a discount code) is stored as JSON, whose escapes carry any character,
/// where PostgreSQL's `text` cannot hold NUL.
enum PostgresJSON {
    /// The value as JSON text.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value JSON text holds.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
