import Testing
@testable import GraphQLCore

@Suite struct FragmentsOnCompositeTypesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: FragmentsOnCompositeTypesRule.self)
    }

    @Test func objectsInterfacesUnionsAndNoCondition() {
        #expect(errors("""
        fragment F on Merchandise { id ... on Product { handle } ... on SearchResult { __typename } ... { id } }
        { product { ...F } }
        """) == [])
    }

    @Test func unknownTypesAreLeftToKnownTypeNames() {
        #expect(errors("fragment F on Nope { x }\n{ product { ... on Nope { x } } }") == [])
    }

    @Test func scalarsEnumsAndInputObjects() {
        #expect(errors("""
        fragment F on Money { amount }
        fragment G on CurrencyCode { x }
        fragment H on ProductFilter { x }
        { product { ... on String { x } ...F ...G ...H } }
        """) == [
            "Fragment \"G\" cannot condition on non composite type \"CurrencyCode\". (2:15)",
            "Fragment \"H\" cannot condition on non composite type \"ProductFilter\". (3:15)",
            "Fragment cannot condition on non composite type \"String\". (4:20)",
        ])
    }
}
