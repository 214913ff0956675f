import Testing

/// Every cache of answers is keyed by the request's context (issue 13): `AnswerCacheLint` over Sources.
@Suite struct AnswerCacheLintTests {
    @Test func noCacheInSourcesHoldsAnswersWithoutTheContext() throws {
        let files = try AnswerCacheLint.sources()
        #expect(files["ConcordServer/GraphQLHTTP/ResponseCache.swift"] != nil && files.count > 100, "the lint must see Sources")
        #expect(AnswerCacheLint.findings(in: files) == [])
    }

    @Test func theLintFindsACacheThatBypassesTheContext() {
        let bypass = """
            final class ProductAnswers {
                struct Key: Hashable { var text: String; var variables: [UInt8] }
                private let entries: LRUCache<Key, [UInt8]>
            }
            struct PriceCache { }
            """
        let keyed = """
            final class ProductAnswers {
                struct Key: Hashable { var text: String; var context: ContextKey }
                private let entries: LRUCache<Key, [UInt8]>
            }
            """
        #expect(AnswerCacheLint.findings(in: ["Bypass.swift": bypass]).map(\.message) == [
            "LRUCache<Key, …> is not keyed by a ContextKey (add one to Key, or list it as a text cache)",
            "PriceCache is a cache no one has classified: key it by ContextKey (answers) or CatalogContext (catalog entities), and list it in AnswerCacheLint.classified",
        ])
        #expect(AnswerCacheLint.findings(in: ["Keyed.swift": keyed]) == [])
    }
}
