import Testing
@testable import GraphQLCore

/// buildSchema's errors: graphql-js's SDL validation (validateSDL) and type-system
/// validation (validateSchema), messages and locations as graphql-js 16.6 reports them on the
/// same SDL (graphql-core 3.2.8 for @oneOf, which graphql-js 16.6 predates).
@Suite struct BuildSchemaErrorTests {
    struct E: Equatable, CustomStringConvertible {
        let message: String
        let locations: [GraphQLCore.SourceLocation]
        init(_ message: String, _ locations: [(Int, Int)]) {
            self.message = message
            self.locations = locations.map { GraphQLCore.SourceLocation(line: $0.0, column: $0.1) }
        }
        init(_ error: GraphQLError) { message = error.message; locations = error.locations }
        var description: String { "\(message) \(locations.map { "\($0.line):\($0.column)" })" }
    }

    static let cases: [(String, [E])] = [
        ("type Query { a: Int } schema { query: Query } schema { query: Query }", [E("Must provide only one schema definition.", [(1, 47)]), E("There can be only one query type in schema.", [(1, 32), (1, 56)])]),
        ("type Query { a: Int } schema { query: Query query: Query }", [E("There can be only one query type in schema.", [(1, 32), (1, 45)])]),
        ("type Query { a: Int }\ntype Query { b: Int }", [E("There can be only one type named \"Query\".", [(1, 6), (2, 6)])]),
        ("type Query { a: Color } enum Color { RED RED } extend enum Color { RED }", [E("Enum value \"Color.RED\" can only be defined once.", [(1, 38), (1, 42)]), E("Enum value \"Color.RED\" can only be defined once.", [(1, 38), (1, 68)])]),
        ("type Query { a: Int a: String } extend type Query { a: Int }", [E("Field \"Query.a\" can only be defined once.", [(1, 14), (1, 21)]), E("Field \"Query.a\" can only be defined once.", [(1, 14), (1, 53)])]),
        ("type Query { a(x: Int, x: Int, y: Int, y: String): Int } directive @d(a: Int, a: Int) on FIELD", [E("Argument \"Query.a(x:)\" can only be defined once.", [(1, 16), (1, 24)]), E("Argument \"Query.a(y:)\" can only be defined once.", [(1, 32), (1, 40)]), E("Argument \"@d(a:)\" can only be defined once.", [(1, 71), (1, 79)])]),
        ("type Query { a: Int } directive @d on FIELD directive @d on FIELD", [E("There can be only one directive named \"@d\".", [(1, 34), (1, 56)])]),
        ("type Query { a: Strin b: [Foo!] } input In { x: Qeury }", [E("Unknown type \"Strin\". Did you mean \"String\" or \"In\"?", [(1, 17)]), E("Unknown type \"Foo\".", [(1, 27)]), E("Unknown type \"Qeury\". Did you mean \"Query\"?", [(1, 49)])]),
        ("type Query @foo { a: Int @skip(if: true) @deprecated } enum E { A @deprecated(reason: \"x\") @specifiedBy(url: \"u\") }", [E("Unknown directive \"@foo\".", [(1, 12)]), E("Directive \"@skip\" may not be used on FIELD_DEFINITION.", [(1, 26)]), E("Directive \"@specifiedBy\" may not be used on ENUM_VALUE.", [(1, 92)])]),
        ("type Query @d @d { a: Int } extend type Query @d directive @d on OBJECT", [E("The directive \"@d\" can only be used once at this location.", [(1, 12), (1, 15)]), E("The directive \"@d\" can only be used once at this location.", [(1, 12), (1, 47)])]),
        ("type Query { a: Int } extend type Querry { b: Int } extend scalar Query @specifiedBy(url: \"x\") extend input Query { x: Int }", [E("Cannot extend type \"Querry\" because it is not defined. Did you mean \"Query\"?", [(1, 35)]), E("Cannot extend non-scalar type \"Query\".", [(1, 1), (1, 53)]), E("Cannot extend non-input object type \"Query\".", [(1, 1), (1, 96)])]),
        ("type Query { a: Int @deprecated(reazon: \"x\", reason: \"y\", reason: \"z\") } scalar S @specifiedBy directive @d(a: Int!, b: Int! = 1) on OBJECT extend type Query @d", [E("Unknown argument \"reazon\" on directive \"@deprecated\". Did you mean \"reason\"?", [(1, 33)]), E("There can be only one argument named \"reason\".", [(1, 46), (1, 59)]), E("Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", [(1, 83)]), E("Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.", [(1, 159)])]),
        ("type Query { a(x: In = {a: 1, a: 2}): Int } input In { a: Int }", [E("There can be only one input field named \"a\".", [(1, 25), (1, 31)])]),
        ("scalar Query", [E("Query root type must be Object type, it cannot be Query.", [(1, 1)])]),
        ("type Query { a: Int } type Mutation { a: Int } schema { query: Query mutation: In } input In { a: Int }", [E("Mutation root type must be Object type if provided, it cannot be In.", [(1, 80)])]),
        ("type Query { __a: Int b(__c: Int): Int } type __T { a: Int } enum E { __V }", [E("Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 14)]), E("Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 25)]), E("Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 42)]), E("Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 71)])]),
        ("type Query { a: Int } type Empty interface I enum En union U input Inp", [E("Type Empty must define one or more fields.", [(1, 23)]), E("Type I must define one or more fields.", [(1, 34)]), E("Enum type En must define one or more values.", [(1, 46)]), E("Union type U must define one or more member types.", [(1, 54)]), E("Input Object type Inp must define one or more fields.", [(1, 62)])]),
        ("type Query implements I { b: Int } interface I { a: Int }", [E("Interface field I.a expected but Query does not provide it.", [(1, 50), (1, 1)])]),
        ("interface I { a(x: Int, y: String!): [Int!] } type Query implements I { a(x: String, z: Int!): [Int] }", [E("Interface field I.a expects type [Int!] but Query.a is type [Int].", [(1, 38), (1, 96)]), E("Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String.", [(1, 20), (1, 78)]), E("Interface field argument I.a(y:) expected but Query.a does not provide it.", [(1, 25), (1, 73)]), E("Object field Query.a includes required argument z that is missing from the Interface field I.a.", [(1, 86), (1, 15)])]),
        ("interface I { a: Int } interface J implements I { a: Int } type Query implements J { a: Int }", [E("Type Query must implement I because it is implemented by J.", [(1, 47), (1, 82)])]),
        ("interface I implements I { a: Int } type Query implements I & I { a: Int }", [E("Type I cannot implement itself because it would create a circular reference.", [(1, 24)]), E("Type Query can only implement I once.", [(1, 59), (1, 63)])]),
        ("interface I implements J { a: Int } interface J implements I { a: Int } type Query implements I & J { a: Int }", [E("Type I cannot implement J because it would create a circular reference.", [(1, 60), (1, 24)]), E("Type J cannot implement I because it would create a circular reference.", [(1, 24), (1, 60)])]),
        ("type Query { a: Int, b: U } union U = Query | Query", [E("Union type U can only include type Query once.", [(1, 39), (1, 47)])]),
        ("type Query { a: In } input In { a: In! b: String } type Out { a: Int }", [E("The type of Query.a must be Output Type but got: In.", [(1, 17)]), E("Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"a\".", [(1, 33)])]),
        ("type Query { a(x: In): Int } input In { a: In! b: In2! } input In2 { c: In! }", [E("Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"a\".", [(1, 41)]), E("Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"b.c\".", [(1, 48), (1, 70)])]),
        ("type Query { a(x: Int! @deprecated): Int } input In { b: String! @deprecated } directive @d(x: Int! @deprecated) on FIELD", [E("Required argument @d(x:) cannot be deprecated.", [(1, 101), (1, 96)]), E("Required argument Query.a(x:) cannot be deprecated.", [(1, 24), (1, 19)]), E("Required input field In.b cannot be deprecated.", [(1, 66), (1, 58)])]),
        ("type Query { a(x: O): Int } input O @oneOf { a: Int!, b: String = \"x\" }", [E("OneOf input field O.a must be nullable.", [(1, 49)]), E("OneOf input field O.b cannot have a default value.", [(1, 55)])]),
        ("type Query { a: Int } type Query2 implements Query { a: Int }", [E("Type Query2 must only implement Interface types, it cannot implement Query.", [(1, 46)])]),
        ("type Query { a: In } union U = In | Query input In { a: Int }", [E("The type of Query.a must be Output Type but got: In.", [(1, 17)]), E("Union type U can only include Object types, it cannot include In.", [(1, 32)])]),
        ("type Query { a: Int } extend schema { query: Query } schema { query: Query }", [E("There can be only one query type in schema.", [(1, 39), (1, 63)])]),
        ("type Query { a: Int } directive @d on FIELD_DEFINITION input In { a: Int @d } extend input In { b: Int @d }", [E("Directive \"@d\" may not be used on INPUT_FIELD_DEFINITION.", [(1, 74)]), E("Directive \"@d\" may not be used on ARGUMENT_DEFINITION.", [(1, 104)])]),
    ]

    @Test(arguments: cases)
    func reportsAsGraphQLJS(sdl: String, expected: [E]) throws {
        do {
            _ = try buildSchema(sdl)
            Issue.record("built an invalid schema")
        } catch let error as SchemaValidationError {
            #expect(error.errors.map(E.init) == expected)
            #expect(error.description == expected.map(\.message).joined(separator: "\n\n"))
        }
    }

    @Test func invalidDirectiveArgumentsFailTheBuild() {
        let error = #expect(throws: SchemaValidationError.self) {
            try buildSchema("type Query { a(x: Int = \"y\"): Int @deprecated(reason: 1) }")
        }
        #expect(error?.errors.map(E.init) == [E("Argument \"reason\" has invalid value 1.", [(1, 55)])])
    }

    @Test func syntaxErrorsComeFromTheParser() {
        let error = #expect(throws: GraphQLError.self) { try buildSchema("type Query {") }
        #expect(error?.message == "Syntax Error: Expected Name, found <EOF>.")
    }
}
