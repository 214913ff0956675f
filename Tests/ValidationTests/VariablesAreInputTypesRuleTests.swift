import Testing
@testable import GraphQLCore

@Suite struct VariablesAreInputTypesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: VariablesAreInputTypesRule.self)
    }

    @Test func scalarsEnumsInputObjectsAndTheirWrappings() {
        #expect(errors("query Q($a: String, $b: [Boolean!]!, $c: ProductFilter, $d: TextFormat) { shopName }") == [])
    }

    @Test func outputTypesAreReportedAsWritten() {
        #expect(errors("query Q($a: Product, $b: [[Merchandise!]]!, $c: SearchResult!, $d: Nope) { shopName }") == [
            "Variable \"$a\" cannot be non-input type \"Product\". (1:13)",
            "Variable \"$b\" cannot be non-input type \"[[Merchandise!]]!\". (1:26)",
            "Variable \"$c\" cannot be non-input type \"SearchResult!\". (1:49)",
        ])
    }

    @Test func eachOperationSeparately() {
        #expect(errors("query Q($a: Product) { shopName }\nquery R($a: Money) { shopName }") == [
            "Variable \"$a\" cannot be non-input type \"Product\". (1:13)",
            "Variable \"$a\" cannot be non-input type \"Money\". (2:13)",
        ])
    }
}
