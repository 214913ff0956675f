import Commerce

/// The first three parameters of a projected catalog statement: `?1` the channel's code, `?2` its
/// currency, `?3` its stock locations as a JSON array. A nil context is the stored view (the
/// writes' lookups): no channel (`''`, which no channel has), a null currency (each product's
/// own, every product listed) and the default location's stock.
struct SQLiteCatalogView {
    /// The three bindings.
    let bindings: [SQLiteValue]

    /// The view of `context`, or the stored view for nil (with the units at `storedLocation`).
    init(_ context: CatalogContext?, storedLocation: String = StockLevel.defaultLocation) {
        if let context {
            bindings = [.text(context.channel), .text(context.currency.rawValue),
                        .text(SQLiteJSONArray.strings(CatalogRules.uniqued(context.stockLocations)))]
        } else {
            bindings = [.text(""), .null, .text(SQLiteJSONArray.strings([storedLocation]))]
        }
    }

    /// Whether the channel lists product `p` (its listing `l`, joined on ?1), as
    /// `CatalogProjection.visibility` decides: its listing's `published`, else whether the
    /// channel's currency is the product's.
    static let published = "(?2 IS NULL OR COALESCE(l.published, p.currency = ?2))"
}
