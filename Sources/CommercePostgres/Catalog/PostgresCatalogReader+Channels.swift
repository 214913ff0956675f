import Commerce

extension PostgresCatalogReader {
    /// The stored channels, in the order they were first written.
    func channels() throws -> [Channel] {
        try db.query("SELECT code, name, currency, languages, countries, stock_locations FROM channels ORDER BY position, code") { row in
            let code = try row.text(0)
            guard let currency = CurrencyCode(rawValue: try row.text(2)) else {
                throw PostgresError(.client, message: "channels.currency of \(code) is not a currency: \(try row.text(2))")
            }
            return Channel(
                code: code, name: try row.text(1), currency: currency,
                languages: try PostgresCatalogJSON.read { try CatalogJSONColumn.strings(row.json(3), column: "channels.languages") },
                countries: try PostgresCatalogJSON.read { try CatalogJSONColumn.strings(row.json(4), column: "channels.countries") },
                stockLocations: try PostgresCatalogJSON.read {
                    try CatalogJSONColumn.strings(row.json(5), column: "channels.stock_locations")
                })
        }
    }
}
