// Resolvers: how a field gets its value from its parent's value.
// https://spec.graphql.org/September2025/#sec-Value-Resolution

/// Produces a field's value. Bind one to `Type.field` with `GraphQLSchema.bind(_:_:)` or set
/// `GraphQLField.resolver`; a field without one uses the default resolver, which reads the
/// field's name from the parent value (`JSON.object`, `[String: Any]` or `GraphQLFieldSource`).
///
/// A resolver is synchronous: the executor calls it inline, with no task and no future. To
/// do asynchronous work it returns an `AsyncValue`, and only that field is awaited; its
/// siblings in a query keep running, and only async fields run concurrently.
// unchecked: the closure is called concurrently by requests; bound resolvers keep no unguarded mutable state
public struct FieldResolver: @unchecked Sendable {
    enum Body {
        /// The full signature.
        case full((Any, JSONObject, Any?, ResolveInfo) throws -> Any?)
        /// Reads only the parent value (no arguments, no info: nothing built per call).
        case source((Any) throws -> Any?)
        /// Reads only the parent value and gives JSON: no result to classify.
        case sourceJSON((Any) throws -> JSON)
        /// The engine's own resolvers (introspection): parent, arguments and the schema, with
        /// values that need no conversion.
        case engine((ResolvedValue, JSONObject, GraphQLSchema) throws -> ResolvedValue)
        /// A typed resolver (`SchemaBinder`): the parent as the executor holds it, the coerced
        /// arguments and the request's context object; the result needs no classifying.
        case typed((ResolvedValue, JSONObject, AnyObject?) throws -> ResolvedValue)
        /// A typed asynchronous resolver: the same, with the `ResolveInfo`, giving the work to await.
        case typedAsync((ResolvedValue, JSONObject, AnyObject?, ResolveInfo) throws -> AsyncValue)
    }

    let body: Body

    init(body: Body) { self.body = body }

    /// A resolver given the parent value, the coerced arguments, the request's context value
    /// and the `ResolveInfo`. Return a plain value, `JSON`, `nil` for null, an array for a
    /// list, or an `AsyncValue` to finish asynchronously; throw to report a field error.
    public init(_ resolve: @escaping (_ source: Any, _ arguments: JSONObject, _ context: Any?, _ info: ResolveInfo) throws -> Any?) {
        self.body = .full(resolve)
    }

    /// A resolver that needs only the parent value: the cheapest kind, for plain property reads.
    public static func source(_ resolve: @escaping (_ source: Any) throws -> Any?) -> FieldResolver {
        FieldResolver(body: .source(resolve))
    }

    /// A resolver that needs only the parent value and returns JSON (`.string`, `.int`,
    /// `.bool`, `.null`, ...): the cheapest kind for scalar properties, since the executor
    /// writes the value without looking at its type.
    public static func sourceJSON(_ resolve: @escaping (_ source: Any) throws -> JSON) -> FieldResolver {
        FieldResolver(body: .sourceJSON(resolve))
    }

    /// An asynchronous resolver: the executor awaits it, concurrently with other async fields
    /// of a query (serially for mutation root fields).
    public static func async(_ resolve: @escaping (_ source: Any, _ arguments: JSONObject, _ context: Any?, _ info: ResolveInfo) async throws -> Any?) -> FieldResolver {
        FieldResolver { source, arguments, context, info in
            AsyncValue { try await resolve(source, arguments, context, info) }
        }
    }
}

/// A value a resolver will produce later. Returning one from a synchronous resolver makes
/// that field (and only it) asynchronous.
// unchecked: run once, by the one executor that received it, in the task that awaits it
public struct AsyncValue: @unchecked Sendable {
    let run: () async throws -> ResolvedValue

    /// Wraps the asynchronous work that produces the value (which may be another `AsyncValue`).
    public init(_ run: @escaping () async throws -> Any?) {
        self.run = {
            let raw = try await run()
            if let next = raw as? AsyncValue { return try await next.run() }
            return ResolvedValue(raw)
        }
    }

    /// Asynchronous work whose result's type is known (typed resolvers).
    init(typed run: @escaping () async throws -> ResolvedValue) { self.run = run }
}

/// Decides the object type of a value of an interface or union type: return the object
/// type's name. Bind it with `GraphQLSchema.bindTypeResolver(_:_:)`.
// unchecked: the closure is called concurrently by requests; bound type resolvers keep no unguarded mutable state
public struct TypeResolver: @unchecked Sendable {
    let resolve: (Any, Any?, ResolveInfo) throws -> String?

    /// A type resolver given the value, the context value and the field's `ResolveInfo`;
    /// `nil` falls back to the value's `__typename`.
    public init(_ resolve: @escaping (_ value: Any, _ context: Any?, _ info: ResolveInfo) throws -> String?) {
        self.resolve = resolve
    }
}

/// A Swift value the default resolver can read without reflection: the commerce layer's
/// structs conform to expose their fields by name.
public protocol GraphQLFieldSource {
    /// The value of the field named `name`, or `nil` for null.
    func graphQLField(_ name: String) -> Any?
    /// The object type's name when this value is returned for an interface or union; `nil`
    /// leaves it to the type resolver.
    var graphQLTypeName: String? { get }
}

extension GraphQLFieldSource {
    /// No type name by default.
    public var graphQLTypeName: String? { nil }
}
