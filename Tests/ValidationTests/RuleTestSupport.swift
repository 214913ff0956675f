import Testing
@testable import GraphQLCore

// Shared support for the rule tests of validation-b: a small SDL-to-schema builder (enough
// for test schemas: types, fields, arguments with defaults, @oneOf, custom directives) and
// helpers that run rules and compare errors with graphql-js's, message and locations.

/// An expected error: the message and its (line, column) locations.
struct ExpectedError: Equatable, CustomStringConvertible {
    let message: String
    let locations: [GraphQLCore.SourceLocation]

    init(_ message: String, _ locations: (Int, Int)...) {
        self.message = message
        self.locations = locations.map { GraphQLCore.SourceLocation(line: $0.0, column: $0.1) }
    }

    init(_ error: GraphQLError) {
        message = error.message
        locations = error.locations
    }

    var description: String {
        "\(message) @ " + locations.map { "\($0.line):\($0.column)" }.joined(separator: ",")
    }
}

/// Validates `query` against `schema` with `rules` and returns the errors as comparable values.
func errors(_ query: String, schema: GraphQLSchema = TestSchemas.pets,
            rules: [any ValidationRule.Type]) throws -> [ExpectedError] {
    let document = try parse(query)
    return validate(schema: schema, document: document, rules: rules).map(ExpectedError.init)
}

enum TestSchemas {
    /// graphql-js's validation harness schema, in part: pets, humans, complicated arguments.
    static let petsSDL = """
    interface Mammal { mother: Mammal father: Mammal }
    interface Pet { name(surname: Boolean): String }
    interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
    enum DogCommand { SIT HEEL DOWN }
    type Dog implements Pet & Mammal & Canine {
      name(surname: Boolean): String
      nickname: String
      barkVolume: Int
      barks: Boolean
      doesKnowCommand(dogCommand: DogCommand): Boolean
      isHouseTrained(atOtherHomes: Boolean = true): Boolean
      isAtLocation(x: Int, y: Int): Boolean
      mother: Dog
      father: Dog
    }
    type Cat implements Pet {
      name(surname: Boolean): String
      nickname: String
      meows: Boolean
      meowsVolume: Int
      furColor: FurColor
    }
    union CatOrDog = Cat | Dog
    type Human {
      name(surname: Boolean): String
      pets: [Pet]
      relatives: [Human]!
    }
    enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
    input ComplexInput {
      requiredField: Boolean!
      nonNullField: Boolean! = false
      intField: Int
      stringField: String
      booleanField: Boolean
      stringListField: [String]
    }
    input OneOfInput @oneOf { stringField: String intField: Int }
    type ComplicatedArgs {
      intArgField(intArg: Int): String
      nonNullIntArgField(nonNullIntArg: Int!): String
      stringArgField(stringArg: String): String
      booleanArgField(booleanArg: Boolean): String
      enumArgField(enumArg: FurColor): String
      floatArgField(floatArg: Float): String
      idArgField(idArg: ID): String
      stringListArgField(stringListArg: [String]): String
      stringListNonNullArgField(stringListNonNullArg: [String!]): String
      complexArgField(complexArg: ComplexInput): String
      oneOfArgField(oneOfArg: OneOfInput): String
      multipleReqs(req1: Int!, req2: Int!): String
      nonNullFieldWithDefault(arg: Int! = 0): String
      multipleOpts(opt1: Int = 0, opt2: Int = 0): String
      multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
    }
    type QueryRoot {
      human(id: ID): Human
      dog: Dog
      cat: Cat
      pet: Pet
      catOrDog: CatOrDog
      complicatedArgs: ComplicatedArgs
    }
    schema { query: QueryRoot }
    directive @onField on FIELD
    directive @withArgs(required: Int!, optional: Int = 1) on FIELD | QUERY
    """

    static let pets = buildTestSchema(petsSDL)

    /// graphql-js's schema for field merging tests: boxes of different shapes.
    static let boxesSDL = """
    interface SomeBox { deepBox: SomeBox unrelatedField: String }
    type StringBox implements SomeBox {
      scalar: String
      deepBox: StringBox
      unrelatedField: String
      listStringBox: [StringBox]
      stringBox: StringBox
      intBox: IntBox
    }
    type IntBox implements SomeBox {
      scalar: Int
      deepBox: IntBox
      unrelatedField: String
      listStringBox: [StringBox]
      stringBox: StringBox
      intBox: IntBox
    }
    interface NonNullStringBox1 { scalar: String! }
    type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
      scalar: String!
      unrelatedField: String
      deepBox: SomeBox
    }
    interface NonNullStringBox2 { scalar: String! }
    type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
      scalar: String!
      unrelatedField: String
      deepBox: SomeBox
    }
    type Connection { edges: [Edge] }
    type Edge { node: Node }
    type Node { id: ID name: String }
    type Query { someBox: SomeBox connection: Connection }
    """

    static let boxes = buildTestSchema(boxesSDL)
}

/// Builds a schema from SDL, for tests: object, interface, union, enum, input object and
/// scalar types, `schema { }`, arguments with default values, `@oneOf`, and directives.
func buildTestSchema(_ sdl: String) -> GraphQLSchema {
    let document = try! parse(sdl)
    var named: [String: GraphQLNamedType] = [:]
    for scalar in BuiltInScalars.all { named[scalar.name] = scalar }
    for definition in document.definitions {
        switch definition {
        case .object(let node): named[node.name.value] = GraphQLObjectType(name: node.name.value)
        case .interface(let node): named[node.name.value] = GraphQLInterfaceType(name: node.name.value)
        case .union(let node): named[node.name.value] = GraphQLUnionType(name: node.name.value)
        case .enumType(let node):
            named[node.name.value] = GraphQLEnumType(name: node.name.value, values: node.values.map { GraphQLEnumValue(name: $0.name.value) })
        case .inputObject(let node):
            let input = GraphQLInputObjectType(name: node.name.value)
            input.isOneOf = node.directives.contains { $0.name.value == "oneOf" }
            named[node.name.value] = input
        case .scalar(let node): named[node.name.value] = GraphQLScalarType(name: node.name.value)
        default: break
        }
    }
    func type(_ node: TypeNode) -> GraphQLType {
        switch node {
        case .named(let name): return .named(named[name.value]!)
        case .list(let inner, _): return .list(type(inner))
        case .nonNull(let inner, _): return .nonNull(type(inner))
        }
    }
    func argument(_ node: InputValueDefinitionNode) -> GraphQLArgument {
        let argumentType = type(node.type)
        return GraphQLArgument(name: node.name.value, type: argumentType,
                               defaultValue: node.defaultValue.flatMap { valueFromAST($0, type: argumentType) },
                               defaultValueNode: node.defaultValue)
    }
    func fields(_ nodes: [FieldDefinitionNode]) -> FieldMap {
        var map = FieldMap()
        for node in nodes { map.add(GraphQLField(name: node.name.value, type: type(node.type), arguments: node.arguments.map(argument))) }
        return map
    }
    var directives = SpecifiedDirectives.all
    var roots: [OperationType: GraphQLObjectType] = [:]
    for definition in document.definitions {
        switch definition {
        case .object(let node):
            let object = named[node.name.value] as! GraphQLObjectType
            object.fields = fields(node.fields)
            object.interfaces = node.interfaces.map { named[$0.value] as! GraphQLInterfaceType }
        case .interface(let node):
            let interface = named[node.name.value] as! GraphQLInterfaceType
            interface.fields = fields(node.fields)
            interface.interfaces = node.interfaces.map { named[$0.value] as! GraphQLInterfaceType }
        case .union(let node):
            (named[node.name.value] as! GraphQLUnionType).types = node.types.map { named[$0.value] as! GraphQLObjectType }
        case .inputObject(let node):
            let input = named[node.name.value] as! GraphQLInputObjectType
            node.fields.forEach { input.add(argument($0)) }
        case .directive(let node):
            directives.append(GraphQLDirective(name: node.name.value, locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                                               arguments: node.arguments.map(argument), isRepeatable: node.repeatable))
        case .schema(let node):
            for operationType in node.operationTypes { roots[operationType.operation] = named[operationType.type.value] as? GraphQLObjectType }
        default: break
        }
    }
    let query = roots[.query] ?? named["Query"] as? GraphQLObjectType
    let mutation = roots[.mutation] ?? named["Mutation"] as? GraphQLObjectType
    let subscription = roots[.subscription] ?? named["Subscription"] as? GraphQLObjectType
    let others = document.definitions.compactMap { definition -> GraphQLNamedType? in
        switch definition {
        case .object(let node): return named[node.name.value]
        case .interface(let node): return named[node.name.value]
        case .union(let node): return named[node.name.value]
        case .enumType(let node): return named[node.name.value]
        case .inputObject(let node): return named[node.name.value]
        case .scalar(let node): return named[node.name.value]
        default: return nil
        }
    }
    return try! GraphQLSchema(query: query, mutation: mutation, subscription: subscription, types: others, directives: directives)
}
