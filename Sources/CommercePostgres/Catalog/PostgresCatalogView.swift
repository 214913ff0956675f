import Commerce

/// The first parameters of a projected catalog statement: `$1` the channel's code, `$2` its
/// currency, `$3` its stock locations, `$4` its language chain. A nil context is the stored view
/// (the writes' lookups): no channel (`''`, which no channel has), a null currency (each product's
/// own, every product listed), the units at `storedLocation` and no translations.
struct PostgresCatalogView {
    /// The four values.
    let values: [PostgresValue]

    /// The view of `context`, or the stored view for nil.
    init(_ context: CatalogContext?, storedLocation: String = StockLevel.defaultLocation) {
        let storable = { (texts: [String]) in texts.filter(PostgresValue.isStorable) }
        if let context {
            values = [.text(context.channel), .text(context.currency.rawValue),
                      .textArray(storable(CatalogRules.uniqued(context.stockLocations))), .textArray(storable(context.translationLanguages))]
        } else {
            values = [.text(""), .text(nil), .textArray(storable([storedLocation])), .textArray([])]
        }
    }

    /// The first three values (statements that read no texts).
    var withoutLanguages: [PostgresValue] { Array(values.prefix(3)) }

    /// Whether the channel lists product `p` (its listing `l`, joined on `$1`).
    static let published = "($2::text IS NULL OR COALESCE(l.published, p.currency = $2::text))"

    /// `row`'s `field` in the first language of the chain `$4` that has it, else its own.
    static func translated(_ field: String, table: String, key: String, row: String) -> String {
        """
        COALESCE((SELECT t.\(field) FROM \(table) t WHERE t.\(key) = \(row).id AND t.\(field) IS NOT NULL
                  AND t.language = ANY($4::text[]) ORDER BY array_position($4::text[], t.language::text) LIMIT 1), \(row).\(field))
        """
    }

    /// A variant `v`'s price in the channel (with `vp` joined on `$1`): the channel's, else its own.
    static let price = "COALESCE(vp.price, v.price)"
    /// A variant's compare-at price in the channel.
    static let compareAtPrice = "CASE WHEN vp.variant_id IS NULL THEN v.compare_at_price ELSE vp.compare_at_price END"
    /// A variant's units over the locations `$3`.
    static let units = "(SELECT COALESCE(SUM(s.quantity), 0) FROM stock_levels s WHERE s.variant_id = v.id AND s.location = ANY($3::text[]))"
    /// Whether the channel sells variant `v` of product `p`: a price of its own there, or the product's currency.
    static let priced = "(vp.variant_id IS NOT NULL OR $2::text IS NULL OR p.currency = $2::text)"
}
