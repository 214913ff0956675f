import Foundation
import Testing
@testable import GraphQLCore

/// printSchema against graphql-js's printing: fixed cases, and every shared schema compared
/// with graphql-core's `print_schema(build_schema(sdl))` when python3 with graphql-core is
/// installed (it is on the project's machines).
@Suite struct PrintSchemaTests {
    @Test func printsLikeGraphQLJS() throws {
        let sdl = #"""
        """The root"""
        type Query implements Node {
          id: ID!
          "Search things"
          search(
            "What to look for"
            text: String = "x", limit: Int = 10, sort: Sort = ASC, filter: Filter = {tags: ["a"], range: {min: 1.5}}
          ): [Thing!]! @deprecated
          old: Int @deprecated(reason: "Use \"new\"")
        }
        interface Node { id: ID! }
        enum Sort { ASC DESC @deprecated(reason: "No longer supported") }
        input Filter { tags: [String!], range: Range }
        input Range { min: Float = 0, max: Float }
        input Pick @oneOf { a: Int, b: String }
        union Thing = Query
        scalar Date @specifiedBy(url: "https://example.com/date")
        directive @auth(role: String = "admin") repeatable on FIELD_DEFINITION | OBJECT
        """#
        let schema = try buildSchema(sdl)
        // graphql-core 3.2.8 print_schema(build_schema(sdl)) on the same SDL:
        #expect(printSchema(schema) == #"""
        directive @auth(role: String = "admin") repeatable on FIELD_DEFINITION | OBJECT

        """The root"""
        type Query implements Node {
          id: ID!

          """Search things"""
          search(
            """What to look for"""
            text: String = "x"
            limit: Int = 10
            sort: Sort = ASC
            filter: Filter = {tags: ["a"], range: {min: 1.5}}
          ): [Thing!]! @deprecated
          old: Int @deprecated(reason: "Use \"new\"")
        }

        interface Node {
          id: ID!
        }

        enum Sort {
          ASC
          DESC @deprecated
        }

        input Filter {
          tags: [String!]
          range: Range
        }

        input Range {
          min: Float = 0
          max: Float
        }

        input Pick @oneOf {
          a: Int
          b: String
        }

        union Thing = Query

        scalar Date @specifiedBy(url: "https://example.com/date")
        """#)
    }

    @Test func descriptionsPrintAsGraphQLJS() throws {
        let schema = try buildSchema(#"""
        type Query {
          "ends with quote\""
          a: Int
          " leading space"
          b: Int
          "ends with slash\\"
          c: Int
          "a long description that is definitely longer than seventy characters in total length"
          d: Int
          "first\n  indented second"
          e: Int
          "first\nsecond"
          f(
            "has \"\"\" triple"
            x: Int
            "tab\tinside\u0001ctl"
            y: Int
          ): Int
          "\n leading newline"
          g: Int
        }
        """#)
        // graphql-core 3.2.8 print_schema(build_schema(sdl)) on the same SDL:
        #expect(printSchema(schema) == #"""
        type Query {
          """
          ends with quote"
          """
          a: Int

          """ leading space"""
          b: Int

          """
          ends with slash\
          """
          c: Int

          """
          a long description that is definitely longer than seventy characters in total length
          """
          d: Int

          """
          first
            indented second
          """
          e: Int

          """
          first
          second
          """
          f(
            """has \""" triple"""
            x: Int

            "tab\tinside\u0001ctl"
            y: Int
          ): Int

          "\n leading newline"
          g: Int
        }
        """#)
    }

    @Test func schemaDefinitionOnlyWhenNamesAreUncommon() throws {
        #expect(printSchema(try buildSchema("type Query { a: Int } type M { b: Int } schema { query: Query mutation: M }")) == """
        schema {
          query: Query
          mutation: M
        }

        type Query {
          a: Int
        }

        type M {
          b: Int
        }
        """)
        #expect(printSchema(try buildSchema("\"Described\" schema { query: Query } type Query { a: Int }")).hasPrefix("\"\"\"Described\"\"\"\nschema {\n  query: Query\n}"))
    }

    @Test(.enabled(if: GraphQLCoreReference.available, "needs python3 with graphql-core"), arguments: GraphQLCoreReference.sharedSchemas)
    func matchesGraphQLCore(path: String) throws {
        let sdl = try String(contentsOfFile: path, encoding: .utf8)
        let ours = printSchema(try buildSchema(sdl))
        let reference = try #require(GraphQLCoreReference.printSchema(path))
        if ours != reference {
            let a = ours.split(separator: "\n", omittingEmptySubsequences: false), b = reference.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("first difference at line \((first?.offset ?? min(a.count, b.count)) + 1): \(first.map { "\($0.element.0) <> \($0.element.1)" } ?? "length")")
        }
    }
}
