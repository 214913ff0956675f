import Commerce

/// `ProductRanking.relevance` in SQL, over the token arrays stored with each row: a term matches a
/// field when it is a prefix of one of the field's tokens, byte by byte (`starts_with` over
/// `COLLATE "C"` tokens); each term adds the weight of every field it matches; a row matches when
/// every term matches some field. The terms come as one `text[]` parameter, unnested beside the row,
/// so the statement's text is the same for any number of terms (one prepared statement), and a term
/// given twice counts twice, as in `ProductRanking`.
enum PostgresRelevance {
    /// The product search's lateral subquery, `relevance` and `matched` over `p`'s tokens, with the
    /// terms at `terms` (a placeholder such as `$2`).
    static func products(terms: String) -> String {
        subquery(terms: terms, fields: [
            ("p.title_tokens", ProductRanking.titleWeight), ("p.tag_tokens", ProductRanking.tagsWeight),
            ("p.description_tokens", ProductRanking.descriptionWeight),
        ])
    }

    /// The collection search's lateral subquery over `c`'s tokens (collections have no tags).
    static func collections(terms: String) -> String {
        subquery(terms: terms, fields: [
            ("c.title_tokens", ProductRanking.titleWeight), ("c.description_tokens", ProductRanking.descriptionWeight),
        ])
    }

    private static func subquery(terms: String, fields: [(column: String, weight: Int)]) -> String {
        let score = fields.map { field in
            "CASE WHEN EXISTS (SELECT 1 FROM unnest(\(field.column)) AS token WHERE starts_with(token, q.term)) THEN \(field.weight) ELSE 0 END"
        }.joined(separator: " + ")
        return """
            SELECT SUM(w.score)::float8 AS relevance, bool_and(w.score > 0) AS matched
            FROM unnest(\(terms)::text[]) AS q (term) CROSS JOIN LATERAL (SELECT \(score) AS score) AS w
            """
    }
}
