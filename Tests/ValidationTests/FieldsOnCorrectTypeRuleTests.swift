import Testing
@testable import GraphQLCore

@Suite struct FieldsOnCorrectTypeRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: FieldsOnCorrectTypeRule.self)
    }

    @Test func fieldsOfObjectsInterfacesUnionsAndMetaFields() {
        #expect(errors("""
        { product { __typename id title ... on Product { handle } }
          node(id: 1) { __typename id ... on Merchandise { title } }
          search(query: "") { __typename ... on Vendor { name } }
          __schema { queryType { name } } __type(name: "X") { name } }
        """) == [])
    }

    @Test func misspelledFieldsSuggestSimilarNames() {
        #expect(errors("{ product { titel } shopNam cart(id: 1) { lines { merchandise { id } } } }") == [
            "Cannot query field \"titel\" on type \"Product\". Did you mean \"title\"? (1:13)",
            "Cannot query field \"shopNam\" on type \"Query\". Did you mean \"shopName\"? (1:21)",
            "Cannot query field \"id\" on type \"CartLineMerchandise\". Did you mean to use an inline fragment on \"Node\", \"GiftCard\", \"Merchandise\", or \"ProductVariant\"? (1:65)",
        ])
    }

    @Test func abstractTypesSuggestTheTypesThatHaveTheField() {
        #expect(errors("{ node(id: 1) { title } merchandise(id: 1) { handle sku } search(query: \"\") { title name } }") == [
            "Cannot query field \"title\" on type \"Node\". Did you mean to use an inline fragment on \"Merchandise\", \"Collection\", \"Product\", or \"ProductVariant\"? (1:17)",
            "Cannot query field \"handle\" on type \"Merchandise\". Did you mean to use an inline fragment on \"Product\"? (1:46)",
            "Cannot query field \"sku\" on type \"Merchandise\". Did you mean to use an inline fragment on \"ProductVariant\"? (1:53)",
            "Cannot query field \"title\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Collection\", \"Merchandise\", or \"Product\"? (1:79)",
            "Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Vendor\"? (1:85)",
        ])
        #expect(errors("{ node(id: 1) { price } }") == [
            "Cannot query field \"price\" on type \"Node\". Did you mean to use an inline fragment on \"Merchandise\", \"Product\", or \"ProductVariant\"? (1:17)",
        ])
    }

    /// graphql-js's comparator puts an interface before its subtypes but orders unrelated
    /// types by name, which is not a total order: the suggestions follow V8's TimSort
    /// (checked against graphql-js 16.6).
    @Test func suggestedTypesInGraphQLJSSortOrder() throws {
        let schema = try buildSchema("""
        interface Mammal { mother: Mammal }
        interface Pet { name: String }
        interface Canine implements Mammal { name: String mother: Canine }
        type Dog implements Pet & Mammal & Canine { name: String mother: Dog }
        type Human { name: String }
        union DogOrHuman = Dog | Human
        type Query { dogOrHuman: DogOrHuman }
        """)
        #expect(validationErrors("{ dogOrHuman { name } }", rule: FieldsOnCorrectTypeRule.self, schema: schema) == [
            "Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Canine\", \"Human\", \"Pet\", or \"Dog\"? (1:16)",
        ])
    }

    @Test func schemaMetaFieldsOnlyOnTheQueryType() {
        #expect(errors("{ node(id: 1) { __schema { queryType { name } } } product { __type(name: \"x\") { name } } }") == [
            "Cannot query field \"__schema\" on type \"Node\". (1:17)",
            "Cannot query field \"__type\" on type \"Product\". (1:61)",
        ])
    }

    @Test func noSuggestionsWhenNothingIsClose() {
        #expect(errors("{ product { xyzzy } search(query: \"\") { xyzzy } }") == [
            "Cannot query field \"xyzzy\" on type \"Product\". (1:13)",
            "Cannot query field \"xyzzy\" on type \"SearchResult\". (1:41)",
        ])
    }

    @Test func mutationAndSubscriptionRoots() {
        #expect(errors("mutation { cartCreate { id } shopName } subscription { cartUpdated(cartId: 1) { idd } }") == [
            "Cannot query field \"shopName\" on type \"Mutation\". (1:30)",
            "Cannot query field \"idd\" on type \"Cart\". Did you mean \"id\"? (1:81)",
        ])
    }

    @Test func onlyTheFirstUnknownLevelIsReported() {
        #expect(errors("{ nope { x } product { ... on Vendor { productz } ... on Nope { x } } }") == [
            "Cannot query field \"nope\" on type \"Query\". Did you mean \"node\"? (1:3)",
            "Cannot query field \"productz\" on type \"Vendor\". Did you mean \"products\"? (1:40)",
        ])
    }
}
