import Testing
@testable import GraphQLCore

@Suite struct OperationTypeExistenceRuleTests {
    private func errors(_ document: String, schema: GraphQLSchema = Harness.queryOnlySchema) -> [String] {
        validationErrors(document, rule: OperationTypeExistenceRule.self, schema: schema)
    }

    @Test func operationsWhoseRootTypeExists() {
        #expect(errors("{ shopName } query Q { shopName }") == [])
        #expect(errors("mutation M { cartCreate { id } } subscription S { cartUpdated(cartId: 1) { id } }", schema: Harness.schema) == [])
    }

    // The message and location are those graphql-js 16 reports when executing such an operation.
    @Test func mutationsAndSubscriptionsWithoutRootType() {
        #expect(errors("mutation M { x }\n  subscription { y }") == [
            "Schema is not configured to execute mutation operation. (1:1)",
            "Schema is not configured to execute subscription operation. (2:3)",
        ])
    }

    @Test func notAmongTheRulesGraphQLJS16Runs() {
        #expect(!specifiedRules.contains { $0 == OperationTypeExistenceRule.self })
    }
}
