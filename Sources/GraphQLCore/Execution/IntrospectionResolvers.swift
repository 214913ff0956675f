// The resolvers of the introspection meta-fields and types: __schema, __type, and the
// fields of __Schema, __Type, __Field, __InputValue, __EnumValue and __Directive.
// Types travel as `GraphQLType` (named, list or non-null), the rest as the schema's own
// objects, so introspection reads the schema directly and copies nothing.
// https://spec.graphql.org/September2025/#sec-Schema-Introspection

/// The engine's resolvers for introspection, looked up when a plan is made.
enum IntrospectionResolvers {
    /// The resolver of an introspection field, or `nil` for any other field.
    static func resolver(for field: GraphQLField) -> FieldResolver? {
        table[ObjectIdentifier(field)]
    }

    private static let table: [ObjectIdentifier: FieldResolver] = {
        var table: [ObjectIdentifier: FieldResolver] = [:]
        func bind(_ type: GraphQLObjectType, _ name: String, _ resolve: @escaping (Any, JSONObject, GraphQLSchema) -> Any?) {
            guard let field = type.fields[name] else { return }
            table[ObjectIdentifier(field)] = FieldResolver(body: .engine(resolve))
        }
        table[ObjectIdentifier(IntrospectionTypes.schemaMetaField)] = FieldResolver(body: .engine { _, _, schema in schema })
        table[ObjectIdentifier(IntrospectionTypes.typeMetaField)] = FieldResolver(body: .engine { _, arguments, schema in
            guard case .string(let name)? = arguments["name"] else { return nil }
            return schema.type(named: name).map(GraphQLType.named)
        })

        let schemaType = IntrospectionTypes.schema
        bind(schemaType, "description") { source, _, _ in (source as? GraphQLSchema)?.description }
        bind(schemaType, "types") { source, _, _ in (source as? GraphQLSchema)?.types.map { GraphQLType.named($0) as Any } }
        bind(schemaType, "queryType") { source, _, _ in (source as? GraphQLSchema)?.queryType.map { GraphQLType.named($0) } }
        bind(schemaType, "mutationType") { source, _, _ in (source as? GraphQLSchema)?.mutationType.map { GraphQLType.named($0) } }
        bind(schemaType, "subscriptionType") { source, _, _ in (source as? GraphQLSchema)?.subscriptionType.map { GraphQLType.named($0) } }
        bind(schemaType, "directives") { source, _, _ in (source as? GraphQLSchema)?.directives.map { $0 as Any } }

        let typeType = IntrospectionTypes.type
        bind(typeType, "kind") { source, _, _ in
            switch source as? GraphQLType {
            case .named(let type)?: return type.kind.rawValue
            case .list?: return "LIST"
            case .nonNull?: return "NON_NULL"
            case nil: return nil
            }
        }
        bind(typeType, "name") { source, _, _ in named(source)?.name }
        bind(typeType, "description") { source, _, _ in named(source)?.description }
        bind(typeType, "specifiedByURL") { source, _, _ in (named(source) as? GraphQLScalarType)?.specifiedByURL }
        bind(typeType, "fields") { source, arguments, _ in
            guard let fields = named(source)?.fieldMap else { return nil }
            let all = includeDeprecated(arguments)
            return fields.ordered.filter { all || $0.deprecationReason == nil }.map { $0 as Any }
        }
        bind(typeType, "interfaces") { source, _, _ in
            guard let type = named(source), type.fieldMap != nil else { return nil }
            return type.implementedInterfaces.map { GraphQLType.named($0) as Any }
        }
        bind(typeType, "possibleTypes") { source, _, schema in
            guard let type = named(source), type.isAbstractType else { return nil }
            return schema.possibleTypes(of: type).map { GraphQLType.named($0) as Any }
        }
        bind(typeType, "enumValues") { source, arguments, _ in
            guard let type = named(source) as? GraphQLEnumType else { return nil }
            let all = includeDeprecated(arguments)
            return type.values.filter { all || $0.deprecationReason == nil }.map { $0 as Any }
        }
        bind(typeType, "inputFields") { source, arguments, _ in
            guard let type = named(source) as? GraphQLInputObjectType else { return nil }
            let all = includeDeprecated(arguments)
            return type.fields.filter { all || $0.deprecationReason == nil }.map { $0 as Any }
        }
        bind(typeType, "ofType") { source, _, _ in
            switch source as? GraphQLType {
            case .list(let inner)?, .nonNull(let inner)?: return inner
            default: return nil
            }
        }
        bind(typeType, "isOneOf") { source, _, _ in (named(source) as? GraphQLInputObjectType)?.isOneOf }

        let fieldType = IntrospectionTypes.field
        bind(fieldType, "name") { source, _, _ in (source as? GraphQLField)?.name }
        bind(fieldType, "description") { source, _, _ in (source as? GraphQLField)?.description }
        bind(fieldType, "args") { source, arguments, _ in
            guard let field = source as? GraphQLField else { return nil }
            let all = includeDeprecated(arguments)
            return field.arguments.filter { all || $0.deprecationReason == nil }.map { $0 as Any }
        }
        bind(fieldType, "type") { source, _, _ in (source as? GraphQLField)?.type }
        bind(fieldType, "isDeprecated") { source, _, _ in (source as? GraphQLField).map { $0.deprecationReason != nil } }
        bind(fieldType, "deprecationReason") { source, _, _ in (source as? GraphQLField)?.deprecationReason }

        let inputValueType = IntrospectionTypes.inputValue
        bind(inputValueType, "name") { source, _, _ in (source as? GraphQLArgument)?.name }
        bind(inputValueType, "description") { source, _, _ in (source as? GraphQLArgument)?.description }
        bind(inputValueType, "type") { source, _, _ in (source as? GraphQLArgument)?.type }
        bind(inputValueType, "defaultValue") { source, _, _ in
            guard let argument = source as? GraphQLArgument, let value = argument.defaultValue else { return nil }
            return astFromValue(value, type: argument.type)?.printed
        }
        bind(inputValueType, "isDeprecated") { source, _, _ in (source as? GraphQLArgument).map { $0.deprecationReason != nil } }
        bind(inputValueType, "deprecationReason") { source, _, _ in (source as? GraphQLArgument)?.deprecationReason }

        let enumValueType = IntrospectionTypes.enumValue
        bind(enumValueType, "name") { source, _, _ in (source as? GraphQLEnumValue)?.name }
        bind(enumValueType, "description") { source, _, _ in (source as? GraphQLEnumValue)?.description }
        bind(enumValueType, "isDeprecated") { source, _, _ in (source as? GraphQLEnumValue).map { $0.deprecationReason != nil } }
        bind(enumValueType, "deprecationReason") { source, _, _ in (source as? GraphQLEnumValue)?.deprecationReason }

        let directiveType = IntrospectionTypes.directive
        bind(directiveType, "name") { source, _, _ in (source as? GraphQLDirective)?.name }
        bind(directiveType, "description") { source, _, _ in (source as? GraphQLDirective)?.description }
        bind(directiveType, "isRepeatable") { source, _, _ in (source as? GraphQLDirective)?.isRepeatable }
        bind(directiveType, "locations") { source, _, _ in (source as? GraphQLDirective)?.locations.map { $0.rawValue as Any } }
        bind(directiveType, "args") { source, arguments, _ in
            guard let directive = source as? GraphQLDirective else { return nil }
            let all = includeDeprecated(arguments)
            return directive.arguments.filter { all || $0.deprecationReason == nil }.map { $0 as Any }
        }
        return table
    }()

    /// The named type a `__Type` value stands for, `nil` for lists and non-nulls.
    private static func named(_ source: Any) -> GraphQLNamedType? {
        if case .named(let type)? = source as? GraphQLType { return type }
        return nil
    }

    /// `includeDeprecated: true` was given.
    private static func includeDeprecated(_ arguments: JSONObject) -> Bool {
        arguments["includeDeprecated"] == .bool(true)
    }
}
