import Testing
@testable import GraphQLCore

@Suite struct UniqueDirectivesPerLocationRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: UniqueDirectivesPerLocationRule.self)
    }

    @Test func repeatableAndDifferentDirectives() {
        #expect(errors("""
        query Q($a: Int @onVariableDefinition) @onQuery @tag(name: "a") @tag(name: "b") { product @onField @tag(name: "c") @tag(name: "d") { ...F @tag(name: "e") @tag(name: "f") ... @onInlineFragment { id @skip(if: true) @include(if: true) } } }
        fragment F on Product @onFragmentDefinition { id }
        """) == [])
    }

    @Test func repeatedNonRepeatableDirectivesAtEveryLocation() {
        #expect(errors("""
        query Q($a: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery @cache(maxAge: 1) @cache(maxAge: 2) { product @onField @onField @onField { ...F @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { id @skip(if: true) @skip(if: false) } } }
        fragment F on Product @onFragmentDefinition @onFragmentDefinition { id }
        """) == [
            "The directive \"@onQuery\" can only be used once at this location. (1:62, 1:71)",
            "The directive \"@cache\" can only be used once at this location. (1:80, 1:98)",
            "The directive \"@onVariableDefinition\" can only be used once at this location. (1:17, 1:39)",
            "The directive \"@onField\" can only be used once at this location. (1:126, 1:135)",
            "The directive \"@onField\" can only be used once at this location. (1:126, 1:144)",
            "The directive \"@onFragmentSpread\" can only be used once at this location. (1:160, 1:178)",
            "The directive \"@onInlineFragment\" can only be used once at this location. (1:200, 1:218)",
            "The directive \"@skip\" can only be used once at this location. (1:241, 1:257)",
            "The directive \"@onFragmentDefinition\" can only be used once at this location. (2:23, 2:45)",
        ])
    }

    @Test func typeSystemDefinitionsCountWithTheirExtensions() {
        #expect(errors("""
        query Q { shopName }
        type T @onObject { f(a: Int @onArg @onArg): Int @d @d }
        extend type T @onObject
        extend type T @onObject @r @r
        schema @s { query: Query }
        extend schema @s
        enum E @e { A @e @e }
        extend enum E @e
        directive @onObject on OBJECT
        directive @onArg on ARGUMENT_DEFINITION
        directive @d on FIELD_DEFINITION
        directive @r repeatable on OBJECT
        directive @s on SCHEMA
        directive @e on ENUM | ENUM_VALUE
        """) == [
            "The directive \"@d\" can only be used once at this location. (2:49, 2:52)",
            "The directive \"@onArg\" can only be used once at this location. (2:29, 2:36)",
            "The directive \"@onObject\" can only be used once at this location. (2:8, 3:15)",
            "The directive \"@onObject\" can only be used once at this location. (2:8, 4:15)",
            "The directive \"@s\" can only be used once at this location. (5:8, 6:15)",
            "The directive \"@e\" can only be used once at this location. (7:15, 7:18)",
            "The directive \"@e\" can only be used once at this location. (7:8, 8:15)",
        ])
    }
}
