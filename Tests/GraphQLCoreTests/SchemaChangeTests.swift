import Testing
@testable import GraphQLCore

/// findSchemaChanges, findBreakingChanges and findDangerousChanges: graphql-js 16's change types
/// and descriptions (checked with graphql-core 3.2.8's find_schema_changes on the same SDL), the
/// SAFE changes graphql-js 16 does not report, and the pieces the comparison is made of.
/// `Tests/SchemaDiff` compares the whole corpus with graphql-core.
@Suite struct SchemaChangeTests {
    private func changes(_ old: String, _ new: String) throws -> [String] {
        try findSchemaChanges(buildSchema(old), buildSchema(new)).map { "\($0.level.rawValue) \($0.type.name): \($0.description)" }
    }

    @Test func breakingAndDangerousInGraphQLJSOrderAndWords() throws {
        let old = """
        type Query { product(id: ID!, n: Int = 1): Product list: [Int] }
        type Product { foo: String sku: String! }
        enum Color { RED GREEN }
        input In { a: Int b: String = "x" }
        directive @tag(name: String) repeatable on FIELD_DEFINITION | OBJECT
        """
        let new = """
        type Query { product(id: ID, n: Int = 2, m: Int!): Product list: [Int!]! }
        type Product { sku: String }
        enum Color { RED BLUE }
        input In { a: Int! c: Int! }
        directive @tag(name: String, other: Int!) on OBJECT
        """
        let unsafe = try changes(old, new).filter { !$0.hasPrefix("SAFE") }
        #expect(unsafe == [
            "DANGEROUS ARG_DEFAULT_VALUE_CHANGE: Query.product arg n has changed defaultValue from 1 to 2.",
            "BREAKING REQUIRED_ARG_ADDED: A required arg m on Query.product was added.",
            "BREAKING FIELD_REMOVED: Product.foo was removed.",
            "BREAKING FIELD_CHANGED_KIND: Product.sku changed type from String! to String.",
            "DANGEROUS VALUE_ADDED_TO_ENUM: BLUE was added to enum type Color.",
            "BREAKING VALUE_REMOVED_FROM_ENUM: GREEN was removed from enum type Color.",
            "BREAKING REQUIRED_INPUT_FIELD_ADDED: A required field c on input type In was added.",
            "BREAKING FIELD_REMOVED: In.b was removed.",
            "BREAKING FIELD_CHANGED_KIND: In.a changed type from Int to Int!.",
            "BREAKING REQUIRED_DIRECTIVE_ARG_ADDED: A required arg other on directive tag was added.",
            "BREAKING DIRECTIVE_REPEATABLE_REMOVED: Repeatable flag was removed from tag.",
            "BREAKING DIRECTIVE_LOCATION_REMOVED: FIELD_DEFINITION was removed from tag.",
        ])
        let breaking = try findBreakingChanges(buildSchema(old), buildSchema(new))
        #expect(breaking.count == 10)
        #expect(breaking.first == BreakingChange(type: .requiredArgAdded, description: "A required arg m on Query.product was added."))
        let dangerous = try findDangerousChanges(buildSchema(old), buildSchema(new))
        #expect(dangerous.map(\.type) == [.argDefaultValueChange, .valueAddedToEnum])
    }

    @Test func typesRemovedAndChangedKind() throws {
        #expect(try changes("type Query { a: Int b: T u: U } type T { x: String } union U = T",
                            "type Query { b: T u: U } interface T { x: String } type U { x: String }") == [
            "BREAKING TYPE_REMOVED: Standard scalar Int was removed because it is not referenced anymore.",
            "BREAKING FIELD_REMOVED: Query.a was removed.",
            "BREAKING TYPE_CHANGED_KIND: T changed from an Object type to an Interface type.",
            "BREAKING TYPE_CHANGED_KIND: U changed from a Union type to an Object type.",
        ])
    }

    @Test func unionsAndInterfaces() throws {
        #expect(try changes("type Query { r: R n: N } type A implements N { id: ID } type B { b: Int } union R = A | B interface N { id: ID }",
                            "type Query { r: R n: N b: B } type A { id: ID } type B implements N { b: Int id: ID } type C { c: Int } union R = A | C interface N { id: ID }") == [
            "SAFE TYPE_ADDED: C was added.",
            "SAFE FIELD_ADDED: Query.b was added.",
            "BREAKING IMPLEMENTED_INTERFACE_REMOVED: A no longer implements interface N.",
            "SAFE FIELD_ADDED: B.id was added.",
            "DANGEROUS IMPLEMENTED_INTERFACE_ADDED: N added to interfaces implemented by B.",
            "DANGEROUS TYPE_ADDED_TO_UNION: C was added to union type R.",
            "BREAKING TYPE_REMOVED_FROM_UNION: B was removed from union type R.",
        ])
    }

    @Test func wrapperChangesAsGraphQLJSJudgesThem() throws {
        #expect(try changes("type Query { a: [Int] b: [Int!] f(x: [Int!]!, y: Int, z: [[Int]]): Int }",
                            "type Query { a: [Int!]! b: [Int] f(x: [Int], y: Int!, z: [Int]): Int }") == [
            "SAFE FIELD_CHANGED_KIND_SAFE: Query.a changed type from [Int] to [Int!]!.",
            "BREAKING FIELD_CHANGED_KIND: Query.b changed type from [Int!] to [Int].",
            "SAFE ARG_CHANGED_KIND_SAFE: Query.f arg x has changed type from [Int!]! to [Int].",
            "BREAKING ARG_CHANGED_KIND: Query.f arg y has changed type from Int to Int!.",
            "BREAKING ARG_CHANGED_KIND: Query.f arg z has changed type from [[Int]] to [Int].",
        ])
    }

    @Test func defaultValuesComparedAsIntrospectionPrintsThem() throws {
        let schema = "input In { a10: Int a2: Int b: String = \"d\" }"
        #expect(try changes("type Query { f(a: Float = 1, i: In = {a2: 1, a10: 2}, o: Int = 3, p: Int): Int } \(schema)",
                            "type Query { f(a: Float = 1.0, i: In = {a10: 2, a2: 2}, o: Int, p: Int = 4): Int } \(schema)") == [
            "DANGEROUS ARG_DEFAULT_VALUE_CHANGE: Query.f arg i has changed defaultValue from {a2: 1, a10: 2, b: \"d\"} to {a2: 2, a10: 2, b: \"d\"}.",
            "DANGEROUS ARG_DEFAULT_VALUE_CHANGE: Query.f arg o defaultValue was removed.",
            "SAFE ARG_DEFAULT_VALUE_ADDED: Query.f arg p added a defaultValue 4.",
        ])
    }

    @Test func safeChangesOfDescriptionsDeprecationsAndDirectives() throws {
        #expect(try changes("\"Root\" type Query { a: Int b: Int @deprecated c: Int @deprecated(reason: \"x\") } directive @d on FIELD",
                            "type Query { \"A\" a: Int @deprecated(reason: \"use b\") b: Int c: Int @deprecated(reason: \"y\") } directive @d repeatable on FIELD | QUERY directive @e on FIELD") == [
            "SAFE DESCRIPTION_CHANGED: Description added to Query.a.",
            "SAFE DEPRECATION_ADDED: Query.a was deprecated (reason: \"use b\").",
            "SAFE DEPRECATION_REMOVED: Query.b is no longer deprecated.",
            "SAFE DEPRECATION_REASON_CHANGED: Query.c deprecation reason changed from \"x\" to \"y\".",
            "SAFE DESCRIPTION_CHANGED: Description removed from Query.",
            "SAFE DIRECTIVE_ADDED: e was added.",
            "SAFE DIRECTIVE_REPEATABLE_ADDED: Repeatable flag was added to d.",
            "SAFE DIRECTIVE_LOCATION_ADDED: QUERY was added to d.",
        ])
    }

    @Test func identicalSchemasHaveNoChanges() throws {
        let sdl = "type Query { a(x: In = {y: [1]}): [Int!]! } input In { y: [Int] } enum E { A } union U = Query"
        #expect(try changes(sdl, sdl).isEmpty)
    }

    @Test func naturalOrderOfObjectFields() {
        let names = ["b", "a10", "A", "a2", "a", "a02", "a2b", ""]
        #expect(names.sorted(by: naturalOrder) == ["", "A", "a", "a02", "a2", "a2b", "a10", "b"])
    }

    @Test func typeChangeSafety() throws {
        let schema = try buildSchema("type Query { a: Int b: String }")
        let int = GraphQLType.named(try #require(schema.type(named: "Int")))
        let string = GraphQLType.named(try #require(schema.type(named: "String")))
        #expect(isSafeOutputTypeChange(.list(int), .nonNull(.list(.nonNull(int)))))
        #expect(!isSafeOutputTypeChange(.nonNull(int), int))
        #expect(!isSafeOutputTypeChange(int, .list(int)))
        #expect(!isSafeOutputTypeChange(int, string))
        #expect(isSafeInputTypeChange(.nonNull(.list(.nonNull(int))), .list(int)))
        #expect(!isSafeInputTypeChange(int, .nonNull(int)))
        #expect(!isSafeInputTypeChange(.list(int), int))
    }
}
