import Commerce

extension SQLiteCatalogReader {
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) throws -> SearchPage<Product> {
        let facts = try facts(context.channel)
        let sortExpression: String
        switch search.sortKey {
        case .TITLE: sortExpression = Self.translatedTitle(table: "product_translations", key: "product_id", row: "p")
        case .PRICE:
            // A channel without prices of its own sells only the products of its currency at their own prices.
            sortExpression = facts.hasPrices ? Self.minimumPrice : facts.hasListings ? Self.ownMinimumPrice : "p.min_price"
        case .CREATED_AT: sortExpression = "p.created_at"
        case .UPDATED_AT: sortExpression = "p.updated_at"
        case .BEST_SELLING: sortExpression = "p.sales_count"
        case .ID: sortExpression = "p.id"
        case .RELEVANCE: sortExpression = search.filter.terms.isEmpty ? "0.0" : "s.relevance"
        case .MANUAL: sortExpression = search.filter.collectionID == nil ? "0" : "cp.position"
        }
        let query = productQuery(select: "p.id, \(sortExpression)", filter: search.filter, in: context, facts: facts)
        return try keysetPage(query, sortExpression: sortExpression, idExpression: "p.id", descending: search.descending,
                              window: search.window, sortColumn: SortColumn(isText: search.sortKey == .TITLE, isReal: search.sortKey == .RELEVANCE),
                              load: { try products(ids: $0, in: context) })
    }

    func countProducts(_ filter: ProductFilter, in context: CatalogContext) throws -> Int {
        let (sql, bindings) = productQuery(select: "COUNT(*)", filter: filter, in: context, facts: try facts(context.channel))
        return try connection.query(sql, bindings) { Int($0.int(0)) }.first ?? 0
    }

    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) throws -> SearchPage<Collection> {
        let sortExpression: String
        switch search.sortKey {
        case .TITLE: sortExpression = Self.translatedTitle(table: "collection_translations", key: "collection_id", row: "c")
        case .UPDATED_AT: sortExpression = "c.updated_at"
        case .ID: sortExpression = "c.id"
        case .RELEVANCE: sortExpression = search.terms.isEmpty ? "0.0" : "s.relevance"
        }
        let query = collectionQuery(select: "c.id, \(sortExpression)", terms: search.terms, in: context)
        return try keysetPage(query, sortExpression: sortExpression, idExpression: "c.id", descending: search.descending,
                              window: search.window, sortColumn: SortColumn(isText: search.sortKey == .TITLE, isReal: search.sortKey == .RELEVANCE),
                              load: { try collections(ids: $0, in: context) })
    }

    func countCollections(terms: [String], in context: CatalogContext) throws -> Int {
        let (sql, bindings) = collectionQuery(select: "COUNT(*)", terms: terms, in: context)
        return try connection.query(sql, bindings) { Int($0.int(0)) }.first ?? 0
    }

    /// How the sort column of a search query's second result column reads back as a `SortValue`.
    private enum SortColumn {
        case text, real, int

        init(isText: Bool, isReal: Bool) { self = isText ? .text : isReal ? .real : .int }
    }

    /// One window of a keyset-paginated search: `query` selects (id, sort value) and ends in its
    /// WHERE clause; the window's conditions, order and limit are added, then its items loaded.
    private func keysetPage<Item>(_ query: (String, [SQLiteValue]), sortExpression: String, idExpression: String,
                                  descending: Bool, window: PageWindow, sortColumn: SortColumn,
                                  load: ([Int64]) throws -> [Int64: Item]) throws -> SearchPage<Item> {
        let keyset = SQLKeyset(sortExpression: sortExpression, idExpression: idExpression, descending: descending, window: window)
        var (sql, bindings) = query
        for (condition, values) in keyset.conditions() {
            sql += " AND " + condition
            bindings += values
        }
        let (order, limit) = keyset.orderAndLimit()
        let rows = try connection.query(sql + order, bindings + limit) { row -> (item: Int64, position: SortPosition) in
            let id = row.int(0)
            let value: SortValue
            switch sortColumn {
            case .text: value = .text(row.text(1))
            case .real: value = .real(row.double(1))
            case .int: value = .int(row.int(1))
            }
            return (item: id, position: SortPosition(value: value, id: id))
        }
        let (page, hasMore) = keyset.finish(rows)
        let items = try load(page.map { $0.item })
        return SearchPage(items: page.compactMap { entry in
            items[entry.item].map { (item: $0, position: entry.position) }
        }, hasMore: hasMore)
    }

    /// The TITLE order's value of `row`: its title in the first language of the context `ctx`'s
    /// chain that has one, lowercased (as `ProductRanking.sortValue` orders), else its own.
    static func translatedTitle(table: String, key: String, row: String) -> String {
        """
        COALESCE((SELECT t.title_sort FROM \(table) t JOIN json_each(ctx.languages) j ON j.value = t.language
                  WHERE t.\(key) = \(row).id AND t.title_sort IS NOT NULL ORDER BY j.key LIMIT 1), \(row).title_sort)
        """
    }

    /// The lowest price of product `p`'s variants in the context `ctx` (`CatalogProjection`'s
    /// rule: the channel's price, else the variant's own in the product's currency), 0 with none:
    /// `product_prices`' row for a stored channel of that currency, else computed over the variants.
    static let minimumPrice = """
        COALESCE((SELECT pp.min_price FROM product_prices pp
                  WHERE pp.product_id = p.id AND pp.channel = ctx.channel AND pp.currency = ctx.currency),
                 (SELECT MIN(COALESCE(vp.price, CASE WHEN p.currency = ctx.currency THEN v.price END))
                  FROM variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = ctx.channel
                  WHERE v.product_id = p.id), 0)
        """

    /// The lowest of product `p`'s own prices where its currency is the context's, else 0 (no
    /// variant priced): the PRICE value in a channel with no prices of its own.
    static let ownMinimumPrice = "CASE WHEN p.currency = ctx.currency THEN p.min_price ELSE 0 END"

    /// Whether product `p` has a variant priced in the context `ctx` with units at its locations.
    static let availableInContext = """
        EXISTS (SELECT 1 FROM variants v JOIN stock_levels s ON s.variant_id = v.id
                LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = ctx.channel
                WHERE v.product_id = p.id AND s.quantity > 0
                  AND s.location IN (SELECT value FROM json_each(ctx.locations))
                  AND (vp.variant_id IS NOT NULL OR p.currency = ctx.currency))
        """

    /// SELECT … FROM the context, products p with the channel's listing [JOIN the collection]
    /// [JOIN the full-text matches] WHERE the channel shows it in searches and the filter holds.
    /// Relevance is `ProductRanking.relevance`, computed by `SQLiteRelevance`.
    private func productQuery(select: String, filter: ProductFilter, in context: CatalogContext,
                              facts: SQLiteChannelFacts) -> (String, [SQLiteValue]) {
        var sql = "SELECT \(select) FROM (SELECT ? AS channel, ? AS currency, ? AS locations, ? AS languages) ctx JOIN products p"
        // A channel with no listings shows exactly the products of its currency.
        if facts.hasListings { sql += " LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = ctx.channel" }
        var bindings: [SQLiteValue] = SQLiteCatalogView(context).bindings + [.text(SQLiteJSONArray.strings(context.translationLanguages))]
        if let collectionID = filter.collectionID {
            sql += " JOIN collection_products cp ON cp.product_id = p.id AND cp.collection_id = ?"
            bindings.append(.integer(collectionID))
        }
        if !filter.terms.isEmpty {
            sql += " JOIN (\(SQLiteRelevance.products)) s ON s.rowid = p.id"
            bindings += SQLiteRelevance.bindings(filter.terms)
        }
        sql += facts.hasListings ? " WHERE COALESCE(l.published AND l.searchable, p.currency = ctx.currency)" : " WHERE p.currency = ctx.currency"
        for tag in filter.tags {
            sql += " AND p.id IN (SELECT product_id FROM product_tags WHERE tag_key = ?)"
            bindings.append(.text(tag))
        }
        for vendor in filter.vendors {
            sql += " AND p.vendor_key = ?"
            bindings.append(.text(vendor))
        }
        for type in filter.productTypes {
            sql += " AND p.product_type_key = ?"
            bindings.append(.text(type))
        }
        if let available = filter.available {
            sql += available ? " AND \(Self.availableInContext)" : " AND NOT \(Self.availableInContext)"
        }
        return (sql, bindings)
    }

    private func collectionQuery(select: String, terms: [String], in context: CatalogContext) -> (String, [SQLiteValue]) {
        var sql = "SELECT \(select) FROM (SELECT ? AS languages) ctx JOIN collections c"
        var bindings: [SQLiteValue] = [.text(SQLiteJSONArray.strings(context.translationLanguages))]
        if !terms.isEmpty {
            sql += " JOIN (\(SQLiteRelevance.collections)) s ON s.rowid = c.id"
            bindings += SQLiteRelevance.bindings(terms)
        }
        return (sql + " WHERE 1", bindings)
    }
}
