import Testing
@testable import GraphQLCore

@Suite struct UniqueFragmentNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: UniqueFragmentNamesRule.self)
    }

    @Test func distinctNames() {
        #expect(errors("{ product { ...A ...B } }\nfragment A on Product { id }\nfragment B on Product { title }") == [])
    }

    @Test func anOperationMayShareAFragmentsName() {
        #expect(errors("query A { shopName }\nfragment A on Query { shopName }") == [])
    }

    @Test func repeatedNamesPointAtTheFirstAndTheRepeat() {
        #expect(errors("""
        { product { ...A } }
        fragment A on Product { id }
        fragment A on Product { title }
        fragment A on Product { handle }
        """) == [
            "There can be only one fragment named \"A\". (2:10, 3:10)",
            "There can be only one fragment named \"A\". (2:10, 4:10)",
        ])
    }
}
