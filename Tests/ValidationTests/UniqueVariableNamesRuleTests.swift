import Testing
@testable import GraphQLCore

@Suite struct UniqueVariableNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: UniqueVariableNamesRule.self)
    }

    @Test func distinctNamesPerOperation() {
        #expect(errors("query Q($a: Int, $b: String) { shopName }\nquery R($a: Int, $b: String) { shopName }") == [])
    }

    @Test func everyDefinitionOfARepeatedName() {
        #expect(errors("query Q($a: Int, $a: String, $b: Int, $a: ID, $b: Int) { shopName }") == [
            "There can be only one variable named \"$a\". (1:10, 1:19, 1:40)",
            "There can be only one variable named \"$b\". (1:31, 1:48)",
        ])
    }
}
