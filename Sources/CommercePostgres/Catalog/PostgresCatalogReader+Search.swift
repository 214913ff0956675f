import Commerce

extension PostgresCatalogReader {
    func searchProducts(_ search: ProductSearch) throws -> SearchPage<Product> {
        let sort: (expression: String, kind: PostgresKeyset.Kind)
        switch search.sortKey {
        case .TITLE: sort = ("p.title_sort COLLATE \"C\"", .text)
        case .PRICE: sort = ("p.min_price", .int)
        case .CREATED_AT: sort = ("p.created_at", .int)
        case .UPDATED_AT: sort = ("p.updated_at", .int)
        case .BEST_SELLING: sort = ("p.sales_count", .int)
        case .ID: sort = ("p.id", .int)
        case .RELEVANCE: sort = (search.filter.terms.isEmpty ? "0::float8" : "s.relevance", .real)
        case .MANUAL: sort = (search.filter.collectionID == nil ? "0::bigint" : "cp.position", .int)
        }
        let keyset = PostgresKeyset(sortExpression: sort.expression, idExpression: "p.id", kind: sort.kind,
                                    descending: search.descending, window: search.window)
        return try page(productQuery(select: "p.id, \(sort.expression)", filter: search.filter), keyset, load: products(ids:))
    }

    func countProducts(_ filter: ProductFilter) throws -> Int {
        let query = productQuery(select: "COUNT(*)", filter: filter)
        return Int(try db.query(query.sql, query.parameters) { try $0.int(0) }.first ?? 0)
    }

    func searchCollections(_ search: CollectionSearch) throws -> SearchPage<Collection> {
        let sort: (expression: String, kind: PostgresKeyset.Kind)
        switch search.sortKey {
        case .TITLE: sort = ("c.title_sort COLLATE \"C\"", .text)
        case .UPDATED_AT: sort = ("c.updated_at", .int)
        case .ID: sort = ("c.id", .int)
        case .RELEVANCE: sort = (search.terms.isEmpty ? "0::float8" : "s.relevance", .real)
        }
        let keyset = PostgresKeyset(sortExpression: sort.expression, idExpression: "c.id", kind: sort.kind,
                                    descending: search.descending, window: search.window)
        return try page(collectionQuery(select: "c.id, \(sort.expression)", terms: search.terms), keyset, load: collections(ids:))
    }

    func countCollections(terms: [String]) throws -> Int {
        let query = collectionQuery(select: "COUNT(*)", terms: terms)
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
    private func productQuery(select: String, filter: ProductFilter) -> PostgresQuery {
        let storable = { (texts: [String]) in texts.filter(PostgresValue.isStorable) }
        var query = PostgresQuery("SELECT \(select) FROM products p")
        if let collectionID = filter.collectionID {
            query.sql += " JOIN collection_products cp ON cp.product_id = p.id AND cp.collection_id = \(query.bind(.integer(collectionID)))"
        }
        if !filter.terms.isEmpty {
            query.sql += " CROSS JOIN LATERAL (\(PostgresRelevance.products(terms: query.bind(.textArray(storable(filter.terms)))))) s"
        }
        query.sql += " WHERE " + (filter.terms.isEmpty ? "true" : "s.matched")
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
            query.sql += " AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.inventory > 0) = \(query.bind(.boolean(available)))"
        }
        if !(filter.terms + filter.tags + filter.vendors + filter.productTypes).allSatisfy(PostgresValue.isStorable) {
            query.sql += " AND false"
        }
        return query
    }

    private func collectionQuery(select: String, terms: [String]) -> PostgresQuery {
        var query = PostgresQuery("SELECT \(select) FROM collections c")
        if !terms.isEmpty {
            query.sql += " CROSS JOIN LATERAL (\(PostgresRelevance.collections(terms: query.bind(.textArray(terms.filter(PostgresValue.isStorable)))))) s"
        }
        query.sql += " WHERE " + (terms.isEmpty ? "true" : "s.matched")
        if !terms.allSatisfy(PostgresValue.isStorable) { query.sql += " AND false" }
        return query
    }
}
