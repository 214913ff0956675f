import Testing
@testable import GraphQLCore

@Suite struct PossibleFragmentSpreadsRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: PossibleFragmentSpreadsRule.self)
    }

    @Test func overlappingObjectsInterfacesAndUnions() {
        #expect(errors("""
        { product { ...P ...M ...N ... on Merchandise { id } ... on SearchResult { __typename } } node(id: 1) { ...P ...V ... on SearchResult { __typename } ... on Merchandise { id } } search(query: "") { ...P ...N ... on Vendor { name } } cart(id: 1) { lines { merchandise { ...M ... on Node { id } } } } }
        fragment P on Product { id }
        fragment M on Merchandise { id }
        fragment N on Node { id }
        fragment V on ProductVariant { id }
        """) == [])
    }

    @Test func typesWithNoPossibleTypeInCommon() {
        #expect(errors("""
        { product { ...V ...G ...C ... on Vendor { name } ... on CartLineMerchandise { __typename } } search(query: "") { ...V ...GC ... on ProductVariant { id } ...M2 } vendor: merchandise(id: 1) { ... on Vendor { name } ...SR } }
        fragment V on ProductVariant { id }
        fragment G on GiftCard { id }
        fragment C on Collection { id }
        fragment GC on CartLineMerchandise { __typename }
        fragment M2 on Merchandise { id }
        fragment SR on SearchResult { __typename }
        """) == [
            "Fragment \"V\" cannot be spread here as objects of type \"Product\" can never be of type \"ProductVariant\". (1:13)",
            "Fragment \"G\" cannot be spread here as objects of type \"Product\" can never be of type \"GiftCard\". (1:18)",
            "Fragment \"C\" cannot be spread here as objects of type \"Product\" can never be of type \"Collection\". (1:23)",
            "Fragment cannot be spread here as objects of type \"Product\" can never be of type \"Vendor\". (1:28)",
            "Fragment cannot be spread here as objects of type \"Product\" can never be of type \"CartLineMerchandise\". (1:51)",
            "Fragment \"V\" cannot be spread here as objects of type \"SearchResult\" can never be of type \"ProductVariant\". (1:115)",
            "Fragment \"GC\" cannot be spread here as objects of type \"SearchResult\" can never be of type \"CartLineMerchandise\". (1:120)",
            "Fragment cannot be spread here as objects of type \"SearchResult\" can never be of type \"ProductVariant\". (1:126)",
            "Fragment cannot be spread here as objects of type \"Merchandise\" can never be of type \"Vendor\". (1:192)",
        ])
    }

    @Test func unknownFragmentsAndTypesAreLeftToOtherRules() {
        #expect(errors("{ product { ...Unknown ...S ... on Nope { id } } }\nfragment S on String { id }") == [])
    }
}
