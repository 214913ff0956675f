// The resolvers of the introspection meta-fields and types: __schema, __type, and the
// fields of __Schema, __Type, __Field, __InputValue, __EnumValue and __Directive.
// Values travel as `IntrospectionValue` (types as `GraphQLType`, the rest as the schema's own
// objects), so introspection reads the schema directly, with no dynamic casts.
// https://spec.graphql.org/September2025/#sec-Schema-Introspection

/// The engine's resolvers for introspection, looked up when a plan is made.
enum IntrospectionResolvers {
    /// The resolver of an introspection field, or `nil` for any other field.
    static func resolver(for field: GraphQLField) -> FieldResolver? {
        table[ObjectIdentifier(field)]
    }

    private static let table: [ObjectIdentifier: FieldResolver] = {
        var table: [ObjectIdentifier: FieldResolver] = [:]
        func bind(_ type: GraphQLObjectType, _ name: String, _ resolve: @escaping (IntrospectionValue?, JSONObject, GraphQLSchema) throws -> ResolvedValue) {
            guard let field = type.fields[name] else { return }
            table[ObjectIdentifier(field)] = FieldResolver(body: .engine { source, arguments, schema in
                guard case .introspection(let value) = source else { return try resolve(nil, arguments, schema) }
                return try resolve(value, arguments, schema)
            })
        }
        table[ObjectIdentifier(IntrospectionTypes.schemaMetaField)] = FieldResolver(body: .engine { _, _, schema in .introspection(.schema(schema)) })
        table[ObjectIdentifier(IntrospectionTypes.typeMetaField)] = FieldResolver(body: .engine { _, arguments, schema in
            guard case .string(let name)? = arguments["name"], let type = schema.type(named: name) else { return .null }
            return .introspection(.type(.named(type)))
        })

        let schemaType = IntrospectionTypes.schema
        bind(schemaType, "description") { source, _, _ in
            guard case .schema(let schema)? = source else { return .null }
            return string(schema.description)
        }
        bind(schemaType, "types") { source, _, _ in
            guard case .schema(let schema)? = source else { return .null }
            return .list(schema.types.map { .introspection(.type(.named($0))) })
        }
        bind(schemaType, "queryType") { source, _, _ in
            guard case .schema(let schema)? = source, let type = schema.queryType else { return .null }
            return .introspection(.type(.named(type)))
        }
        bind(schemaType, "mutationType") { source, _, _ in
            guard case .schema(let schema)? = source, let type = schema.mutationType else { return .null }
            return .introspection(.type(.named(type)))
        }
        bind(schemaType, "subscriptionType") { source, _, _ in
            guard case .schema(let schema)? = source, let type = schema.subscriptionType else { return .null }
            return .introspection(.type(.named(type)))
        }
        bind(schemaType, "directives") { source, _, _ in
            guard case .schema(let schema)? = source else { return .null }
            return .list(schema.directives.map { .introspection(.directive($0)) })
        }

        let typeType = IntrospectionTypes.type
        bind(typeType, "kind") { source, _, _ in
            guard case .type(let type)? = source else { return .null }
            switch type {
            case .named(let named): return .json(.string(named.kind.rawValue))
            case .list: return .json(.string("LIST"))
            case .nonNull: return .json(.string("NON_NULL"))
            }
        }
        bind(typeType, "name") { source, _, _ in string(named(source)?.name) }
        bind(typeType, "description") { source, _, _ in string(named(source)?.description) }
        bind(typeType, "specifiedByURL") { source, _, _ in string((named(source) as? GraphQLScalarType)?.specifiedByURL) }
        bind(typeType, "fields") { source, arguments, _ in
            guard let fields = named(source)?.fieldMap else { return .null }
            let all = includeDeprecated(arguments)
            return .list(fields.ordered.filter { all || $0.deprecationReason == nil }.map { .introspection(.field($0)) })
        }
        bind(typeType, "interfaces") { source, _, _ in
            guard let type = named(source), type.fieldMap != nil else { return .null }
            return .list(type.implementedInterfaces.map { .introspection(.type(.named($0))) })
        }
        bind(typeType, "possibleTypes") { source, _, schema in
            guard let type = named(source), type.isAbstractType else { return .null }
            return .list(schema.possibleTypes(of: type).map { .introspection(.type(.named($0))) })
        }
        bind(typeType, "enumValues") { source, arguments, _ in
            guard let type = named(source) as? GraphQLEnumType else { return .null }
            let all = includeDeprecated(arguments)
            return .list(type.values.filter { all || $0.deprecationReason == nil }.map { .introspection(.enumValue($0)) })
        }
        bind(typeType, "inputFields") { source, arguments, _ in
            guard let type = named(source) as? GraphQLInputObjectType else { return .null }
            let all = includeDeprecated(arguments)
            return .list(type.fields.filter { all || $0.deprecationReason == nil }.map { .introspection(.inputValue($0)) })
        }
        bind(typeType, "ofType") { source, _, _ in
            switch source {
            case .type(.list(let inner))?, .type(.nonNull(let inner))?: return .introspection(.type(inner))
            default: return .null
            }
        }
        bind(typeType, "isOneOf") { source, _, _ in
            guard let type = named(source) as? GraphQLInputObjectType else { return .null }
            return .json(.bool(type.isOneOf))
        }

        let fieldType = IntrospectionTypes.field
        bind(fieldType, "name") { source, _, _ in
            guard case .field(let field)? = source else { return .null }
            return .json(.string(field.name))
        }
        bind(fieldType, "description") { source, _, _ in
            guard case .field(let field)? = source else { return .null }
            return string(field.description)
        }
        bind(fieldType, "args") { source, arguments, _ in
            guard case .field(let field)? = source else { return .null }
            let all = includeDeprecated(arguments)
            return .list(field.arguments.filter { all || $0.deprecationReason == nil }.map { .introspection(.inputValue($0)) })
        }
        bind(fieldType, "type") { source, _, _ in
            guard case .field(let field)? = source else { return .null }
            return .introspection(.type(field.type))
        }
        bind(fieldType, "isDeprecated") { source, _, _ in
            guard case .field(let field)? = source else { return .null }
            return .json(.bool(field.deprecationReason != nil))
        }
        bind(fieldType, "deprecationReason") { source, _, _ in
            guard case .field(let field)? = source else { return .null }
            return string(field.deprecationReason)
        }

        let inputValueType = IntrospectionTypes.inputValue
        bind(inputValueType, "name") { source, _, _ in
            guard case .inputValue(let argument)? = source else { return .null }
            return .json(.string(argument.name))
        }
        bind(inputValueType, "description") { source, _, _ in
            guard case .inputValue(let argument)? = source else { return .null }
            return string(argument.description)
        }
        bind(inputValueType, "type") { source, _, _ in
            guard case .inputValue(let argument)? = source else { return .null }
            return .introspection(.type(argument.type))
        }
        bind(inputValueType, "defaultValue") { source, _, _ in
            guard case .inputValue(let argument)? = source, let value = argument.defaultValue else { return .null }
            return string(try astFromValueStrict(value, type: argument.type)?.printed)
        }
        bind(inputValueType, "isDeprecated") { source, _, _ in
            guard case .inputValue(let argument)? = source else { return .null }
            return .json(.bool(argument.deprecationReason != nil))
        }
        bind(inputValueType, "deprecationReason") { source, _, _ in
            guard case .inputValue(let argument)? = source else { return .null }
            return string(argument.deprecationReason)
        }

        let enumValueType = IntrospectionTypes.enumValue
        bind(enumValueType, "name") { source, _, _ in
            guard case .enumValue(let value)? = source else { return .null }
            return .json(.string(value.name))
        }
        bind(enumValueType, "description") { source, _, _ in
            guard case .enumValue(let value)? = source else { return .null }
            return string(value.description)
        }
        bind(enumValueType, "isDeprecated") { source, _, _ in
            guard case .enumValue(let value)? = source else { return .null }
            return .json(.bool(value.deprecationReason != nil))
        }
        bind(enumValueType, "deprecationReason") { source, _, _ in
            guard case .enumValue(let value)? = source else { return .null }
            return string(value.deprecationReason)
        }

        let directiveType = IntrospectionTypes.directive
        bind(directiveType, "name") { source, _, _ in
            guard case .directive(let directive)? = source else { return .null }
            return .json(.string(directive.name))
        }
        bind(directiveType, "description") { source, _, _ in
            guard case .directive(let directive)? = source else { return .null }
            return string(directive.description)
        }
        bind(directiveType, "isRepeatable") { source, _, _ in
            guard case .directive(let directive)? = source else { return .null }
            return .json(.bool(directive.isRepeatable))
        }
        bind(directiveType, "locations") { source, _, _ in
            guard case .directive(let directive)? = source else { return .null }
            return .json(.array(directive.locations.map { .string($0.rawValue) }))
        }
        bind(directiveType, "args") { source, arguments, _ in
            guard case .directive(let directive)? = source else { return .null }
            let all = includeDeprecated(arguments)
            return .list(directive.arguments.filter { all || $0.deprecationReason == nil }.map { .introspection(.inputValue($0)) })
        }
        return table
    }()

    /// The named type a `__Type` value stands for, `nil` for lists and non-nulls.
    private static func named(_ source: IntrospectionValue?) -> GraphQLNamedType? {
        if case .type(.named(let type))? = source { return type }
        return nil
    }

    /// A nullable string.
    private static func string(_ value: String?) -> ResolvedValue {
        guard let value else { return .null }
        return .json(.string(value))
    }

    /// `includeDeprecated: true` was given.
    private static func includeDeprecated(_ arguments: JSONObject) -> Bool {
        arguments["includeDeprecated"] == .bool(true)
    }
}

/// A value of an introspection type, as the engine's resolvers pass it along.
enum IntrospectionValue {
    case schema(GraphQLSchema)
    case type(GraphQLType)
    case field(GraphQLField)
    case inputValue(GraphQLArgument)
    case enumValue(GraphQLEnumValue)
    case directive(GraphQLDirective)

    /// The underlying object, for resolvers written in Swift.
    var object: Any {
        switch self {
        case .schema(let schema): return schema
        case .type(let type): return type
        case .field(let field): return field
        case .inputValue(let argument): return argument
        case .enumValue(let value): return value
        case .directive(let directive): return directive
        }
    }
}
