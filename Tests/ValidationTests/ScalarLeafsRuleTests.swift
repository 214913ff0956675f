import Testing
@testable import GraphQLCore

@Suite struct ScalarLeafsRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: ScalarLeafsRule.self)
    }

    @Test func leavesWithoutAndCompositesWithSelections() {
        #expect(errors("{ shopName product { id price { amount currencyCode } tags images { url } } search(query: \"x\") { __typename } }") == [])
    }

    @Test func compositeFieldsWithoutSelection() {
        #expect(errors("{ product { price } search(query: \"x\") products node(id: 1) }") == [
            "Field \"price\" of type \"Money\" must have a selection of subfields. Did you mean \"price { ... }\"? (1:13)",
            "Field \"search\" of type \"[SearchResult!]!\" must have a selection of subfields. Did you mean \"search { ... }\"? (1:21)",
            "Field \"products\" of type \"[Product!]!\" must have a selection of subfields. Did you mean \"products { ... }\"? (1:40)",
            "Field \"node\" of type \"Node\" must have a selection of subfields. Did you mean \"node { ... }\"? (1:49)",
        ])
        #expect(errors("{ product { price @onField } }") == [
            "Field \"price\" of type \"Money\" must have a selection of subfields. Did you mean \"price { ... }\"? (1:13)",
        ])
    }

    @Test func leafFieldsWithSelections() {
        #expect(errors("{ shopName { x } product { id { y } tags { z } description(format: HTML) { a } } }") == [
            "Field \"shopName\" must not have a selection since type \"String!\" has no subfields. (1:12)",
            "Field \"id\" must not have a selection since type \"ID!\" has no subfields. (1:31)",
            "Field \"tags\" must not have a selection since type \"[String!]!\" has no subfields. (1:42)",
            "Field \"description\" must not have a selection since type \"String\" has no subfields. (1:74)",
        ])
    }

    @Test func unknownFieldsAreLeftToFieldsOnCorrectType() {
        #expect(errors("{ nope { x } product { nope } }") == [])
    }
}
