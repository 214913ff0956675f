import Testing
@testable import GraphQLCore

@Suite struct UniqueOperationNamesRuleTests {
    @Test func distinctNamesAndFragmentsOfTheSameName() {
        #expect(validationErrors("""
        query A { shopName }
        query B { shopName }
        mutation C { cartCreate { id } }
        fragment A on Query { shopName }
        """, rule: UniqueOperationNamesRule.self) == [])
    }

    @Test func anonymousOperationsHaveNoName() {
        #expect(validationErrors("{ shopName }\nquery { shopName }", rule: UniqueOperationNamesRule.self) == [])
    }

    @Test func repeatedNamesPointAtTheFirstAndTheRepeat() {
        #expect(validationErrors("""
        query A { shopName }
        query A { shopName }
        mutation A { cartCreate { id } }
        subscription A { cartUpdated(cartId: 1) { id } }
        """, rule: UniqueOperationNamesRule.self) == [
            "There can be only one operation named \"A\". (1:7, 2:7)",
            "There can be only one operation named \"A\". (1:7, 3:10)",
            "There can be only one operation named \"A\". (1:7, 4:14)",
        ])
    }
}
