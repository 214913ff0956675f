import Commerce

/// `ProductRanking.relevance` in SQL, over an FTS5 table: FTS5 finds the rows where every term
/// matches a token prefix in some column, and each term adds a column's weight for each column a
/// column-filtered match (`title : "term"*`) finds the row in. The terms come as one JSON array and
/// the columns as constant rows, so the statement's text is the same for any number of terms (one
/// prepared statement, no expression growing with the query). The `+` before `hit.rowid` keeps
/// SQLite from handing the list of matching rows to FTS5 as rowid constraints, one full-text
/// query per row (a hundred times slower on the demo store's one-letter searches).
enum SQLiteRelevance {
    /// The product search's subquery, selecting `rowid` and `relevance`.
    static let products = subquery(table: "product_search", columns: [
        ("title", ProductRanking.titleWeight), ("tags", ProductRanking.tagsWeight),
        ("description", ProductRanking.descriptionWeight),
    ])
    /// The collection search's subquery (collections have no tags).
    static let collections = subquery(table: "collection_search", columns: [
        ("title", ProductRanking.titleWeight), ("description", ProductRanking.descriptionWeight),
    ])

    /// The bindings of either subquery for `terms` (not empty).
    static func bindings(_ terms: [String]) -> [SQLiteValue] {
        [.text(SQLiteJSONArray.strings(terms.map { SQLKeyset.ftsQuery([$0]) })), .text(SQLKeyset.ftsQuery(terms))]
    }

    private static func subquery(table: String, columns: [(String, Int)]) -> String {
        let weights = columns.map { "('\($0.0)', \($0.1))" }.joined(separator: ", ")
        return """
            SELECT hit.rowid AS rowid, CAST(SUM(c.column2) AS REAL) AS relevance
            FROM json_each(?) q, (VALUES \(weights)) c
            JOIN \(table) hit ON hit.\(table) MATCH (c.column1 || ' : ' || q.value)
            WHERE +hit.rowid IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?)
            GROUP BY hit.rowid
            """
    }
}
