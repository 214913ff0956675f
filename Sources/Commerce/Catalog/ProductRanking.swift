/// How products and collections are matched against search words and where they sort, in Swift
/// (the in-memory backend; the SQLite backend does the same in SQL with FTS5).
package enum ProductRanking {
    /// The relevance of a product for `terms`, or nil when some term matches nothing.
    /// A term counts 3 in the title, 2 in the tags and 1 in the description.
    package static func relevance(title: String, description: String, tags: [String], terms: [String]) -> Double? {
        if terms.isEmpty { return 0 }
        let titleTokens = SearchTokenizer.tokens(title)
        let tagTokens = SearchTokenizer.tokens(tags.joined(separator: " "))
        let descriptionTokens = SearchTokenizer.tokens(description)
        var score = 0.0
        for term in terms {
            let inTitle = titleTokens.contains { $0.hasPrefix(term) }
            let inTags = tagTokens.contains { $0.hasPrefix(term) }
            let inDescription = descriptionTokens.contains { $0.hasPrefix(term) }
            guard inTitle || inTags || inDescription else { return nil }
            score += (inTitle ? 3 : 0) + (inTags ? 2 : 0) + (inDescription ? 1 : 0)
        }
        return score
    }

    /// The sort value of a product under `key`.
    package static func sortValue(_ product: Product, key: ProductSortKey, relevance: Double, manualPosition: Int?) -> SortValue {
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
}
