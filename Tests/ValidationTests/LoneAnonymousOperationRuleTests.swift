import Testing
@testable import GraphQLCore

@Suite struct LoneAnonymousOperationRuleTests {
    @Test func oneAnonymousOperation() {
        #expect(validationErrors("{ shopName }", rule: LoneAnonymousOperationRule.self) == [])
    }

    @Test func fragmentsDoNotCount() {
        #expect(validationErrors("{ shopName }\nfragment F on Query { shopName }", rule: LoneAnonymousOperationRule.self) == [])
    }

    @Test func namedOperationsTogether() {
        #expect(validationErrors("query A { shopName }\nquery B { shopName }", rule: LoneAnonymousOperationRule.self) == [])
    }

    @Test func everyAnonymousOperationBesideOthersIsReported() {
        #expect(validationErrors("{ shopName }\nquery { shopName }", rule: LoneAnonymousOperationRule.self) == [
            "This anonymous operation must be the only defined operation. (1:1)",
            "This anonymous operation must be the only defined operation. (2:1)",
        ])
        #expect(validationErrors("{ shopName }\nmutation M { cartCreate { id } }", rule: LoneAnonymousOperationRule.self) == [
            "This anonymous operation must be the only defined operation. (1:1)",
        ])
    }
}
