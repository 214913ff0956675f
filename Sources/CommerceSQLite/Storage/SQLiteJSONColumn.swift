import Commerce
import CSQLite

/// Reads the catalog's JSON columns through `CatalogJSONColumn`; JSON that is not what
/// `SQLiteJSON.encoder()` wrote is a corrupt database, a `SQLiteError` naming the column.
enum SQLiteJSONColumn {
    /// A JSON array of strings, such as a product's tags.
    static func strings(_ text: String, column: String) throws -> [String] {
        try read { try CatalogJSONColumn.strings(CatalogJSONColumn.parse(text, column: column), column: column) }
    }

    /// A JSON array of `{"name":…,"values":[…]}`.
    static func options(_ text: String, column: String) throws -> [ProductOption] {
        try read { try CatalogJSONColumn.options(CatalogJSONColumn.parse(text, column: column), column: column) }
    }

    /// A JSON array of `{"name":…,"value":…}`.
    static func selectedOptions(_ text: String, column: String) throws -> [SelectedOption] {
        try read { try CatalogJSONColumn.selectedOptions(CatalogJSONColumn.parse(text, column: column), column: column) }
    }

    /// A JSON image object `{"altText"?, "height"?, "id"?, "url", "width"?}`.
    static func image(_ text: String, column: String) throws -> Image {
        try read { try CatalogJSONColumn.image(CatalogJSONColumn.parse(text, column: column), column: column) }
    }

    private static func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let malformed as CatalogJSONColumn.Malformed {
            throw SQLiteError(code: SQLITE_CORRUPT, message: malformed.description)
        }
    }
}
