import Commerce
import CSQLite
import GraphQLCore

/// Reads the catalog's JSON columns (tags, options, selected options, a collection's image) with
/// GraphQLCore's byte-level `JSONParser` instead of `JSONDecoder`, which cost an eighth of a
/// collection page's CPU. The columns are written by `SQLiteJSON.encoder()`; anything else is a
/// corrupt database and fails with a `SQLiteError` naming the column.
enum SQLiteJSONColumn {
    /// A JSON array of strings, such as a product's tags.
    static func strings(_ text: String, column: String) throws -> [String] {
        guard case .array(let items) = try parse(text, column: column) else { throw corrupt(column) }
        return try items.map { try string($0, column: column) }
    }

    /// A JSON array of `{"name":…,"values":[…]}`.
    static func options(_ text: String, column: String) throws -> [ProductOption] {
        guard case .array(let items) = try parse(text, column: column) else { throw corrupt(column) }
        return try items.map { item in
            guard case .object(let object) = item, let name = object["name"],
                  case .array(let values)? = object["values"] else { throw corrupt(column) }
            return ProductOption(name: try string(name, column: column),
                                 values: try values.map { try string($0, column: column) })
        }
    }

    /// A JSON array of `{"name":…,"value":…}`.
    static func selectedOptions(_ text: String, column: String) throws -> [SelectedOption] {
        guard case .array(let items) = try parse(text, column: column) else { throw corrupt(column) }
        return try items.map { item in
            guard case .object(let object) = item, let name = object["name"], let value = object["value"] else {
                throw corrupt(column)
            }
            return SelectedOption(name: try string(name, column: column), value: try string(value, column: column))
        }
    }

    /// A JSON image object `{"altText"?, "height"?, "id"?, "url", "width"?}`.
    static func image(_ text: String, column: String) throws -> Image {
        guard case .object(let object) = try parse(text, column: column), let url = object["url"] else {
            throw corrupt(column)
        }
        return Image(id: try optionalInt(object["id"], column: column).map(Int64.init),
                     url: try string(url, column: column),
                     altText: try object["altText"].flatMap { $0.isNull ? nil : try string($0, column: column) },
                     width: try optionalInt(object["width"], column: column),
                     height: try optionalInt(object["height"], column: column))
    }

    private static func parse(_ text: String, column: String) throws -> JSON {
        do { return try JSONParser.parse(text) } catch { throw corrupt(column) }
    }

    private static func string(_ value: JSON, column: String) throws -> String {
        guard case .string(let text) = value else { throw corrupt(column) }
        return text
    }

    private static func optionalInt(_ value: JSON?, column: String) throws -> Int? {
        switch value {
        case nil, .null?: return nil
        case .int(let number)?: return number
        default: throw corrupt(column)
        }
    }

    private static func corrupt(_ column: String) -> SQLiteError {
        SQLiteError(code: SQLITE_CORRUPT, message: "The \(column) column does not hold the JSON it should.")
    }
}
