import Testing
@testable import GraphQLCore

@Suite struct KnownFragmentNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: KnownFragmentNamesRule.self)
    }

    @Test func spreadsOfDefinedFragmentsAnywhere() {
        #expect(errors("""
        { product { ...A ... on Product { ...B } } }
        fragment A on Product { id }
        fragment B on Product { title ...A }
        """) == [])
    }

    @Test func unknownFragmentsInOperationsInlineFragmentsAndFragments() {
        #expect(errors("""
        { product { ...Nope ... on Product { ...Other } vendor { ...A } } }
        fragment A on Vendor { ...Missing }
        """) == [
            "Unknown fragment \"Nope\". (1:16)",
            "Unknown fragment \"Other\". (1:41)",
            "Unknown fragment \"Missing\". (2:27)",
        ])
    }
}
