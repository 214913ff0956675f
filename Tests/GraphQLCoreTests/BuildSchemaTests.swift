import Foundation
import Testing
@testable import GraphQLCore

/// buildSchema's result, as graphql-js's buildASTSchema builds it.
@Suite struct BuildSchemaTests {
    @Test func extensionsOfEveryKindAreMerged() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        extend type Query implements Node { id: ID! }
        interface Node { id: ID! }
        extend interface Node @tag
        union U = Query
        extend union U = Other
        type Other { b: Int }
        enum E { A }
        extend enum E { B }
        input In { x: Int }
        extend input In { y: Int }
        scalar S
        extend scalar S @specifiedBy(url: "https://s")
        directive @tag on INTERFACE
        """)
        let query = try #require(schema.queryType)
        #expect(query.fields.map(\.name) == ["a", "id"])
        #expect(query.interfaces.map(\.name) == ["Node"])
        #expect(query.extensionLocations.map(\.line) == [2])
        #expect((schema.type(named: "U") as? GraphQLUnionType)?.types.map(\.name) == ["Query", "Other"])
        #expect((schema.type(named: "E") as? GraphQLEnumType)?.values.map(\.name) == ["A", "B"])
        #expect((schema.type(named: "In") as? GraphQLInputObjectType)?.fields.map(\.name) == ["x", "y"])
        // As graphql-js: @specifiedBy is read from the definition only, not from extensions.
        #expect((schema.type(named: "S") as? GraphQLScalarType)?.specifiedByURL == nil)
        #expect(schema.possibleTypes(of: try #require(schema.type(named: "Node"))).map(\.name) == ["Query"])
    }

    @Test func rootTypesFromSchemaDefinitionOrCommonNames() throws {
        let named = try buildSchema("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        #expect(named.queryType?.name == "Query")
        #expect(named.mutationType?.name == "Mutation")
        #expect(named.subscriptionType?.name == "Subscription")
        let defined = try buildSchema("schema { query: Q } type Q { a: Int } type Mutation { b: Int }")
        #expect(defined.queryType?.name == "Q")
        #expect(defined.mutationType == nil)
        #expect(defined.definitionLocation?.line == 1)
        let extended = try buildSchema("type Query { a: Int } type M { b: Int } extend schema { mutation: M }")
        #expect(extended.mutationType?.name == "M")
        #expect(extended.extensionLocations.count == 1)
    }

    @Test func directivesAreUserOnesThenMissingSpecifiedOnes() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        directive @skip(if: Boolean!, reason: String) on FIELD
        "Cache hint" directive @cache(maxAge: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
        """)
        #expect(schema.directives.map(\.name) == ["skip", "cache", "include", "deprecated", "specifiedBy", "oneOf"])
        let cache = try #require(schema.directive(named: "cache"))
        #expect(cache.description == "Cache hint")
        #expect(cache.isRepeatable)
        #expect(cache.locations == [.fieldDefinition, .object])
        #expect(cache.arguments.first?.defaultValue == .int(60))
        #expect(schema.directive(named: "skip")?.arguments.count == 2)
    }

    @Test func deprecationsDescriptionsAndOneOf() throws {
        let schema = try buildSchema(#"""
        """
        The root.
        """
        type Query {
          "old" a(x: Int @deprecated(reason: "gone")): Int @deprecated
          b: Int @deprecated(reason: "Use a")
          c(in: Pick): Int
        }
        enum E { A @deprecated, B }
        input Pick @oneOf { p: Int @deprecated, q: String }
        """#)
        let query = try #require(schema.queryType)
        #expect(query.description == "The root.")
        #expect(query.fields["a"]?.description == "old")
        #expect(query.fields["a"]?.deprecationReason == "No longer supported")
        #expect(query.fields["a"]?.arguments.first?.deprecationReason == "gone")
        #expect(query.fields["b"]?.deprecationReason == "Use a")
        #expect(query.fields["c"]?.deprecationReason == nil)
        #expect((schema.type(named: "E") as? GraphQLEnumType)?.value(named: "A")?.deprecationReason == "No longer supported")
        let pick = try #require(schema.type(named: "Pick") as? GraphQLInputObjectType)
        #expect(pick.isOneOf)
        #expect(pick.field(named: "p")?.deprecationReason == "No longer supported")
    }

    @Test func defaultValuesAreCoercedAndKeepTheirLiteral() throws {
        let schema = try buildSchema("""
        type Query { f(a: In = {}, b: [Int] = 1, c: Float = 2, d: E = B, e: Int = "bad", g: Json = {k: [1, "x"]}): Int }
        input In { x: Int = 3, y: Nested = {z: true} }
        input Nested { z: Boolean, w: String = "w" }
        enum E { A B }
        scalar Json
        """)
        let arguments = try #require(schema.queryType?.fields["f"]?.arguments)
        #expect(arguments[0].defaultValue == .object(["x": .int(3), "y": .object(["z": .bool(true), "w": .string("w")])]))
        #expect(arguments[0].defaultValueNode?.printed == "{}")
        #expect(arguments[1].defaultValue == .array([.int(1)]))
        #expect(arguments[2].defaultValue == .double(2))
        #expect(arguments[3].defaultValue == .string("B"))
        // As graphql-js: a default the type rejects leaves the argument without a default.
        #expect(arguments[4].defaultValue == nil)
        #expect(arguments[4].defaultValueNode?.printed == "\"bad\"")
        #expect(arguments[5].defaultValue == .object(["k": .array([.int(1), .string("x")])]))
    }

    @Test func customScalarsPassValuesThrough() throws {
        let schema = try buildSchema("scalar Json type Query { a(j: Json): Json }")
        let json = try #require(schema.type(named: "Json") as? GraphQLScalarType)
        #expect(try json.parseValue(.object(["a": .int(1)])) == .object(["a": .int(1)]))
        #expect(try json.serialize(["a": 1]) == .object(["a": .int(1)]))
    }

    @Test func standardTypesAreShared() throws {
        let schema = try buildSchema("scalar String type Query { a: String b: Int }")
        #expect(schema.type(named: "String") === BuiltInScalars.string)
        #expect(schema.queryType?.fields["b"]?.type == .named(BuiltInScalars.int))
    }

    @Test func definitionLocations() throws {
        let schema = try buildSchema("type Query {\n  a(x: Int): Int\n}\nenum E {\n  V\n}")
        let field = try #require(schema.queryType?.fields["a"])
        #expect(schema.queryType?.definitionLocation?.sourceLocation == SourceLocation(line: 1, column: 1))
        #expect(field.definitionLocation?.sourceLocation == SourceLocation(line: 2, column: 3))
        #expect(field.arguments.first?.definitionLocation?.sourceLocation == SourceLocation(line: 2, column: 5))
        #expect((schema.type(named: "E") as? GraphQLEnumType)?.values.first?.definitionLocation?.line == 5)
    }

    @Test(.enabled(if: GraphQLCoreReference.available, "needs python3 with graphql-core"), arguments: GraphQLCoreReference.sharedSchemas)
    func typeAndDirectiveOrderMatchGraphQLCore(path: String) throws {
        let schema = try buildSchema(try String(contentsOfFile: path, encoding: .utf8))
        let ours = schema.types.map(\.name).joined(separator: "\n") + "\n\n" + schema.directives.map(\.name).joined(separator: "\n")
        #expect(ours == GraphQLCoreReference.typeAndDirectiveNames(path))
    }
}
