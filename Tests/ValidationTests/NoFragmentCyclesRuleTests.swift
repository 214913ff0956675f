import Testing
@testable import GraphQLCore

@Suite struct NoFragmentCyclesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: NoFragmentCyclesRule.self)
    }

    @Test func repeatedAndNestedSpreadsWithoutCycles() {
        #expect(errors("""
        { product { ...A } }
        fragment A on Product { ...B ...B vendor { products { ...B } } }
        fragment B on Product { id ... on Product { ...C } }
        fragment C on Product { id }
        """) == [])
    }

    @Test func aFragmentSpreadingItself() {
        #expect(errors("fragment A on Product { ...A }") == ["Cannot spread fragment \"A\" within itself. (1:25)"])
        #expect(errors("fragment A on Product { vendor { products { ...A } } }") == ["Cannot spread fragment \"A\" within itself. (1:45)"])
        #expect(errors("fragment A on Product { ...Unknown ...A }") == ["Cannot spread fragment \"A\" within itself. (1:36)"])
    }

    @Test func cyclesThroughOtherFragmentsNameTheWay() {
        #expect(errors("""
        fragment A on Product { ...B }
        fragment B on Product { ...C }
        fragment C on Product { ...A }
        """) == ["Cannot spread fragment \"A\" within itself via \"B\", \"C\". (1:25, 2:25, 3:25)"])
        #expect(errors("""
        fragment A on Product { ...B ...C }
        fragment B on Product { ...A }
        fragment C on Product { ...A }
        """) == [
            "Cannot spread fragment \"A\" within itself via \"B\". (1:25, 2:25)",
            "Cannot spread fragment \"A\" within itself via \"C\". (1:30, 3:25)",
        ])
    }

    @Test func eachCycleIsReportedOnce() {
        #expect(errors("""
        fragment A on Product { ...B }
        fragment B on Product { ...B ...C }
        fragment C on Product { ...A ...B }
        """) == [
            "Cannot spread fragment \"B\" within itself. (2:25)",
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". (1:25, 2:30, 3:25)",
            "Cannot spread fragment \"B\" within itself via \"C\". (2:30, 3:30)",
        ])
        #expect(errors("""
        fragment A on Product { ...B }
        fragment B on Product { ...C ...D }
        fragment C on Product { ...B }
        fragment D on Product { ...A ...D }
        """) == [
            "Cannot spread fragment \"B\" within itself via \"C\". (2:25, 3:25)",
            "Cannot spread fragment \"A\" within itself via \"B\", \"D\". (1:25, 2:30, 4:25)",
            "Cannot spread fragment \"D\" within itself. (4:30)",
        ])
    }

    @Test func aLongChainFinishesQuickly() {
        let count = 2_000
        var document = "{ product { ...F0 } }\n"
        for index in 0..<count {
            document += "fragment F\(index) on Product { id ...F\((index + 1) % count) ...F\((index + 2) % count) }\n"
        }
        // Wall time, so loose: a quadratic walk of 2000 fragments would take far longer.
        let started = ContinuousClock.now
        let found = errors(document)
        #expect(ContinuousClock.now - started < .seconds(5))
        // graphql-js 16.6 finds the same three cycles (of 2000, 1999 and 1999 spreads).
        let expectedStarts = [
            "Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\", \"F3\"",
            "Cannot spread fragment \"F1\" within itself via \"F2\", \"F3\", \"F4\"",
            "Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\", \"F3\"",
        ]
        #expect(found.count == 3)
        #expect(zip(found, expectedStarts).allSatisfy { $0.hasPrefix($1) })
        #expect(found.map { $0.split(separator: "(").last?.split(separator: ",").count } == [2000, 1999, 1999])
    }
}
