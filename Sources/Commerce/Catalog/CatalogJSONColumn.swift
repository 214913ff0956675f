import GraphQLCore

/// Reads the catalog's JSON columns (tags, options, selected options, an image) with GraphQLCore's
/// byte-level `JSONParser` instead of `JSONDecoder`, which cost a quarter of a collection page's CPU
/// when PostgreSQL's reader used it (and an eighth when SQLite's did). Every backend that keeps these
/// values as JSON reads them here; what is not the JSON a backend wrote throws `Malformed`, which the
/// backend reports as its own corrupt-data error.
package enum CatalogJSONColumn {
    /// A value that is not the JSON the named column should hold.
    package struct Malformed: Error, CustomStringConvertible {
        /// The column, for messages (`products.tags`).
        package let column: String
        /// A value that the named column should not hold.
        package init(column: String) {
            self.column = column
        }
        package var description: String { "The \(column) column does not hold the JSON it should." }
    }

    /// The JSON in `text`.
    package static func parse(_ text: String, column: String) throws(Malformed) -> JSON {
        do { return try JSONParser.parse(text) } catch { throw Malformed(column: column) }
    }

    /// A JSON array of strings, such as a product's tags.
    package static func strings(_ value: JSON, column: String) throws(Malformed) -> [String] {
        guard case .array(let items) = value else { throw Malformed(column: column) }
        return try items.map { (item: JSON) throws(Malformed) in try string(item, column: column) }
    }

    /// A JSON array of `{"name":…,"values":[…]}`.
    package static func options(_ value: JSON, column: String) throws(Malformed) -> [ProductOption] {
        guard case .array(let items) = value else { throw Malformed(column: column) }
        return try items.map { (item: JSON) throws(Malformed) in
            guard case .object(let object) = item, let name = object["name"], let values = object["values"] else {
                throw Malformed(column: column)
            }
            return ProductOption(name: try string(name, column: column), values: try strings(values, column: column))
        }
    }

    /// A JSON array of `{"name":…,"value":…}`.
    package static func selectedOptions(_ value: JSON, column: String) throws(Malformed) -> [SelectedOption] {
        guard case .array(let items) = value else { throw Malformed(column: column) }
        return try items.map { (item: JSON) throws(Malformed) in
            guard case .object(let object) = item, let name = object["name"], let value = object["value"] else {
                throw Malformed(column: column)
            }
            return SelectedOption(name: try string(name, column: column), value: try string(value, column: column))
        }
    }

    /// A JSON image object `{"altText"?, "height"?, "id"?, "url", "width"?}`.
    package static func image(_ value: JSON, column: String) throws(Malformed) -> Image {
        guard case .object(let object) = value, let url = object["url"] else { throw Malformed(column: column) }
        return Image(id: try optionalInt(object["id"], column: column).map(Int64.init),
                     url: try string(url, column: column),
                     altText: try optionalString(object["altText"], column: column),
                     width: try optionalInt(object["width"], column: column),
                     height: try optionalInt(object["height"], column: column))
    }

    /// A string.
    package static func string(_ value: JSON, column: String) throws(Malformed) -> String {
        guard case .string(let text) = value else { throw Malformed(column: column) }
        return text
    }

    /// A string, or nil for null or a missing value.
    package static func optionalString(_ value: JSON?, column: String) throws(Malformed) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw Malformed(column: column)
        }
    }

    /// A whole number.
    package static func int(_ value: JSON, column: String) throws(Malformed) -> Int {
        guard case .int(let number) = value else { throw Malformed(column: column) }
        return number
    }

    /// A whole number, or nil for null or a missing value.
    package static func optionalInt(_ value: JSON?, column: String) throws(Malformed) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .int(let number)?: return number
        default: throw Malformed(column: column)
        }
    }
}
