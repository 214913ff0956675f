import Testing
@testable import GraphQLCore

@Suite struct NoUnusedVariablesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: NoUnusedVariablesRule.self)
    }

    @Test func usesInOperationsAndTheFragmentsTheySpread() {
        #expect(errors("""
        query Q($a: Int, $b: Boolean!, $d: String) @cache(maxAge: $a) { echo(filter: {tag: $d}) product { ...F } }
        fragment F on Product { related(limit: $a) @include(if: $b) { id } }
        """) == [])
    }

    @Test func unusedVariablesPointAtTheirDefinition() {
        #expect(errors("""
        query Q($a: Int, $b: Boolean!, $c: ProductFilter, $d: String) @cache(maxAge: $a) { echo(int: $a, filter: {tag: $d, priceRange: {min: $d}}, list: [$a]) product { ...F } }
        fragment F on Product { related(limit: $a) @include(if: $b) { id } description(truncateAt: $a) }
        """) == ["Variable \"$c\" is never used in operation \"Q\". (1:32)"])
        #expect(errors("query ($a: Int, $b: Int = 2) { echo(int: $a) }") == ["Variable \"$b\" is never used. (1:17)"])
    }

    @Test func aFragmentUsesItOnlyForTheOperationsThatSpreadIt() {
        #expect(errors("""
        query A($w: String) { ...F }
        query B($w: String) { shopName }
        fragment F on Query { echo(string: $w) }
        """) == ["Variable \"$w\" is never used in operation \"B\". (2:9)"])
    }
}
