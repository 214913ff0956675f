import Commerce

/// The search tokens stored beside a product or a collection: each field's tokens as
/// `SearchTokenizer` makes them (the tokens `ProductRanking.relevance` matches against), each once,
/// sorted. The tags are tokenized as one text, as `ProductRanking` does.
enum PostgresSearchTokens {
    /// The distinct tokens of `text`, as a `text[]` parameter.
    static func of(_ text: String) -> PostgresValue {
        .textArray(Set(SearchTokenizer.tokens(text)).sorted())
    }

    /// The distinct tokens of `tags`, as a `text[]` parameter.
    static func of(tags: [String]) -> PostgresValue {
        of(tags.joined(separator: " "))
    }
}
