import Commerce

extension PostgresCatalogReader {
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) throws -> SearchPage<Product> {
        let sort: (expression: String, kind: PostgresKeyset.Kind)
        switch search.sortKey {
        case .TITLE: sort = (PostgresCatalogView.translated("title_sort", table: "product_translations", key: "product_id", row: "p")
                             + " COLLATE \"C\"", .text)
        case .PRICE: sort = (Self.minimumPrice, .int)
        case .CREATED_AT: sort = ("p.created_at", .int)
        case .UPDATED_AT: sort = ("p.updated_at", .int)
        case .BEST_SELLING: sort = ("p.sales_count", .int)
        case .ID: sort = ("p.id", .int)
        case .RELEVANCE: sort = (search.filter.terms.isEmpty ? "0::float8" : "s.relevance", .real)
        case .MANUAL: sort = (search.filter.collectionID == nil ? "0::bigint" : "cp.position", .int)
        }
        let keyset = PostgresKeyset(sortExpression: sort.expression, idExpression: "p.id", kind: sort.kind,
                                    descending: search.descending, window: search.window)
        return try page(productQuery(select: "p.id, \(sort.expression)", filter: search.filter, in: context), keyset,
                        load: { try products(ids: $0, in: context) })
    }

    func countProducts(_ filter: ProductFilter, in context: CatalogContext) throws -> Int {
        let query = productQuery(select: "COUNT(*)", filter: filter, in: context)
        return Int(try db.query(query.sql, query.parameters) { try $0.int(0) }.first ?? 0)
    }

    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) throws -> SearchPage<Collection> {
        let sort: (expression: String, kind: PostgresKeyset.Kind)
        switch search.sortKey {
        case .TITLE: sort = (PostgresCatalogView.translated("title_sort", table: "collection_translations", key: "collection_id", row: "c")
                                .replacingOccurrences(of: "$4", with: "$1") + " COLLATE \"C\"", .text)
        case .UPDATED_AT: sort = ("c.updated_at", .int)
        case .ID: sort = ("c.id", .int)
        case .RELEVANCE: sort = (search.terms.isEmpty ? "0::float8" : "s.relevance", .real)
        }
        let keyset = PostgresKeyset(sortExpression: sort.expression, idExpression: "c.id", kind: sort.kind,
                                    descending: search.descending, window: search.window)
        return try page(collectionQuery(select: "c.id, \(sort.expression)", terms: search.terms, in: context), keyset,
                        load: { try collections(ids: $0, in: context) })
    }

    func countCollections(terms: [String], in context: CatalogContext) throws -> Int {
        let query = collectionQuery(select: "COUNT(*)", terms: terms, in: context)
        return Int(try db.query(query.sql, query.parameters) { try $0.int(0) }.first ?? 0)
    }

    /// One window of a keyset-paginated search: `query` selects (id, sort value) and ends inside its
    /// WHERE clause; the window's conditions, order and limit are added, then its items loaded.
    private func page<Item>(_ query: PostgresQuery, _ keyset: PostgresKeyset,
                            load: ([Int64]) throws -> [Int64: Item]) throws -> SearchPage<Item> {
        var query = query
        keyset.addConditions(to: &query)
        keyset.addOrderAndLimit(to: &query)
        let rows = try db.query(query.sql, query.parameters) { row -> (item: Int64, position: SortPosition) in
            let id = try row.int(0)
            return (item: id, position: SortPosition(value: try keyset.kind.value(row, 1), id: id))
        }
        let (page, hasMore) = keyset.finish(rows)
        let items = try load(page.map(\.item))
        return SearchPage(items: page.compactMap { entry in items[entry.item].map { (item: $0, position: entry.position) } },
                          hasMore: hasMore)
    }

    /// SELECT … FROM products p [JOIN the collection] [the relevance of the words] WHERE the filter.
    /// Every list is one array parameter, so the statement's text depends only on which conditions
    /// the filter has (a bounded number of prepared statements). A word, tag, vendor or type holding
    /// NUL, which no stored text can, matches nothing.
    private func productQuery(select: String, filter: ProductFilter, in context: CatalogContext) -> PostgresQuery {
        let storable = { (texts: [String]) in texts.filter(PostgresValue.isStorable) }
        var query = PostgresQuery("")
        for value in PostgresCatalogView(context).values { _ = query.bind(value) }
        // The view's parameters typed once (a prepared statement's parameters must all be used).
        query.sql = """
            SELECT \(select) FROM (SELECT $1::text, $2::text, $3::text[], $4::text[]) view CROSS JOIN products p
            LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = $1
            """
        if let collectionID = filter.collectionID {
            query.sql += " JOIN collection_products cp ON cp.product_id = p.id AND cp.collection_id = \(query.bind(.integer(collectionID)))"
        }
        if !filter.terms.isEmpty {
            query.sql += " CROSS JOIN LATERAL (\(PostgresRelevance.products(terms: query.bind(.textArray(storable(filter.terms)))))) s"
        }
        query.sql += " WHERE " + (filter.terms.isEmpty ? "true" : "s.matched")
        query.sql += " AND COALESCE(l.published AND l.searchable, p.currency = $2::text)"
        if !filter.tags.isEmpty {
            query.sql += " AND p.tag_keys @> \(query.bind(.textArray(storable(filter.tags))))::text[]"
        }
        if !filter.vendors.isEmpty {
            query.sql += " AND p.vendor_key = ALL(\(query.bind(.textArray(storable(filter.vendors))))::text[])"
        }
        if !filter.productTypes.isEmpty {
            query.sql += " AND p.product_type_key = ALL(\(query.bind(.textArray(storable(filter.productTypes))))::text[])"
        }
        if let available = filter.available {
            query.sql += " AND \(Self.availableInContext) = \(query.bind(.boolean(available)))"
        }
        if !(filter.terms + filter.tags + filter.vendors + filter.productTypes).allSatisfy(PostgresValue.isStorable) {
            query.sql += " AND false"
        }
        return query
    }

    /// The lowest price of product `p`'s variants in the view `$1`, `$2` (`CatalogProjection`'s rule), 0 with none.
    static let minimumPrice = """
        COALESCE((SELECT MIN(CASE WHEN \(PostgresCatalogView.priced) THEN \(PostgresCatalogView.price) END)
                  FROM variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = $1
                  WHERE v.product_id = p.id), 0)
        """

    /// Whether product `p` has a variant priced in the view with units at its locations `$3`.
    static let availableInContext = """
        EXISTS (SELECT 1 FROM variants v JOIN stock_levels s ON s.variant_id = v.id
                LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = $1
                WHERE v.product_id = p.id AND s.quantity > 0 AND s.location = ANY($3::text[]) AND \(PostgresCatalogView.priced))
        """

    private func collectionQuery(select: String, terms: [String], in context: CatalogContext) -> PostgresQuery {
        var query = PostgresQuery("")
        _ = query.bind(.textArray(context.translationLanguages.filter(PostgresValue.isStorable)))
        query.sql = "SELECT \(select) FROM (SELECT $1::text[]) view CROSS JOIN collections c"
        if !terms.isEmpty {
            query.sql += " CROSS JOIN LATERAL (\(PostgresRelevance.collections(terms: query.bind(.textArray(terms.filter(PostgresValue.isStorable)))))) s"
        }
        query.sql += " WHERE " + (terms.isEmpty ? "true" : "s.matched")
        if !terms.allSatisfy(PostgresValue.isStorable) { query.sql += " AND false" }
        return query
    }
}
