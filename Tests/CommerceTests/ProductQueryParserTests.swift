import Testing
@testable import Commerce

@Suite("The products(query:) search string")
struct ProductQueryParserTests {
    @Test("words, filters and quoted values")
    func parses() throws {
        let filter = try ProductQueryParser.parse(#"Linen shirt tag:Summer vendor:"Nordic Loom" product_type:Shirts available:true"#)
        #expect(filter.terms == ["linen", "shirt"])
        #expect(filter.tags == ["summer"])
        #expect(filter.vendors == ["nordic loom"])
        #expect(filter.productTypes == ["shirts"])
        #expect(filter.available == true)
    }

    @Test("words are tokenized like the full-text index: case and accents folded, punctuation splits")
    func tokens() throws {
        #expect(try ProductQueryParser.parse("Café T-Shirt").terms == ["cafe", "t", "shirt"])
        #expect(try ProductQueryParser.parse("   ").terms == [])
    }

    @Test("clear errors for bad queries")
    func errors() {
        #expect(throws: CommerceError.badRequest("Unknown search field \"color\"; use tag:, vendor:, product_type: or available:.")) {
            try ProductQueryParser.parse("color:red")
        }
        #expect(throws: CommerceError.badRequest("available: takes true or false, not \"maybe\".")) {
            try ProductQueryParser.parse("available:maybe")
        }
        #expect(throws: CommerceError.badRequest("Unterminated quote in the search query after vendor:.")) {
            try ProductQueryParser.parse(#"vendor:"Nordic"#)
        }
        #expect(throws: CommerceError.badRequest("The search field tag: has no value.")) {
            try ProductQueryParser.parse("tag:")
        }
    }
}
