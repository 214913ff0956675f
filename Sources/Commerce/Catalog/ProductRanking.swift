/// How products and collections are matched against search words and where they sort: the one
/// definition of relevance. The in-memory backend runs it in Swift; the SQLite backend computes the
/// same score in SQL, matching with FTS5 (whose tokenizer `SearchTokenizer` reproduces).
public enum ProductRanking {
    /// What a term found in a title adds to the relevance.
    public static let titleWeight = 3
    /// What a term found in the tags adds.
    public static let tagsWeight = 2
    /// What a term found in the description adds.
    public static let descriptionWeight = 1

    /// The relevance of a product (or a collection, with no tags) for `terms`, or nil when some term
    /// matches nothing. A term matches a text when it is a prefix of one of the text's tokens
    /// (`SearchTokenizer`, compared byte by byte); each term adds `titleWeight` when it matches the
    /// title, `tagsWeight` the tags and `descriptionWeight` the description, however often it occurs.
    /// No terms: 0 for everything.
    public static func relevance(title: String, description: String, tags: [String], terms: [String]) -> Double? {
        if terms.isEmpty { return 0 }
        let titleTokens = SearchTokenizer.tokens(title)
        let tagTokens = SearchTokenizer.tokens(tags.joined(separator: " "))
        let descriptionTokens = SearchTokenizer.tokens(description)
        var score = 0
        for term in terms {
            let inTitle = matches(term, titleTokens), inTags = matches(term, tagTokens)
            let inDescription = matches(term, descriptionTokens)
            guard inTitle || inTags || inDescription else { return nil }
            score += (inTitle ? titleWeight : 0) + (inTags ? tagsWeight : 0) + (inDescription ? descriptionWeight : 0)
        }
        return Double(score)
    }

    /// Whether `term` is a prefix of one of `tokens`, byte by byte (as FTS5's prefix queries compare).
    private static func matches(_ term: String, _ tokens: [String]) -> Bool {
        tokens.contains { $0.utf8.starts(with: term.utf8) }
    }

    /// The sort value of a product under `key`.
    public static func sortValue(_ product: Product, key: ProductSortKey, relevance: Double, manualPosition: Int?) -> SortValue {
        switch key {
        case .TITLE: return .text(product.title.lowercased())
        case .PRICE: return .int(product.minPriceMinorUnits)
        case .CREATED_AT: return .int(product.createdAt.milliseconds)
        case .UPDATED_AT: return .int(product.updatedAt.milliseconds)
        case .BEST_SELLING: return .int(product.salesCount)
        case .ID: return .int(product.id)
        case .RELEVANCE: return .real(relevance)
        case .MANUAL: return .int(Int64(manualPosition ?? 0))
        }
    }

    /// The sort value of a collection under `key`.
    public static func sortValue(_ collection: Collection, key: CollectionSortKey, relevance: Double) -> SortValue {
        switch key {
        case .TITLE: return .text(collection.title.lowercased())
        case .UPDATED_AT: return .int(collection.updatedAt.milliseconds)
        case .ID: return .int(collection.id)
        case .RELEVANCE: return .real(relevance)
        }
    }
}
