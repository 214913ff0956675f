import Testing
@testable import GraphQLCore

/// validateSchema on schemas built in code (no SDL, so no locations); the SDL-built cases,
/// with locations, are in BuildSchemaErrorTests.
@Suite struct ValidateSchemaTests {
    @Test func validSchemaHasNoErrors() throws {
        let query = GraphQLObjectType(name: "Query")
        query.fields.add(GraphQLField(name: "a", type: .named(BuiltInScalars.int)))
        #expect(validateSchema(try GraphQLSchema(query: query)).isEmpty)
    }

    @Test func reportsTheTypeSystemRules() throws {
        let node = GraphQLInterfaceType(name: "Node")
        node.fields.add(GraphQLField(name: "id", type: .nonNull(.named(BuiltInScalars.id)),
                                     arguments: [GraphQLArgument(name: "x", type: .named(BuiltInScalars.int))]))
        let query = GraphQLObjectType(name: "Query")
        query.interfaces = [node]
        query.fields.add(GraphQLField(name: "id", type: .named(BuiltInScalars.id)))
        query.fields.add(GraphQLField(name: "__secret", type: .named(BuiltInScalars.int)))
        let input = GraphQLInputObjectType(name: "In")
        input.add(GraphQLInputField(name: "self", type: .nonNull(.named(input))))
        query.fields.add(GraphQLField(name: "b", type: .named(BuiltInScalars.int), arguments: [GraphQLArgument(name: "in", type: .named(input))]))
        let empty = GraphQLEnumType(name: "Empty")
        let schema = try GraphQLSchema(query: nil, types: [query, empty])
        #expect(validateSchema(schema).map(\.message) == [
            "Query root type must be provided.",
            "Name \"__secret\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Interface field Node.id expects type ID! but Query.id is type ID.",
            "Interface field argument Node.id(x:) expected but Query.id does not provide it.",
            "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".",
            "Enum type Empty must define one or more values.",
        ])
        #expect(validateSchema(schema).allSatisfy { $0.locations.isEmpty })
    }

    @Test func oneOfFieldsMustBeNullableWithoutDefaults() throws {
        let pick = GraphQLInputObjectType(name: "Pick")
        pick.isOneOf = true
        pick.add(GraphQLInputField(name: "a", type: .nonNull(.named(BuiltInScalars.int))))
        pick.add(GraphQLInputField(name: "b", type: .named(BuiltInScalars.string), defaultValue: .string("x")))
        let query = GraphQLObjectType(name: "Query")
        query.fields.add(GraphQLField(name: "f", type: .named(BuiltInScalars.int), arguments: [GraphQLArgument(name: "p", type: .named(pick))]))
        #expect(validateSchema(try GraphQLSchema(query: query)).map(\.message) == [
            "OneOf input field Pick.a must be nullable.",
            "OneOf input field Pick.b cannot have a default value.",
        ])
    }

    @Test func directiveArgumentsAreChecked() throws {
        let query = GraphQLObjectType(name: "Query")
        query.fields.add(GraphQLField(name: "a", type: .named(BuiltInScalars.int)))
        let directive = GraphQLDirective(name: "__d", locations: [.field], arguments: [
            GraphQLArgument(name: "x", type: .named(query)),
            GraphQLArgument(name: "y", type: .nonNull(.named(BuiltInScalars.int)), deprecationReason: "old"),
        ])
        #expect(validateSchema(try GraphQLSchema(query: query, directives: [directive])).map(\.message) == [
            "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "The type of @__d(x:) must be Input Type but got: Query.",
            "Required argument @__d(y:) cannot be deprecated.",
        ])
    }
}
