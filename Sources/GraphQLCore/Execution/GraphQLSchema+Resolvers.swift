// Binding resolvers to a schema built from SDL: `Type.field` coordinates, as the spec's
// schema coordinates name fields.
// https://spec.graphql.org/September2025/#sec-Schema-Coordinates

extension GraphQLSchema {
    /// Binds `resolver` to the field at `coordinate` (`"Query.products"`). Bind before the
    /// schema serves requests. Throws if the type or field does not exist.
    public func bind(_ coordinate: String, _ resolver: FieldResolver) throws {
        try field(at: coordinate).resolver = resolver
    }

    /// Binds a resolver given the parent value, arguments, context value and `ResolveInfo`.
    public func bind(_ coordinate: String,
                     _ resolve: @escaping (_ source: Any, _ arguments: JSONObject, _ context: Any?, _ info: ResolveInfo) throws -> Any?) throws {
        try bind(coordinate, FieldResolver(resolve))
    }

    /// Binds the type resolver of the interface or union named `typeName`.
    public func bindTypeResolver(_ typeName: String, _ resolver: TypeResolver) throws {
        switch type(named: typeName) {
        case let interface as GraphQLInterfaceType: interface.typeResolver = resolver
        case let union as GraphQLUnionType: union.typeResolver = resolver
        default: throw GraphQLError("Cannot bind a type resolver to \"\(typeName)\": it is not an interface or union of the schema.")
        }
    }

    /// The field a `Type.field` coordinate names.
    private func field(at coordinate: String) throws -> GraphQLField {
        let parts = coordinate.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let type = type(named: String(parts[0])), let fields = type.fieldMap,
              let field = fields[String(parts[1])] else {
            throw GraphQLError("Cannot bind a resolver to \"\(coordinate)\": no such field of an object or interface type in the schema.")
        }
        return field
    }
}
