import Commerce

/// `product_prices`: each product's lowest variant price in each stored channel, by
/// `CatalogProjection`'s rule (the channel's price, else the variant's own when the currencies
/// agree; 0 when no variant is priced there), under the channel's currency. The PRICE order reads
/// it instead of computing the minimum over the variants for every product it sorts; a context
/// of a channel not stored (or of another currency) computes it (`SQLiteCatalogReader.minimumPrice`).
enum SQLiteProductPrices {
    private static let select = """
        INSERT INTO product_prices (product_id, channel, currency, min_price)
        SELECT p.id, c.code, c.currency, COALESCE(MIN(COALESCE(vp.price, CASE WHEN p.currency = c.currency THEN v.price END)), 0)
        FROM products p CROSS JOIN channels c LEFT JOIN variants v ON v.product_id = p.id
        LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = c.code
        """

    /// Rewrites the rows of these products, in every channel.
    static func refresh(products ids: [Int64], on db: SQLiteConnection) throws {
        guard !ids.isEmpty else { return }
        let list = SQLiteValue.text(SQLiteJSONArray.integers(ids))
        try db.run("DELETE FROM product_prices WHERE product_id IN (SELECT value FROM json_each(?))", [list])
        try db.run(select + " WHERE p.id IN (SELECT value FROM json_each(?)) GROUP BY p.id, c.code", [list])
    }

    /// Rewrites the rows of one channel, for every product.
    static func refresh(channel: String, on db: SQLiteConnection) throws {
        try db.run("DELETE FROM product_prices WHERE channel = ?", [.text(channel)])
        try db.run(select + " WHERE c.code = ? GROUP BY p.id, c.code", [.text(channel)])
    }
}
