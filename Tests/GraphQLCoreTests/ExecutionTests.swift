import Foundation
import Testing
@testable import GraphQLCore

/// A schema built in Swift (no SDL) for the executor's tests:
///
///     enum Color { RED GREEN BLUE }
///     interface Named { name: String }
///     type Dog implements Named { name: String  barks: Boolean }
///     type Cat implements Named { name: String  meows: Boolean }
///     union Pet = Dog | Cat
///     input Filter { min: Int!  tags: [String] }
///     type Obj { a: String  b: String!  obj: Obj  list: [Obj!] }
///     type Query {
///       hello: String  int: Int  float: Float  id: ID  flag: Boolean  color: Color
///       nonNull: String!  list: [Int]  strictList: [Int!]  matrix: [[Int]]
///       obj: Obj  strictObj: Obj!  named: [Named]  pets: [Pet]
///       echo(int: Int, text: String = "dflt", color: Color, filter: Filter, req: Int!): String
///       slow(ms: Int): String  slowStrict: String!  fails: String  context: String
///     }
///     type Mutation { append(value: String!): String  appendAsync(value: String!): String }
// unchecked: `log` is appended to only by mutation root fields, which run one after another
final class ExecutionFixture: @unchecked Sendable {
    let schema: GraphQLSchema
    var log: [String] = []

    init() throws {
        let string = GraphQLType.named(BuiltInScalars.string)
        let int = GraphQLType.named(BuiltInScalars.int)
        let color = GraphQLEnumType(name: "Color", values: [GraphQLEnumValue(name: "RED"), GraphQLEnumValue(name: "GREEN"), GraphQLEnumValue(name: "BLUE")])
        let named = GraphQLInterfaceType(name: "Named")
        named.fields.add(GraphQLField(name: "name", type: string))
        let dog = GraphQLObjectType(name: "Dog")
        dog.interfaces = [named]
        dog.fields.add(GraphQLField(name: "name", type: string))
        dog.fields.add(GraphQLField(name: "barks", type: .named(BuiltInScalars.boolean)))
        let cat = GraphQLObjectType(name: "Cat")
        cat.interfaces = [named]
        cat.fields.add(GraphQLField(name: "name", type: string))
        cat.fields.add(GraphQLField(name: "meows", type: .named(BuiltInScalars.boolean)))
        let pet = GraphQLUnionType(name: "Pet")
        pet.types = [dog, cat]
        let filter = GraphQLInputObjectType(name: "Filter")
        filter.add(GraphQLInputField(name: "min", type: .nonNull(int)))
        filter.add(GraphQLInputField(name: "tags", type: .list(string)))
        let obj = GraphQLObjectType(name: "Obj")
        obj.fields.add(GraphQLField(name: "a", type: string))
        obj.fields.add(GraphQLField(name: "b", type: .nonNull(string)))
        obj.fields.add(GraphQLField(name: "obj", type: .named(obj)))
        obj.fields.add(GraphQLField(name: "list", type: .list(.nonNull(.named(obj)))))
        let query = GraphQLObjectType(name: "Query")
        for (name, type) in [("hello", string), ("int", int), ("float", .named(BuiltInScalars.float)), ("id", .named(BuiltInScalars.id)),
                             ("flag", .named(BuiltInScalars.boolean)), ("color", .named(color)), ("nonNull", .nonNull(string)),
                             ("list", .list(int)), ("strictList", .list(.nonNull(int))), ("matrix", .list(.list(int))),
                             ("obj", .named(obj)), ("strictObj", .nonNull(.named(obj))), ("named", .list(.named(named))),
                             ("pets", .list(.named(pet)))] as [(String, GraphQLType)] {
            query.fields.add(GraphQLField(name: name, type: type))
        }
        query.fields.add(GraphQLField(name: "echo", type: string, arguments: [
            GraphQLArgument(name: "int", type: int), GraphQLArgument(name: "text", type: string, defaultValue: .string("dflt")),
            GraphQLArgument(name: "color", type: .named(color)), GraphQLArgument(name: "filter", type: .named(filter)),
            GraphQLArgument(name: "req", type: .nonNull(int)),
        ]))
        query.fields.add(GraphQLField(name: "slow", type: string, arguments: [GraphQLArgument(name: "ms", type: int)]))
        query.fields.add(GraphQLField(name: "slowStrict", type: .nonNull(string)))
        query.fields.add(GraphQLField(name: "fails", type: string))
        query.fields.add(GraphQLField(name: "meet", type: .named(BuiltInScalars.boolean)))
        query.fields.add(GraphQLField(name: "context", type: string))
        let mutation = GraphQLObjectType(name: "Mutation")
        mutation.fields.add(GraphQLField(name: "append", type: string, arguments: [GraphQLArgument(name: "value", type: .nonNull(string))]))
        mutation.fields.add(GraphQLField(name: "appendAsync", type: string, arguments: [GraphQLArgument(name: "value", type: .nonNull(string))]))
        schema = try GraphQLSchema(query: query, mutation: mutation, types: [dog, cat])

        try schema.bind("Query.echo") { _, arguments, _, _ in JSON.object(arguments).inspected }
        try schema.bind("Query.slow", .async { _, arguments, _, _ in
            if case .int(let ms)? = arguments["ms"] { try await Task.sleep(nanoseconds: UInt64(ms) * 1_000_000) }
            return "slept \(arguments["ms"]?.inspected ?? "")"
        })
        try schema.bind("Query.slowStrict", .async { _, _, _, _ in nil })
        try schema.bind("Query.fails") { _, _, _, _ in throw GraphQLError("boom") }
        let rendezvous = Rendezvous(expected: 2)
        try schema.bind("Query.meet", .async { _, _, _, _ in await rendezvous.arrive() })
        try schema.bind("Query.context") { _, _, context, info in "\(context ?? "none") at \(info.path.components) of \(info.parentType.name).\(info.fieldName)" }
        try schema.bind("Mutation.append") { [unowned self] _, arguments, _, _ in
            guard case .string(let value)? = arguments["value"] else { return nil }
            log.append(value)
            return log.joined(separator: ",")
        }
        try schema.bind("Mutation.appendAsync", .async { [unowned self] _, arguments, _, _ in
            guard case .string(let value)? = arguments["value"] else { return nil }
            try await Task.sleep(nanoseconds: 20_000_000)
            log.append(value)
            return log.joined(separator: ",")
        })
    }

    /// Runs `query` and returns the response JSON as text.
    func run(_ query: String, root: JSON = .object([:]), variables: JSONObject = [:], operation: String? = nil,
             context: Any? = nil) async throws -> String {
        let document = PreparedDocument(try parse(query), schema: schema)
        let result = await document.execute(rootValue: root, contextValue: context, variableValues: variables, operationName: operation)
        return String(decoding: result.json, as: UTF8.self)
    }

    /// Runs `query` synchronously.
    func runSync(_ query: String, root: JSON = .object([:]), variables: JSONObject = [:]) throws -> String {
        let document = PreparedDocument(try parse(query), schema: schema)
        return String(decoding: document.executeSync(rootValue: root, variableValues: variables).json, as: UTF8.self)
    }
}

private func json(_ text: String) throws -> JSON { try JSONParser.parse(text) }

/// Resolvers that wait for each other: each returns true only if all `expected` arrived
/// while it waited (up to 10 s), which happens only when they run concurrently.
actor Rendezvous {
    private let expected: Int
    private var arrived = 0

    init(expected: Int) { self.expected = expected }

    func arrive() async -> Bool {
        arrived += 1
        for _ in 0..<6000 where arrived < expected {  // up to 60 s: a loaded machine can be slow to start the second task
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return arrived >= expected
    }
}

@Suite struct ExecutionTests {
    @Test func fieldsAliasesAndTypename() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"hello":"hi","int":7,"obj":{"a":"x","b":"y","obj":{"a":"z","b":"w"}}}"#)
        let out = try await fixture.run("{ h: hello hello int obj { __typename a alias: b obj { b } } __typename }", root: root)
        #expect(out == #"{"data":{"h":"hi","hello":"hi","int":7,"obj":{"__typename":"Obj","a":"x","alias":"y","obj":{"b":"w"}},"__typename":"Query"}}"#)
    }

    @Test func fragmentsMergeInFirstSeenOrder() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"obj":{"a":"x","b":"y","obj":{"a":"z","b":"w"}}}"#)
        let out = try await fixture.run("""
            { obj { ...F obj { b } a } ... on Query { obj { obj { a } } } }
            fragment F on Obj { b obj { a } }
            """, root: root)
        #expect(out == #"{"data":{"obj":{"b":"y","obj":{"a":"z","b":"w"},"a":"x"}}}"#)
    }

    @Test func skipAndInclude() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"hello":"hi","int":1}"#)
        let query = "query ($s: Boolean!, $i: Boolean = true) { hello @skip(if: $s) int @include(if: $i) ... @include(if: false) { hello } }"
        #expect(try await fixture.run(query, root: root, variables: ["s": .bool(true)]) == #"{"data":{"int":1}}"#)
        #expect(try await fixture.run(query, root: root, variables: ["s": .bool(false), "i": .bool(false)]) == #"{"data":{"hello":"hi"}}"#)
        // One prepared document serves both variable sets with separate plans.
        let document = PreparedDocument(try parse(query), schema: fixture.schema)
        let first = document.executeSync(rootValue: root, variableValues: ["s": .bool(true)])
        let second = document.executeSync(rootValue: root, variableValues: ["s": .bool(false)])
        #expect(String(decoding: first.json, as: UTF8.self) == #"{"data":{"int":1}}"#)
        #expect(String(decoding: second.json, as: UTF8.self) == #"{"data":{"hello":"hi","int":1}}"#)
    }

    @Test func skipArgumentErrorsNullTheFieldOrTheRequest() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"hello":"hi","obj":{"a":"x"}}"#)
        #expect(try await fixture.run("query ($v: Boolean = true) { hello obj { a @skip(if: $v) } }", root: root, variables: ["v": .null])
                == #"{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":54}],"path":["obj"]}],"data":{"hello":"hi","obj":null}}"#)
        #expect(try await fixture.run("query ($v: Boolean = true) { hello @skip(if: $v) }", root: root, variables: ["v": .null])
                == #"{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":46}]}],"data":null}"#)
    }

    @Test func argumentsFromLiteralsVariablesAndDefaults() async throws {
        let fixture = try ExecutionFixture()
        let literal = try await fixture.run(#"{ echo(req: 1, int: 2, color: RED, filter: {min: 1, tags: "a"}) }"#)
        #expect(literal == #"{"data":{"echo":"{ int: 2, text: \"dflt\", color: \"RED\", filter: { min: 1, tags: [Array] }, req: 1 }"}}"#)
        let out = try await fixture.run("query ($n: Int, $t: String) { echo(req: 3, int: $n, text: $t) }", variables: ["n": .int(5)])
        #expect(out == #"{"data":{"echo":"{ int: 5, text: \"dflt\", req: 3 }"}}"#)
    }

    @Test func argumentErrors() async throws {
        let fixture = try ExecutionFixture()
        #expect(try await fixture.run("{ echo(req: null) }")
                == #"{"errors":[{"message":"Argument \"req\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":13}],"path":["echo"]}],"data":{"echo":null}}"#)
        #expect(try await fixture.run("{ echo }")
                == #"{"errors":[{"message":"Argument \"req\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["echo"]}],"data":{"echo":null}}"#)
        #expect(try await fixture.run("query ($r: Int) { echo(req: $r) }")
                == #"{"errors":[{"message":"Argument \"req\" of required type \"Int!\" was provided the variable \"$r\" which was not provided a runtime value.","locations":[{"line":1,"column":29}],"path":["echo"]}],"data":{"echo":null}}"#)
        #expect(try await fixture.run("{ echo(req: 1, int: \"x\") }")
                == #"{"errors":[{"message":"Argument \"int\" has invalid value \"x\".","locations":[{"line":1,"column":21}],"path":["echo"]}],"data":{"echo":null}}"#)
    }

    @Test func variableCoercionErrors() async throws {
        let fixture = try ExecutionFixture()
        #expect(try await fixture.run("query ($x: Int!) { int }")
                == #"{"errors":[{"message":"Variable \"$x\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]}]}"#)
        #expect(try await fixture.run("query ($x: Int!) { int }", variables: ["x": .null])
                == #"{"errors":[{"message":"Variable \"$x\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":8}]}]}"#)
        #expect(try await fixture.run("query ($x: Int) { int }", variables: ["x": .string("abc")])
                == #"{"errors":[{"message":"Variable \"$x\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":8}]}]}"#)
        let filter = try await fixture.run("query ($f: Filter) { int }", variables: ["f": .object(["tags": .array([.int(1)])])])
        #expect(filter == #"{"errors":[{"message":"Variable \"$f\" got invalid value { tags: [1] }; Field \"min\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$f\" got invalid value 1 at \"f.tags[0]\"; String cannot represent a non string value: 1","locations":[{"line":1,"column":8}]}]}"#)
        #expect(try await fixture.run("query ($x: Obj) { int }")
                == #"{"errors":[{"message":"Variable \"$x\" expected value of type \"Obj\" which cannot be used as an input type.","locations":[{"line":1,"column":12}]}]}"#)
    }

    @Test func operationSelection() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"hello":"hi","int":1}"#)
        let two = "query A { hello } query B { int }"
        #expect(try await fixture.run(two, root: root) == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#)
        #expect(try await fixture.run(two, root: root, operation: "C") == #"{"errors":[{"message":"Unknown operation named \"C\"."}]}"#)
        #expect(try await fixture.run(two, root: root, operation: "B") == #"{"data":{"int":1}}"#)
        #expect(try await fixture.run("fragment F on Query { hello }", root: root) == #"{"errors":[{"message":"Must provide an operation."}]}"#)
    }

    @Test func nullPropagatesToTheNearestNullableParent() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"obj":{"a":"x","obj":{"a":"y"}},"hello":"hi"}"#)
        let out = try await fixture.run("{ obj { a obj { a b } } hello }", root: root)
        #expect(out == #"{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":19}],"path":["obj","obj","b"]}],"data":{"obj":{"a":"x","obj":null},"hello":"hi"}}"#)
        let toRoot = try await fixture.run("{ hello strictObj { b } }", root: try json(#"{"hello":"hi","strictObj":{}}"#))
        #expect(toRoot == #"{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":21}],"path":["strictObj","b"]}],"data":null}"#)
    }

    @Test func deepSelectionsPlannedOnFirstUse() async throws {
        let fixture = try ExecutionFixture()
        var value = JSON.object(["a": .string("deep")])
        for level in 0..<9 { value = .object(["a": .string("l\(level)"), "b": .string("b"), "obj": value]) }
        let root = JSON.object(["obj": value])
        let query = "{ obj { obj { obj { obj { obj { obj { obj { obj { a obj { a obj { b } } } } } } } } } } }"
        let out = try await fixture.run(query, root: root)
        #expect(out == #"{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":67}],"path":["obj","obj","obj","obj","obj","obj","obj","obj","obj","obj","b"]}],"data":{"obj":{"obj":{"obj":{"obj":{"obj":{"obj":{"obj":{"obj":{"a":"l1","obj":{"a":"l0","obj":null}}}}}}}}}}}"#)
        // The same document again: the lazily made plans are reused.
        #expect(try await fixture.run(query, root: root) == out)
    }

    @Test func listsOfNonNullItems() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"strictList":[1,null,3],"list":[1,null,3],"matrix":[[1],null,[2,"x"]],"obj":{"list":[{"b":"1"},{"a":"2"}]}}"#)
        let out = try await fixture.run("{ strictList list matrix obj { list { b } } }", root: root)
        #expect(out == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","locations":[{"line":1,"column":3}],"path":["strictList",1]},{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":19}],"path":["matrix",2,1]},{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":39}],"path":["obj","list",1,"b"]}],"data":{"strictList":null,"list":[1,null,3],"matrix":[[1],null,[2,null]],"obj":{"list":null}}}"#)
    }

    @Test func leafSerialization() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"int":2147483648,"float":"1.5","id":12,"flag":1,"color":"PINK","hello":true}"#)
        let out = try await fixture.run("{ int float id flag color hello }", root: root)
        #expect(out == #"{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":3}],"path":["int"]},{"message":"Enum \"Color\" cannot represent value: \"PINK\"","locations":[{"line":1,"column":21}],"path":["color"]}],"data":{"int":null,"float":1.5,"id":"12","flag":true,"color":null,"hello":"true"}}"#)
        #expect(try await fixture.run("{ list }", root: try json(#"{"list":"nope"}"#))
                == #"{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.list\".","locations":[{"line":1,"column":3}],"path":["list"]}],"data":{"list":null}}"#)
    }

    @Test func abstractTypesResolveByTypename() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"named":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}],"pets":[{"__typename":"Cat","name":"Tom"},{"name":"?"},{"__typename":"Obj"},{"__typename":"Nope"}]}"#)
        let out = try await fixture.run("{ named { name ... on Dog { barks } ... on Cat { meows } } pets { __typename ... on Cat { name } } }", root: root)
        #expect(out == #"{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":60}],"path":["pets",1]},{"message":"Runtime Object type \"Obj\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":60}],"path":["pets",2]},{"message":"Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.","locations":[{"line":1,"column":60}],"path":["pets",3]}],"data":{"named":[{"name":"Rex","barks":true},{"name":"Tom","meows":false}],"pets":[{"__typename":"Cat","name":"Tom"},null,null,null]}}"#)
    }

    @Test func typeResolverAndSwiftValues() async throws {
        struct Dog: GraphQLFieldSource {
            let name: String
            func graphQLField(_ field: String) -> Any? { field == "name" ? name : nil }
        }
        let fixture = try ExecutionFixture()
        try fixture.schema.bindTypeResolver("Named", TypeResolver { value, _, _ in value is Dog ? "Dog" : nil })
        try fixture.schema.bind("Query.named") { _, _, _, _ in [Dog(name: "Rex"), ["__typename": "Cat", "name": "Tom"] as [String: Any]] }
        let out = try await fixture.run("{ named { __typename name } }")
        #expect(out == #"{"data":{"named":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}]}}"#)
    }

    @Test func resolverErrorsAndContext() async throws {
        let fixture = try ExecutionFixture()
        let out = try await fixture.run("{ fails context }", context: "ctx")
        #expect(out == #"{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["fails"]}],"data":{"fails":null,"context":"ctx at [context] of Query.context"}}"#)
    }

    @Test func asyncResolversRunConcurrentlyInQueries() async throws {
        let fixture = try ExecutionFixture()
        #expect(try await fixture.run("{ a: meet hello b: meet }", root: try json(#"{"hello":"hi"}"#))
                == #"{"data":{"a":true,"hello":"hi","b":true}}"#)
        let out = try await fixture.run("{ a: slow(ms: 20) b: slow(ms: 10) hello c: slow(ms: 1) }", root: try json(#"{"hello":"hi"}"#))
        #expect(out == #"{"data":{"a":"slept 20","b":"slept 10","hello":"hi","c":"slept 1"}}"#)
        let strict = try await fixture.run("{ obj { a } hello slowStrict }", root: try json(#"{"hello":"hi","obj":{"a":"x"}}"#))
        #expect(strict == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.slowStrict.","locations":[{"line":1,"column":19}],"path":["slowStrict"]}],"data":null}"#)
        #expect(try fixture.runSync("{ slow(ms: 1) }") == #"{"errors":[{"message":"GraphQL execution failed to complete synchronously."}]}"#)
    }

    @Test func mutationRootFieldsRunSerially() async throws {
        let fixture = try ExecutionFixture()
        let out = try await fixture.run(#"mutation { a: appendAsync(value: "1") b: append(value: "2") c: appendAsync(value: "3") d: append(value: "4") }"#)
        #expect(out == #"{"data":{"a":"1","b":"1,2","c":"1,2,3","d":"1,2,3,4"}}"#)
    }

    @Test func onePreparedDocumentServesConcurrentRequests() async throws {
        let fixture = try ExecutionFixture()
        let root = try json(#"{"named":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":true}]}"#)
        let document = PreparedDocument(try parse("{ named { name ... on Dog { barks } ... on Cat { meows } } }"), schema: fixture.schema)
        let expected = #"{"data":{"named":[{"name":"Rex","barks":true},{"name":"Tom","meows":true}]}}"#
        let outputs = await withTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask { String(decoding: await document.execute(rootValue: root).json, as: UTF8.self) }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outputs.count == 32)
        #expect(outputs.allSatisfy { $0 == expected })
    }

    @Test func requestWithoutRootTypeForOperation() async throws {
        let query = GraphQLObjectType(name: "Query")
        query.fields.add(GraphQLField(name: "a", type: .named(BuiltInScalars.string)))
        let schema = try GraphQLSchema(query: query)
        let result = await PreparedDocument(try parse("mutation { a }"), schema: schema).execute()
        #expect(String(decoding: result.json, as: UTF8.self)
                == #"{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}"#)
    }
}

@Suite struct GraphQLEntryPointTests {
    static let schema = try! buildSchema("type Query { a: Int b(x: Int!): String }")

    @Test func syntaxAndValidationErrorsHaveNoData() async {
        let syntax = await graphql(schema: GraphQLEntryPointTests.schema, source: "{ a(")
        #expect(String(decoding: syntax.json, as: UTF8.self)
                == #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":5}]}]}"#)
        let invalid = graphqlSync(schema: GraphQLEntryPointTests.schema, source: "{ c }")
        #expect(String(decoding: invalid.json, as: UTF8.self)
                == #"{"errors":[{"message":"Cannot query field \"c\" on type \"Query\". Did you mean \"a\" or \"b\"?","locations":[{"line":1,"column":3}]}]}"#)
    }

    @Test func executesWithTheRootValue() async {
        let result = await graphql(schema: GraphQLEntryPointTests.schema, source: "query Q($x: Int!) { a b(x: $x) }",
                                   rootValue: ["a": 1, "b": "two"] as [String: Any], variableValues: ["x": .int(1)])
        #expect(String(decoding: result.json, as: UTF8.self) == #"{"data":{"a":1,"b":"two"}}"#)
    }

    /// Field collection once recursed per fragment spread: a long chain overflowed the stack.
    @Test func aLongFragmentChainExecutesOnASmallStack() throws {
        var source = "{ ...F0 }"
        for index in 0..<5_000 { source += " fragment F\(index) on Query { a ...F\(index + 1) }" }
        source += " fragment F5000 on Query { b(x: 1) }"
        let document = PreparedDocument(try parse(source), schema: GraphQLEntryPointTests.schema)
        // unchecked: written by the thread before it signals `done`, read only after the wait
        final class Box: @unchecked Sendable { var out = "" }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let result = document.executeSync(rootValue: ["a": 1, "b": "two"] as [String: Any])
            box.out = String(decoding: result.json, as: UTF8.self)
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(box.out == #"{"data":{"a":1,"b":"two"}}"#)
    }
}

/// Async values inside lists and objects: holes spliced in order, null propagation across them.
@Suite struct AsyncExecutionTests {
    static func schema() throws -> GraphQLSchema {
        let schema = try buildSchema("""
            type Item { id: Int name: String slowName: String! slowMaybe: String next: Item slowNext: Item }
            type Query { items: [Item] strictItems: [Item!]! slowItem: Item slowItems: [Item!] hello: String }
            """)
        func slowName(_ source: Any) -> AsyncValue {
            AsyncValue {
                try await Task.sleep(nanoseconds: 2_000_000)
                guard case .object(let item)? = source as? JSON, case .string(let name)? = item["name"], name != "bad" else { return nil }
                return name
            }
        }
        try schema.bind("Item.slowName") { source, _, _, _ in slowName(source) }
        try schema.bind("Item.slowMaybe") { source, _, _, _ in slowName(source) }
        try schema.bind("Item.slowNext", .async { source, _, _, _ in
            guard case .object(let item)? = source as? JSON else { return nil }
            return item["next"]
        })
        try schema.bind("Query.slowItem", .async { source, _, _, _ in
            guard case .object(let root)? = source as? JSON else { return nil }
            return root["items"].flatMap { if case .array(let items) = $0 { return items.first } else { return nil } }
        })
        try schema.bind("Query.slowItems", .async { source, _, _, _ in
            guard case .object(let root)? = source as? JSON else { return nil }
            return root["items"]
        })
        return schema
    }

    static let root = try! JSONParser.parse(#"{"hello":"hi","items":[{"id":1,"name":"a","next":{"id":4,"name":"bad"}},{"id":2,"name":"bad"},{"id":3,"name":"c"}],"strictItems":[{"id":1,"name":"a"},{"id":2,"name":"bad"}]}"#)

    private func run(_ query: String) async throws -> String {
        let result = await PreparedDocument(try parse(query), schema: try AsyncExecutionTests.schema()).execute(rootValue: AsyncExecutionTests.root)
        return String(decoding: result.json, as: UTF8.self)
    }

    @Test func failedAsyncFieldNullsItsListItem() async throws {
        let out = try await run("{ items { id slowName slowMaybe } hello }")
        #expect(out == #"{"errors":[{"message":"Cannot return null for non-nullable field Item.slowName.","locations":[{"line":1,"column":14}],"path":["items",1,"slowName"]}],"data":{"items":[{"id":1,"slowName":"a","slowMaybe":"a"},null,{"id":3,"slowName":"c","slowMaybe":"c"}],"hello":"hi"}}"#)
    }

    @Test func failureReachingTheRootNullsData() async throws {
        let out = try await run("{ hello strictItems { id slowName } }")
        #expect(out == #"{"errors":[{"message":"Cannot return null for non-nullable field Item.slowName.","locations":[{"line":1,"column":26}],"path":["strictItems",1,"slowName"]}],"data":null}"#)
    }

    @Test func nestedHoles() async throws {
        #expect(try await run("{ slowItem { id slowName slowNext { id slowMaybe slowNext { id } } } }")
                == #"{"data":{"slowItem":{"id":1,"slowName":"a","slowNext":{"id":4,"slowMaybe":null,"slowNext":null}}}}"#)
        #expect(try await run("{ slowItems { id slowNext { slowName } } }")
                == #"{"errors":[{"message":"Cannot return null for non-nullable field Item.slowName.","locations":[{"line":1,"column":29}],"path":["slowItems",0,"slowNext","slowName"]}],"data":{"slowItems":[{"id":1,"slowNext":null},{"id":2,"slowNext":null},{"id":3,"slowNext":null}]}}"#)
        #expect(try await run("{ slowItems { id slowName } }")
                == #"{"errors":[{"message":"Cannot return null for non-nullable field Item.slowName.","locations":[{"line":1,"column":18}],"path":["slowItems",1,"slowName"]}],"data":{"slowItems":null}}"#)
    }
}
