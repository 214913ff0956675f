import Testing
@testable import GraphQLCore

@Suite struct NoUndefinedVariablesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: NoUndefinedVariablesRule.self)
    }

    @Test func variablesUsedInArgumentsListsObjectsDirectivesAndFragments() {
        #expect(errors("""
        query Q($a: Int, $b: Boolean!, $c: ProductFilter, $d: String) @cache(maxAge: $a) { echo(int: $a, filter: {tag: $d, priceRange: {min: $d}}, list: [$a]) product { ...F } }
        fragment F on Product { related(limit: $a) @include(if: $b) { id } description(truncateAt: $a) }
        """) == [])
    }

    @Test func undefinedVariablesPointAtTheUseAndTheOperation() {
        #expect(errors("""
        query Q($a: Int) { echo(int: $x, list: [$a, $y], filter: {tag: $z}) ...F }
        fragment F on Query { echo(string: $w) ... on Query { shopName @include(if: $v) } }
        """) == [
            "Variable \"$x\" is not defined by operation \"Q\". (1:30, 1:1)",
            "Variable \"$y\" is not defined by operation \"Q\". (1:45, 1:1)",
            "Variable \"$z\" is not defined by operation \"Q\". (1:64, 1:1)",
            "Variable \"$w\" is not defined by operation \"Q\". (2:36, 1:1)",
            "Variable \"$v\" is not defined by operation \"Q\". (2:77, 1:1)",
        ])
    }

    @Test func eachOperationThatSpreadsTheFragment() {
        #expect(errors("""
        { echo(int: $x) }
        query A { ...F }
        query B($w: String) { ...F }
        fragment F on Query { echo(string: $w) }
        """) == [
            "Variable \"$x\" is not defined. (1:13, 1:1)",
            "Variable \"$w\" is not defined by operation \"A\". (4:36, 2:1)",
        ])
    }

    @Test func operationDirectives() {
        #expect(errors("query Q($a: Int = 1) { echo(int: $a) }\nquery R @tag(name: $n) { shopName }") == [
            "Variable \"$n\" is not defined by operation \"R\". (2:20, 2:1)",
        ])
    }
}
