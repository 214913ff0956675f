// Typed binding: resolvers that name their parent's and the context's Swift types once, when
// they are bound, so that executing a field casts nothing.
// https://spec.graphql.org/September2025/#sec-Value-Resolution

/// Binds typed resolvers to a schema: every resolver takes its parent as the Swift type its
/// object type is bound to and the request's context as `Context`, and returns a
/// `GraphQLOutput`. The types are checked when binding: two Swift parent types for one object
/// type, a resolver returning a Swift type other than the one its field's object type is bound
/// to, or a context type other than the schema's, throw here instead of failing at run time.
///
///     let binder = try schema.binder(context: Storefront.self)
///     try binder.bind(Product.self, "Product.title") { product, arguments, store in product.title }
///
/// Execution hands each resolver its parent value as it was returned (an identity comparison,
/// no cast) and the context value cast once per request.
public struct SchemaBinder<Context: AnyObject> {
    /// The schema being bound.
    public let schema: GraphQLSchema

    init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// Binds a synchronous resolver to the field at `coordinate` (`"Product.title"`) of an object
    /// type whose values are `Parent`s.
    public func bind<Parent: GraphQLObjectOutput, Result: GraphQLOutput>(
        _ parent: Parent.Type, _ coordinate: String,
        _ resolve: @escaping (_ parent: Parent, _ arguments: JSONObject, _ context: Context) throws -> Result
    ) throws {
        let field = try prepare(coordinate, parent: Parent.self, result: Result.self)
        let expected = ObjectIdentifier(Parent.self)
        field.resolver = FieldResolver(body: .typed { source, arguments, context in
            try resolve(try Self.parent(source, expected, coordinate), arguments, try Self.context(context)).graphQLValue.resolved
        })
    }

    /// Binds an asynchronous resolver: the executor awaits it concurrently with the other
    /// asynchronous fields of a query (one after another for mutation root fields).
    public func bindAsync<Parent: GraphQLObjectOutput, Result: GraphQLOutput>(
        _ parent: Parent.Type, _ coordinate: String,
        _ resolve: @escaping (_ parent: Parent, _ arguments: JSONObject, _ context: Context, _ info: ResolveInfo) async throws -> Result
    ) throws {
        let field = try prepare(coordinate, parent: Parent.self, result: Result.self)
        let expected = ObjectIdentifier(Parent.self)
        field.resolver = FieldResolver(body: .typedAsync { source, arguments, context, info in
            let value: Parent = try Self.parent(source, expected, coordinate)
            let store = try Self.context(context)
            return AsyncValue(typed: { try await resolve(value, arguments, store, info).graphQLValue.resolved })
        })
    }

    /// Binds a synchronous resolver to a field of a root operation type, whose parent is the
    /// request's root value and is not read.
    public func bindRoot<Result: GraphQLOutput>(
        _ coordinate: String, _ resolve: @escaping (_ arguments: JSONObject, _ context: Context) throws -> Result
    ) throws {
        let field = try prepare(coordinate, parent: nil, result: Result.self)
        field.resolver = FieldResolver(body: .typed { _, arguments, context in
            try resolve(arguments, try Self.context(context)).graphQLValue.resolved
        })
    }

    /// Binds an asynchronous resolver to a field of a root operation type.
    public func bindRootAsync<Result: GraphQLOutput>(
        _ coordinate: String,
        _ resolve: @escaping (_ arguments: JSONObject, _ context: Context, _ info: ResolveInfo) async throws -> Result
    ) throws {
        let field = try prepare(coordinate, parent: nil, result: Result.self)
        field.resolver = FieldResolver(body: .typedAsync { _, arguments, context, info in
            let store = try Self.context(context)
            return AsyncValue(typed: { try await resolve(arguments, store, info).graphQLValue.resolved })
        })
    }

    /// Finds the field and records the parent and result types, throwing on a mismatch.
    private func prepare(_ coordinate: String, parent: Any.Type?, result: GraphQLOutput.Type) throws -> GraphQLField {
        let parts = coordinate.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let type = schema.type(named: String(parts[0])) as? GraphQLObjectType,
              let field = type.fields[String(parts[1])] else {
            throw GraphQLError("Cannot bind a resolver to \"\(coordinate)\": no such field of an object type in the schema.")
        }
        if let parent {
            try schema.typedBindings.bindParent(parent, of: type.name, coordinate: coordinate)
        } else {
            let roots = [schema.queryType, schema.mutationType, schema.subscriptionType]
            guard roots.contains(where: { $0 === type }) else {
                throw GraphQLError("Cannot bind \"\(coordinate)\" as a root field: \(type.name) is not a root operation type; bind it with its parent type.")
            }
        }
        try schema.typedBindings.bindResult(result.graphQLObjectSwiftType, of: field, coordinate: coordinate)
        return field
    }

    /// The parent value: the typed object itself when its Swift type is `Parent` (which binding
    /// ensures for values typed resolvers returned), or a value an untyped resolver returned.
    @inline(__always)
    private static func parent<Parent: GraphQLObjectOutput>(_ source: ResolvedValue, _ expected: ObjectIdentifier,
                                                           _ coordinate: String) throws -> Parent {
        if case .object(let box) = source, box.swiftType == expected {
            return unsafeDowncast(box, to: TypedObjectBox<Parent>.self).value
        }
        if case .swift(let box) = source, let value = box.value as? Parent { return value }
        throw GraphQLError("Internal error: \(coordinate) was given a value that is not a \(Parent.self).",
                           extensions: ["code": .string("INTERNAL_SERVER_ERROR")])
    }

    /// The context object, which `PreparedDocument` checked is a `Context` when the request started.
    @inline(__always)
    private static func context(_ object: AnyObject?) throws -> Context {
        guard let object else { throw GraphQLError("The schema's resolvers need a \(Context.self) as the context value.") }
        return unsafeDowncast(object, to: Context.self)
    }
}

extension GraphQLSchema {
    /// A binder of typed resolvers whose context value is a `Context`. Every binder of a schema
    /// takes the same context type: another one throws.
    public func binder<Context: AnyObject>(context: Context.Type) throws -> SchemaBinder<Context> {
        try typedBindings.bindContext(context)
        return SchemaBinder(schema: self)
    }
}
