import Testing
@testable import GraphQLCore

/// Input coercion (valueFromAST, coerceInputValue, astFromValue) and type comparisons, with
/// the expectations taken from graphql-js 16 (and graphql-core 3.2.8 for @oneOf) on the same inputs.
@Suite struct CoercionTests {
    // enum Color { RED GREEN BAR }
    // input In { x: Int!, z: String = "dz", c: [Color!] }
    // input One @oneOf { a: Int, b: String }
    static let color = GraphQLEnumType(name: "Color", values: ["RED", "GREEN", "BAR"].map { GraphQLEnumValue(name: $0) })
    static let input: GraphQLInputObjectType = {
        let type = GraphQLInputObjectType(name: "In")
        type.add(GraphQLInputField(name: "x", type: .nonNull(.named(BuiltInScalars.int))))
        type.add(GraphQLInputField(name: "z", type: .named(BuiltInScalars.string), defaultValue: .string("dz")))
        type.add(GraphQLInputField(name: "c", type: .list(.nonNull(.named(color)))))
        return type
    }()
    static let oneOf: GraphQLInputObjectType = {
        let type = GraphQLInputObjectType(name: "One")
        type.isOneOf = true
        type.add(GraphQLInputField(name: "a", type: .named(BuiltInScalars.int)))
        type.add(GraphQLInputField(name: "b", type: .named(BuiltInScalars.string)))
        return type
    }()
    let int = GraphQLType.named(BuiltInScalars.int)

    func v(_ kind: ValueNode.Kind) -> ValueNode { ValueNode(kind) }
    func field(_ name: String, _ value: ValueNode) -> ObjectFieldNode { ObjectFieldNode(name: NameNode(value: name), value: value) }

    func message(_ value: JSON, _ type: GraphQLType) -> String {
        do { return try coerceInputValue(value, type: type).inspected } catch { return (error as? GraphQLError)?.message ?? "\(error)" }
    }

    func allErrors(_ value: JSON, _ type: GraphQLType) -> [String] {
        var errors: [String] = []
        _ = coerceInputValue(value, type: type) { path, invalid, error in
            errors.append("\(printPath(path)) \(invalid.inspected) \(error.message)")
        }
        return errors
    }

    @Test func coerceInputValueMessages() {
        let input = GraphQLType.named(Self.input)
        #expect(message(.null, .nonNull(int)) == "Invalid value null: Expected non-nullable type \"Int!\" not to be null.")
        #expect(message(.object(["y": .int(1)]), input) == "Invalid value { y: 1 }: Field \"x\" of required type \"Int!\" was not provided.")
        #expect(message(.object(["x": .int(1), "zz": .int(2)]), input)
                == "Invalid value { x: 1, zz: 2 }: Field \"zz\" is not defined by type \"In\". Did you mean \"z\"?")
        #expect(message(.object(["x": .int(1), "c": .array([.string("FOO")])]), input)
                == "Invalid value \"FOO\" at \"value.c[0]\": Value \"FOO\" does not exist in \"Color\" enum.")
        #expect(message(.object(["x": .string("a")]), input) == "Invalid value \"a\" at \"value.x\": Int cannot represent non-integer value: \"a\"")
        #expect(message(.array([.int(1), .string("b"), .null]), .list(.nonNull(int)))
                == "Invalid value \"b\" at \"value[1]\": Int cannot represent non-integer value: \"b\"")
        #expect(message(.int(3), input) == "Invalid value 3: Expected type \"In\" to be an object.")
        #expect(message(.double(1.5), int) == "Invalid value 1.5: Int cannot represent non-integer value: 1.5")
        #expect(message(.double(1e10), int) == "Invalid value 10000000000: Int cannot represent non 32-bit signed integer value: 10000000000")
        #expect(message(.int(1), .named(Self.color)) == "Invalid value 1: Enum \"Color\" cannot represent non-string value: 1.")
        #expect(message(.string("red"), .named(Self.color))
                == "Invalid value \"red\": Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")
    }

    @Test func coerceInputValueResults() throws {
        #expect(try coerceInputValue(.object(["x": .int(1), "c": .string("RED")]), type: .named(Self.input))
                == .object(["x": .int(1), "z": .string("dz"), "c": .array([.string("RED")])]))
        #expect(try coerceInputValue(.int(4), type: .list(int)) == .array([.int(4)]))
        #expect(try coerceInputValue(.null, type: .list(int)) == .null)
        #expect(try coerceInputValue(.int(4), type: .named(BuiltInScalars.float)) == .double(4))
    }

    @Test func coerceInputValueReportsEveryErrorWithItsPath() {
        #expect(allErrors(.array([.int(1), .string("b"), .null]), .list(.nonNull(int))) == [
            "[1] \"b\" Int cannot represent non-integer value: \"b\"",
            "[2] null Expected non-nullable type \"Int!\" not to be null.",
        ])
        #expect(allErrors(.object(["x": .null, "y": .int(2), "c": .array([.int(1)])]), .named(Self.input)) == [
            ".x null Expected non-nullable type \"Int!\" not to be null.",
            ".c[0] 1 Enum \"Color\" cannot represent non-string value: 1.",
            " { x: null, y: 2, c: [1] } Field \"y\" is not defined by type \"In\". Did you mean \"c\", \"x\", or \"z\"?",
        ])
    }

    @Test func oneOfInputObjects() {
        let one = GraphQLType.named(Self.oneOf)
        #expect(allErrors(.object(["a": .int(1), "b": .string("x")]), one) == [
            " { a: 1, b: \"x\" } Exactly one key must be specified for OneOf type \"One\".",
        ])
        #expect(allErrors(.object(["a": .null]), one) == [".a null Field \"a\" must be non-null."])
        #expect(allErrors(.object([:]), one) == [" {} Exactly one key must be specified for OneOf type \"One\"."])
        #expect(allErrors(.object(["b": .string("x")]), one).isEmpty)
        #expect(valueFromAST(v(.object([field("a", v(.int("1"))), field("b", v(.string("x", block: false)))])), type: one) == nil)
        #expect(valueFromAST(v(.object([field("a", v(.null))])), type: one) == nil)
        #expect(valueFromAST(v(.object([field("a", v(.int("1")))])), type: one) == .object(["a": .int(1)]))
    }

    @Test func valueFromASTFollowsGraphQLJS() {
        let empty: JSONObject = [:]
        let list = v(.list([v(.int("1")), v(.variable("a")), v(.int("3"))]))
        #expect(valueFromAST(list, type: .list(int), variables: empty) == .array([.int(1), .null, .int(3)]))
        #expect(valueFromAST(v(.list([v(.int("1")), v(.variable("a"))])), type: .list(.nonNull(int)), variables: empty) == nil)
        let input = GraphQLType.named(Self.input)
        #expect(valueFromAST(v(.object([field("x", v(.int("1")))])), type: input) == .object(["x": .int(1), "z": .string("dz")]))
        #expect(valueFromAST(v(.object([field("x", v(.variable("v")))])), type: input, variables: empty) == nil)
        #expect(valueFromAST(v(.object([field("x", v(.variable("v")))])), type: input, variables: ["v": .null]) == nil)
        #expect(valueFromAST(v(.object([field("x", v(.int("1"))), field("z", v(.variable("v")))])), type: input, variables: empty)
                == .object(["x": .int(1), "z": .string("dz")]))
        #expect(valueFromAST(v(.variable("v")), type: .nonNull(int), variables: ["v": .null]) == nil)
        #expect(valueFromAST(v(.variable("v")), type: int, variables: ["v": .null]) == .null)
        #expect(valueFromAST(v(.variable("v")), type: int) == nil)
        #expect(valueFromAST(v(.int("4")), type: .list(int)) == .array([.int(4)]))
        #expect(valueFromAST(v(.enumValue("RED")), type: .named(Self.color)) == .string("RED"))
        #expect(valueFromAST(v(.string("RED", block: false)), type: .named(Self.color)) == nil)
        #expect(valueFromAST(v(.null), type: .nonNull(int)) == nil)
        #expect(valueFromAST(v(.null), type: .list(int)) == .null)
        #expect(valueFromAST(v(.int("2147483648")), type: int) == nil)
        #expect(valueFromAST(nil, type: int) == nil)
    }

    @Test func astFromValuePrintsAsGraphQLJS() {
        let node = astFromValue(.object(["x": .int(1), "c": .array([.string("RED")]), "z": .string("q")]), type: .named(Self.input))
        #expect(node?.printed == "{x: 1, z: \"q\", c: [RED]}")
        #expect(astFromValue(.string("123"), type: .named(BuiltInScalars.id))?.printed == "123")
        #expect(astFromValue(.string("0123"), type: .named(BuiltInScalars.id))?.printed == "\"0123\"")
        #expect(astFromValue(.double(1.5), type: .named(BuiltInScalars.float))?.printed == "1.5")
        #expect(astFromValue(.double(1e21), type: .named(BuiltInScalars.float))?.printed == "1e+21")
        #expect(astFromValue(.int(2), type: .list(.named(BuiltInScalars.float)))?.printed == "2")
        #expect(astFromValue(.null, type: .nonNull(int)) == nil)
        #expect(astFromValue(.null, type: int)?.printed == "null")
        #expect(astFromValue(.string("FOO"), type: .named(Self.color)) == nil)
        let custom = GraphQLScalarType(name: "JSON")
        #expect(astFromValue(.object(["a": .array([.int(1), .bool(true)])]), type: .named(custom))?.printed == "{a: [1, true]}")
    }

    @Test func typeComparators() throws {
        let node = GraphQLInterfaceType(name: "Node")
        let user = GraphQLObjectType(name: "User")
        user.interfaces = [node]
        let other = GraphQLObjectType(name: "Other")
        let union = GraphQLUnionType(name: "U")
        union.types = [other]
        let query = GraphQLObjectType(name: "Query")
        query.fields.add(GraphQLField(name: "n", type: .named(node)))
        query.fields.add(GraphQLField(name: "u", type: .named(union)))
        let schema = try GraphQLSchema(query: query, types: [user])
        #expect(isTypeSubTypeOf(schema, .nonNull(.named(user)), .named(node)))
        #expect(!isTypeSubTypeOf(schema, .named(user), .nonNull(.named(node))))
        #expect(isTypeSubTypeOf(schema, .list(.nonNull(.named(user))), .list(.named(node))))
        #expect(!isTypeSubTypeOf(schema, .list(.named(user)), .named(node)))
        #expect(!isTypeSubTypeOf(schema, .named(other), .named(node)))
        #expect(doTypesOverlap(schema, node, user))
        #expect(!doTypesOverlap(schema, node, union))
        #expect(doTypesOverlap(schema, union, other))
        #expect(!doTypesOverlap(schema, user, other))
        let typeNode = TypeNode.nonNull(.list(.named(NameNode(value: "User")), .synthetic), .synthetic)
        #expect(typeFromAST(schema, typeNode) == .nonNull(.list(.named(user))))
        #expect(typeFromAST(schema, .named(NameNode(value: "Nope"))) == nil)
    }
}
