import Testing
@testable import GraphQLCore

@Suite struct UniqueArgumentNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: UniqueArgumentNamesRule.self)
    }

    @Test func distinctArgumentsAndRepeatedInputFieldsAreNotThisRulesConcern() {
        #expect(errors("""
        { product(id: 1, handle: "x") { related(limit: 1, filter: {tag: "a", tag: "b"}) { id } } shopName @tag(name: "a") @tag(name: "b") }
        """) == [])
    }

    @Test func everyArgumentOfARepeatedName() {
        #expect(errors("""
        { product(id: 1, id: 2, handle: "x", id: 3) { id @skip(if: true, if: false) } echo(int: 1, string: "", int: 2, string: "") }
        """) == [
            "There can be only one argument named \"id\". (1:11, 1:18, 1:38)",
            "There can be only one argument named \"if\". (1:56, 1:66)",
            "There can be only one argument named \"int\". (1:84, 1:104)",
            "There can be only one argument named \"string\". (1:92, 1:112)",
        ])
    }

    @Test func directivesOfTypeSystemDefinitions() {
        #expect(errors("type T @d(a: 1, a: 2) { f: Int }\ndirective @d(a: Int) on OBJECT") == [
            "There can be only one argument named \"a\". (1:11, 1:17)",
        ])
    }
}
