import Testing
@testable import GraphQLCore

@Suite struct NoUnusedFragmentsRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: NoUnusedFragmentsRule.self)
    }

    @Test func fragmentsUsedDirectlyOrTransitively() {
        #expect(errors("""
        query A { product { ...F1 } }
        query B { product { ...F2 } }
        fragment F1 on Product { id ...F3 }
        fragment F2 on Product { id }
        fragment F3 on Product { id ...F1 }
        """) == [])
    }

    @Test func fragmentsOnlyReachableFromUnusedFragments() {
        #expect(errors("""
        query A { product { ...F1 } }
        query B { product { ...F2 } }
        fragment F1 on Product { id ...F3 }
        fragment F2 on Product { id }
        fragment F3 on Product { id ...F1 }
        fragment Unused1 on Product { id ...Unused2 }
        fragment Unused2 on Product { id ...F1 }
        """) == [
            "Fragment \"Unused1\" is never used. (6:1)",
            "Fragment \"Unused2\" is never used. (7:1)",
        ])
    }

    @Test func aDocumentWithoutOperations() {
        #expect(errors("fragment F on Query { shopName }") == ["Fragment \"F\" is never used. (1:1)"])
    }

    @Test func aFragmentThatOnlySpreadsItself() {
        #expect(errors("""
        { ...F }
        fragment F on Query { shopName }
        fragment F on Query { shopName }
        fragment G on Query { ...G }
        """) == ["Fragment \"G\" is never used. (4:1)"])
    }
}
