import Testing
@testable import GraphQLCore

// Support for the rule tests that port graphql-js's own cases: graphql-js's test schemas
// (pets and boxes) and helpers that run rules and compare errors with graphql-js's,
// message and locations.

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

    static let pets = try! buildSchema(petsSDL)

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

    static let boxes = try! buildSchema(boxesSDL)
}
