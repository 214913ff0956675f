import Testing
@testable import GraphQLCore

@Suite struct ExecutableDefinitionsRuleTests {
    @Test func operationsAndFragmentsAreExecutable() {
        #expect(validationErrors("""
        query Q { shopName }
        fragment F on Query { shopName }
        """, rule: ExecutableDefinitionsRule.self) == [])
    }

    @Test func everyTypeSystemDefinitionAndExtensionIsReported() {
        #expect(validationErrors("""
        query A { shopName }
        type Foo { a: Int }
        extend type Query { b: Int }
        schema { query: Query }
        extend schema @onQuery
        scalar S
        interface I { a: Int }
        union U = Product
        enum E { A }
        input In { a: Int }
        directive @d on FIELD
        """, rule: ExecutableDefinitionsRule.self) == [
            "The \"Foo\" definition is not executable. (2:1)",
            "The \"Query\" definition is not executable. (3:1)",
            "The schema definition is not executable. (4:1)",
            "The schema definition is not executable. (5:1)",
            "The \"S\" definition is not executable. (6:1)",
            "The \"I\" definition is not executable. (7:1)",
            "The \"U\" definition is not executable. (8:1)",
            "The \"E\" definition is not executable. (9:1)",
            "The \"In\" definition is not executable. (10:1)",
            "The \"d\" definition is not executable. (11:1)",
        ])
    }
}
