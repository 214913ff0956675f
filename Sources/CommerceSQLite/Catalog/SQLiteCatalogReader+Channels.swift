import Commerce

extension SQLiteCatalogReader {
    /// The stored channels, in the order they were first written.
    func channels() throws -> [Channel] {
        try connection.query("""
            SELECT code, name, currency, languages, countries, stock_locations FROM channels ORDER BY position, code
            """) { row in
            guard let currency = CurrencyCode(rawValue: row.text(2)) else {
                throw SQLiteError(code: 0, message: "channels.currency of \(row.text(0)) is not a currency: \(row.text(2))")
            }
            return Channel(code: row.text(0), name: row.text(1), currency: currency,
                           languages: try SQLiteJSONColumn.strings(row.text(3), column: "channels.languages"),
                           countries: try SQLiteJSONColumn.strings(row.text(4), column: "channels.countries"),
                           stockLocations: try SQLiteJSONColumn.strings(row.text(5), column: "channels.stock_locations"))
        }
    }
}
