import Testing
@testable import GraphQLCore

@Suite struct KnownDirectivesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: KnownDirectivesRule.self)
    }

    @Test func knownDirectivesAtEveryExecutableLocation() {
        #expect(errors("""
        query Q($a: Int @onVariableDefinition) @onQuery @tag(name: "a") @cache(maxAge: 1) { product @onField { ...F @onFragmentSpread ... @onInlineFragment { id } } }
        mutation M @onMutation { cartCreate { id } }
        subscription S @onSubscription { cartUpdated(cartId: 1) { id } }
        fragment F on Product @onFragmentDefinition { id @include(if: true) @skip(if: false) }
        """) == [])
    }

    @Test func unknownDirectivesAndMisplacedOnes() {
        #expect(errors("""
        query Q($a: Int @onField) @onMutation { product @onQuery @unknown { ...F @onInlineFragment ... @onFragmentSpread { id @deprecated } } }
        mutation M @onQuery { cartCreate { id } }
        subscription S @onMutation @specifiedBy(url: "x") { cartUpdated(cartId: 1) { id } }
        fragment F on Product @onField { id @oneOf }
        """) == [
            "Directive \"@onField\" may not be used on VARIABLE_DEFINITION. (1:17)",
            "Directive \"@onMutation\" may not be used on QUERY. (1:27)",
            "Directive \"@onQuery\" may not be used on FIELD. (1:49)",
            "Unknown directive \"@unknown\". (1:58)",
            "Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD. (1:74)",
            "Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT. (1:96)",
            "Directive \"@deprecated\" may not be used on FIELD. (1:119)",
            "Directive \"@onQuery\" may not be used on MUTATION. (2:12)",
            "Directive \"@onMutation\" may not be used on SUBSCRIPTION. (3:16)",
            "Directive \"@specifiedBy\" may not be used on SUBSCRIPTION. (3:28)",
            "Directive \"@onField\" may not be used on FRAGMENT_DEFINITION. (4:23)",
            "Directive \"@oneOf\" may not be used on FIELD. (4:37)",
        ])
    }

    @Test func directivesDefinedInTheDocumentAreKnown() {
        #expect(errors("query Q { shopName @myDirective }\ndirective @myDirective on FIELD") == [])
    }

    // graphql-js also checks the directives of type-system definitions in an executable
    // document (and calls the fields of an input extension ARGUMENT_DEFINITION).
    @Test func typeSystemLocations() {
        #expect(errors("""
        query Q { shopName }
        type T @onObject @unknown @deprecated { f(a: Int @onArg @deprecated): Int @deprecated @onQuery }
        input In @oneOf { a: Int @deprecated @onArg @onInputField }
        extend input In { b: Int @onInputField @onArg }
        enum E @onQuery { A @deprecated @onQuery }
        scalar S @specifiedBy(url: "x") @onObject
        schema @onQuery { query: Query }
        union U @onQuery = T
        interface I @onObject { a: Int }
        directive @onObject on OBJECT
        directive @onArg on ARGUMENT_DEFINITION
        directive @onInputField on INPUT_FIELD_DEFINITION
        directive @d(a: Int @onArg @onInputField) on FIELD
        """) == [
            "Unknown directive \"@unknown\". (2:18)",
            "Directive \"@deprecated\" may not be used on OBJECT. (2:27)",
            "Directive \"@onQuery\" may not be used on FIELD_DEFINITION. (2:87)",
            "Directive \"@onArg\" may not be used on INPUT_FIELD_DEFINITION. (3:38)",
            "Directive \"@onInputField\" may not be used on ARGUMENT_DEFINITION. (4:26)",
            "Directive \"@onQuery\" may not be used on ENUM. (5:8)",
            "Directive \"@onQuery\" may not be used on ENUM_VALUE. (5:33)",
            "Directive \"@onObject\" may not be used on SCALAR. (6:33)",
            "Directive \"@onQuery\" may not be used on SCHEMA. (7:8)",
            "Directive \"@onQuery\" may not be used on UNION. (8:9)",
            "Directive \"@onObject\" may not be used on INTERFACE. (9:13)",
            "Directive \"@onInputField\" may not be used on ARGUMENT_DEFINITION. (13:28)",
        ])
    }
}
