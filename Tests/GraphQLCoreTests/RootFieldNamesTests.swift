import Testing
@testable import GraphQLCore

/// `PreparedDocument.rootFieldNames(of:)` and `selectedOperation(named:)`.
@Suite struct RootFieldNamesTests {
    private let schema = try! buildSchema("type Query { a: Int, b: Int, c: Int, d: Int }")

    @Test func rootFieldsThroughInlineFragmentsAndSpreads() throws {
        let document = PreparedDocument(try parse("""
        query Q { a ... on Query { b } ...F ...F }
        fragment F on Query { alias: c ...G }
        fragment G on Query { d ...F }
        """), schema: schema)
        let operation = try document.selectedOperation(named: "Q").get()
        #expect(document.rootFieldNames(of: operation) == ["a", "b", "c", "d"])
    }

    @Test func manySpreadsOfNestedFragmentsAreWalkedOnce() throws {
        var source = "{ ...F0 ...F0 }\n"
        for index in 0..<40 { source += "fragment F\(index) on Query { a ...F\(index + 1) ...F\(index + 1) }\n" }
        source += "fragment F40 on Query { b }\n"
        let document = PreparedDocument(try parse(source), schema: schema)
        let operation = try document.selectedOperation(named: nil).get()
        #expect(document.rootFieldNames(of: operation) == ["a", "b"])
    }

    @Test func operationSelectionKeepsGraphQLJSMessages() throws {
        let document = PreparedDocument(try parse("query A { a } query B { b }"), schema: schema)
        #expect(throws: GraphQLError("Must provide operation name if query contains multiple operations.")) {
            try document.selectedOperation(named: nil).get()
        }
        #expect(throws: GraphQLError("Unknown operation named \"C\".")) { try document.selectedOperation(named: "C").get() }
        #expect(try document.selectedOperation(named: "B").get().name?.value == "B")
    }
}
