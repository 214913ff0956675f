import Testing
@testable import GraphQLCore

@Suite struct SingleFieldSubscriptionsRuleTests {
    private func errors(_ document: String, schema: GraphQLSchema = Harness.schema) -> [String] {
        validationErrors(document, rule: SingleFieldSubscriptionsRule.self, schema: schema)
    }

    @Test func oneRootFieldDirectlyOrThroughFragments() {
        #expect(errors("subscription S { cartUpdated(cartId: 1) { id } }") == [])
        #expect(errors("subscription S { ...F }\nfragment F on Subscription { cartUpdated(cartId: 1) { id } }") == [])
        #expect(errors("subscription S { cartUpdated(cartId: 1) { id } cartUpdated(cartId: 1) { totalQuantity } }") == [])
        #expect(errors("subscription S { ...F ...F cartUpdated(cartId: 1) { id } }\nfragment F on Subscription { cartUpdated(cartId: 1) { id } }") == [])
    }

    @Test func fragmentsOfOtherTypesDoNotApply() {
        #expect(errors("subscription S { ... on Query { shopName } cartUpdated(cartId: 1) { id } }") == [])
    }

    @Test func moreThanOneRootField() {
        #expect(errors("subscription S { cartUpdated(cartId: 1) { id } productPriceChanged { id } }") == [
            "Subscription \"S\" must select only one top level field. (1:48)",
        ])
    }

    @Test func extraFieldsFromAliasesInlineFragmentsAndSpreads() {
        #expect(errors("""
        subscription { cartUpdated(cartId: 1) { id } a: cartUpdated(cartId: 2) { id } ... on Subscription { productPriceChanged { id } } ...F }
        fragment F on Subscription { b: productPriceChanged { id } }
        """) == ["Anonymous Subscription must select only one top level field. (1:46, 1:101, 2:30)"])
    }

    @Test func introspectionRootFields() {
        #expect(errors("subscription S { __typename }") == [
            "Subscription \"S\" must not select an introspection top level field. (1:18)",
        ])
        #expect(errors("subscription { __typename cartUpdated(cartId: 1) { id } __typename }") == [
            "Anonymous Subscription must select only one top level field. (1:27)",
            "Anonymous Subscription must not select an introspection top level field. (1:16, 1:57)",
        ])
    }

    // September 2025: CollectSubscriptionFields rejects @skip and @include at the top level
    // (graphql-js 16 throws on a variable there; the messages are graphql-js 17's).
    @Test func skipAndIncludeAtTheTopLevel() {
        #expect(errors("subscription S($x: Boolean!) { cartUpdated(cartId: 1) @skip(if: $x) { id } }") == [
            "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. (1:55)",
        ])
        #expect(errors("""
        subscription { ... @include(if: true) { ...F @skip(if: false) } }
        fragment F on Subscription { cartUpdated(cartId: 1) @include(if: true) { id } }
        """) == [
            "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection. (1:20, 1:46, 2:53)",
        ])
    }

    @Test func skipAndIncludeBelowTheTopLevelAreFine() {
        #expect(errors("subscription S($x: Boolean!) { cartUpdated(cartId: 1) { id @skip(if: $x) } }") == [])
    }

    @Test func schemaWithoutSubscriptions() {
        #expect(errors("subscription S { shopName shopName: __typename }", schema: Harness.queryOnlySchema) == [])
    }
}
