import Testing
@testable import GraphQLCore

/// `FieldResolver.sourceJSON`: values given as JSON are completed like any other result,
/// with the same null checks and scalar range errors.
@Suite struct SourceJSONResolverTests {
    private func run(_ query: String) throws -> String {
        let schema = try buildSchema("""
        type Query { name: String, strict: String!, count: Int, flag: Boolean, kind: Kind, names: [String] }
        enum Kind { A B }
        """)
        let root: [String: Any] = ["value": 7]
        try schema.bind("Query.name", .sourceJSON { source in .string("n\((source as! [String: Any])["value"]!)") })
        try schema.bind("Query.strict", .sourceJSON { _ in .null })
        try schema.bind("Query.count", .sourceJSON { _ in .int(1 << 40) })
        try schema.bind("Query.flag", .sourceJSON { _ in .bool(true) })
        try schema.bind("Query.kind", .sourceJSON { _ in .string("C") })
        try schema.bind("Query.names", .sourceJSON { _ in .array([.string("a"), .null]) })
        return String(decoding: graphqlSync(schema: schema, source: query, rootValue: root).json, as: UTF8.self)
    }

    @Test func valuesAreWrittenAsGiven() throws {
        #expect(try run("{ name flag names }") == #"{"data":{"name":"n7","flag":true,"names":["a",null]}}"#)
    }

    @Test func nullInANonNullFieldAndOutOfRangeValuesAreFieldErrors() throws {
        #expect(try run("{ strict }") == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.strict.","locations":[{"line":1,"column":3}],"path":["strict"]}],"data":null}"#)
        #expect(try run("{ count kind }") == #"{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 1099511627776","locations":[{"line":1,"column":3}],"path":["count"]},{"message":"Enum \"Kind\" cannot represent value: \"C\"","locations":[{"line":1,"column":9}],"path":["kind"]}],"data":{"count":null,"kind":null}}"#)
    }
}
