// The introspection types (__Schema, __Type, ...), with graphql-js 16's descriptions.
// https://spec.graphql.org/September2025/#sec-Schema-Introspection

/// The types that describe a schema to introspection queries. Their fields are answered by
/// the executor's introspection resolvers.
public enum IntrospectionTypes {
    /// `__Schema`.
    public static var schema: GraphQLObjectType { _ = all; return schemaType }
    private static let schemaType = GraphQLObjectType(name: "__Schema", description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.")
    /// `__Directive`.
    public static var directive: GraphQLObjectType { _ = all; return directiveType }
    private static let directiveType = GraphQLObjectType(name: "__Directive", description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.")
    /// `__DirectiveLocation`.
    public static var directiveLocation: GraphQLEnumType { _ = all; return directiveLocationType }
    private static let directiveLocationType = GraphQLEnumType(name: "__DirectiveLocation", description: "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.")
    /// `__Type`.
    public static var type: GraphQLObjectType { _ = all; return typeType }
    private static let typeType = GraphQLObjectType(name: "__Type", description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.")
    /// `__Field`.
    public static var field: GraphQLObjectType { _ = all; return fieldType }
    private static let fieldType = GraphQLObjectType(name: "__Field", description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
    /// `__InputValue`.
    public static var inputValue: GraphQLObjectType { _ = all; return inputValueType }
    private static let inputValueType = GraphQLObjectType(name: "__InputValue", description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
    /// `__EnumValue`.
    public static var enumValue: GraphQLObjectType { _ = all; return enumValueType }
    private static let enumValueType = GraphQLObjectType(name: "__EnumValue", description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.")
    /// `__TypeKind`.
    public static var typeKind: GraphQLEnumType { _ = all; return typeKindType }
    private static let typeKindType = GraphQLEnumType(name: "__TypeKind", description: "An enum describing what kind of type a given `__Type` is.")

    /// All of them, in the order graphql-js adds them to a schema.
    public static let all: [GraphQLNamedType] = { wire(); return [schemaType, directiveType, directiveLocationType, typeType, fieldType, inputValueType, enumValueType, typeKindType] }()

    /// Whether `name` is an introspection type's name.
    public static func isIntrospectionType(_ name: String) -> Bool { ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"].contains(name) }

    private static func wire() {
        schemaType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        schemaType.fields.add(GraphQLField(name: "types", type: .nonNull(.list(.nonNull(.named(typeType)))), description: "A list of all types supported by this server."))
        schemaType.fields.add(GraphQLField(name: "queryType", type: .nonNull(.named(typeType)), description: "The type that query operations will be rooted at."))
        schemaType.fields.add(GraphQLField(name: "mutationType", type: .named(typeType), description: "If this server supports mutation, the type that mutation operations will be rooted at."))
        schemaType.fields.add(GraphQLField(name: "subscriptionType", type: .named(typeType), description: "If this server supports subscription, the type that subscription operations will be rooted at."))
        schemaType.fields.add(GraphQLField(name: "directives", type: .nonNull(.list(.nonNull(.named(directiveType)))), description: "A list of all directives supported by this server."))
        directiveType.fields.add(GraphQLField(name: "name", type: .nonNull(.named(BuiltInScalars.string)), description: nil))
        directiveType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        directiveType.fields.add(GraphQLField(name: "isRepeatable", type: .nonNull(.named(BuiltInScalars.boolean)), description: nil))
        directiveType.fields.add(GraphQLField(name: "locations", type: .nonNull(.list(.nonNull(.named(directiveLocationType)))), description: nil))
        directiveType.fields.add(GraphQLField(name: "args", type: .nonNull(.list(.nonNull(.named(inputValueType)))), arguments: [GraphQLArgument(name: "includeDeprecated", type: .named(BuiltInScalars.boolean), description: nil, defaultValue: .bool(false), defaultValueNode: ValueNode(.boolean(false)))], description: nil))
        directiveLocationType.add(GraphQLEnumValue(name: "QUERY", description: "Location adjacent to a query operation."))
        directiveLocationType.add(GraphQLEnumValue(name: "MUTATION", description: "Location adjacent to a mutation operation."))
        directiveLocationType.add(GraphQLEnumValue(name: "SUBSCRIPTION", description: "Location adjacent to a subscription operation."))
        directiveLocationType.add(GraphQLEnumValue(name: "FIELD", description: "Location adjacent to a field."))
        directiveLocationType.add(GraphQLEnumValue(name: "FRAGMENT_DEFINITION", description: "Location adjacent to a fragment definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "FRAGMENT_SPREAD", description: "Location adjacent to a fragment spread."))
        directiveLocationType.add(GraphQLEnumValue(name: "INLINE_FRAGMENT", description: "Location adjacent to an inline fragment."))
        directiveLocationType.add(GraphQLEnumValue(name: "VARIABLE_DEFINITION", description: "Location adjacent to a variable definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "SCHEMA", description: "Location adjacent to a schema definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "SCALAR", description: "Location adjacent to a scalar definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "OBJECT", description: "Location adjacent to an object type definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "FIELD_DEFINITION", description: "Location adjacent to a field definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "ARGUMENT_DEFINITION", description: "Location adjacent to an argument definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "INTERFACE", description: "Location adjacent to an interface definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "UNION", description: "Location adjacent to a union definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "ENUM", description: "Location adjacent to an enum definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "ENUM_VALUE", description: "Location adjacent to an enum value definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "INPUT_OBJECT", description: "Location adjacent to an input object type definition."))
        directiveLocationType.add(GraphQLEnumValue(name: "INPUT_FIELD_DEFINITION", description: "Location adjacent to an input object field definition."))
        typeType.fields.add(GraphQLField(name: "kind", type: .nonNull(.named(typeKindType)), description: nil))
        typeType.fields.add(GraphQLField(name: "name", type: .named(BuiltInScalars.string), description: nil))
        typeType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        typeType.fields.add(GraphQLField(name: "specifiedByURL", type: .named(BuiltInScalars.string), description: nil))
        typeType.fields.add(GraphQLField(name: "fields", type: .list(.nonNull(.named(fieldType))), arguments: [GraphQLArgument(name: "includeDeprecated", type: .named(BuiltInScalars.boolean), description: nil, defaultValue: .bool(false), defaultValueNode: ValueNode(.boolean(false)))], description: nil))
        typeType.fields.add(GraphQLField(name: "interfaces", type: .list(.nonNull(.named(typeType))), description: nil))
        typeType.fields.add(GraphQLField(name: "possibleTypes", type: .list(.nonNull(.named(typeType))), description: nil))
        typeType.fields.add(GraphQLField(name: "enumValues", type: .list(.nonNull(.named(enumValueType))), arguments: [GraphQLArgument(name: "includeDeprecated", type: .named(BuiltInScalars.boolean), description: nil, defaultValue: .bool(false), defaultValueNode: ValueNode(.boolean(false)))], description: nil))
        typeType.fields.add(GraphQLField(name: "inputFields", type: .list(.nonNull(.named(inputValueType))), arguments: [GraphQLArgument(name: "includeDeprecated", type: .named(BuiltInScalars.boolean), description: nil, defaultValue: .bool(false), defaultValueNode: ValueNode(.boolean(false)))], description: nil))
        typeType.fields.add(GraphQLField(name: "ofType", type: .named(typeType), description: nil))
        typeType.fields.add(GraphQLField(name: "isOneOf", type: .named(BuiltInScalars.boolean), description: nil))
        fieldType.fields.add(GraphQLField(name: "name", type: .nonNull(.named(BuiltInScalars.string)), description: nil))
        fieldType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        fieldType.fields.add(GraphQLField(name: "args", type: .nonNull(.list(.nonNull(.named(inputValueType)))), arguments: [GraphQLArgument(name: "includeDeprecated", type: .named(BuiltInScalars.boolean), description: nil, defaultValue: .bool(false), defaultValueNode: ValueNode(.boolean(false)))], description: nil))
        fieldType.fields.add(GraphQLField(name: "type", type: .nonNull(.named(typeType)), description: nil))
        fieldType.fields.add(GraphQLField(name: "isDeprecated", type: .nonNull(.named(BuiltInScalars.boolean)), description: nil))
        fieldType.fields.add(GraphQLField(name: "deprecationReason", type: .named(BuiltInScalars.string), description: nil))
        inputValueType.fields.add(GraphQLField(name: "name", type: .nonNull(.named(BuiltInScalars.string)), description: nil))
        inputValueType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        inputValueType.fields.add(GraphQLField(name: "type", type: .nonNull(.named(typeType)), description: nil))
        inputValueType.fields.add(GraphQLField(name: "defaultValue", type: .named(BuiltInScalars.string), description: "A GraphQL-formatted string representing the default value for this input value."))
        inputValueType.fields.add(GraphQLField(name: "isDeprecated", type: .nonNull(.named(BuiltInScalars.boolean)), description: nil))
        inputValueType.fields.add(GraphQLField(name: "deprecationReason", type: .named(BuiltInScalars.string), description: nil))
        enumValueType.fields.add(GraphQLField(name: "name", type: .nonNull(.named(BuiltInScalars.string)), description: nil))
        enumValueType.fields.add(GraphQLField(name: "description", type: .named(BuiltInScalars.string), description: nil))
        enumValueType.fields.add(GraphQLField(name: "isDeprecated", type: .nonNull(.named(BuiltInScalars.boolean)), description: nil))
        enumValueType.fields.add(GraphQLField(name: "deprecationReason", type: .named(BuiltInScalars.string), description: nil))
        typeKindType.add(GraphQLEnumValue(name: "SCALAR", description: "Indicates this type is a scalar."))
        typeKindType.add(GraphQLEnumValue(name: "OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."))
        typeKindType.add(GraphQLEnumValue(name: "INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."))
        typeKindType.add(GraphQLEnumValue(name: "UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."))
        typeKindType.add(GraphQLEnumValue(name: "ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."))
        typeKindType.add(GraphQLEnumValue(name: "INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field."))
        typeKindType.add(GraphQLEnumValue(name: "LIST", description: "Indicates this type is a list. `ofType` is a valid field."))
        typeKindType.add(GraphQLEnumValue(name: "NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."))
    }
}

extension IntrospectionTypes {
    /// `__schema: __Schema!`, available on the query root type.
    public static let schemaMetaField = GraphQLField(
        name: "__schema", type: .nonNull(.named(schema)),
        description: "Access the current type schema of this server.")

    /// `__type(name: String!): __Type`, available on the query root type.
    public static let typeMetaField = GraphQLField(
        name: "__type", type: .named(type),
        arguments: [GraphQLArgument(name: "name", type: .nonNull(.named(BuiltInScalars.string)))],
        description: "Request the type information of a single type.")

    /// `__typename: String!`, available on every object, interface and union.
    public static let typeNameMetaField = GraphQLField(
        name: "__typename", type: .nonNull(.named(BuiltInScalars.string)),
        description: "The name of the current Object type at runtime.")
}
