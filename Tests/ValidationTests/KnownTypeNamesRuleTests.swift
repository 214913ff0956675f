import Testing
@testable import GraphQLCore

@Suite struct KnownTypeNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: KnownTypeNamesRule.self)
    }

    @Test func knownTypesInVariablesAndTypeConditions() {
        #expect(errors("""
        query Q($a: ProductFilter, $b: [String!]!, $c: DateTime, $d: __Schema) { product { ...F ... on Product { id } ... { id } } }
        fragment F on Merchandise { id }
        """) == [])
    }

    @Test func unknownTypesWithSuggestions() {
        #expect(errors("""
        query Q($a: Filter, $b: [Strin!]!) { product { ...F ... on Produkt { id } } }
        fragment F on Merchandize { id }
        """) == [
            "Unknown type \"Filter\". (1:13)",
            "Unknown type \"Strin\". Did you mean \"String\"? (1:26)",
            "Unknown type \"Produkt\". Did you mean \"Product\"? (1:60)",
            "Unknown type \"Merchandize\". Did you mean \"Merchandise\"? (2:15)",
        ])
    }

    @Test func typeReferencesInsideTypeSystemDefinitions() {
        #expect(errors("""
        query Q($a: JSON) { shopName }
        type Foo { a: Float b: [Strin] c: Bar d: Foo }
        type Bar { e: __Type f: Baz }
        """) == [
            "Unknown type \"JSON\". (1:13)",
            "Unknown type \"Strin\". Did you mean \"String\"? (2:25)",
            "Unknown type \"Baz\". Did you mean \"Bar\"? (3:25)",
        ])
    }

    @Test func typesDefinedInTheDocumentAreKnown() {
        #expect(errors("query Q($a: Foo, $b: Float) { shopName }\nscalar Foo\nextend type Qux { a: Int }") == [])
    }
}
