import Commerce
import GraphQLCore

/// The binder of the commerce schema: every resolver's context is the request's `Storefront`.
typealias CommerceBinder = SchemaBinder<Storefront>

/// The commerce layer's binding helpers over `SchemaBinder`: each turns `CommerceError` into a
/// `GraphQLError` with `extensions.code`; the parent and result types are the closures' own.
extension SchemaBinder where Context == Storefront {
    /// A synchronous field reading only its parent.
    func bindSource<Parent: GraphQLObjectOutput, Result: GraphQLOutput>(
        _ parent: Parent.Type, _ coordinate: String, _ read: @escaping (Parent) throws -> Result
    ) throws {
        try bind(parent, coordinate) { value, _, _ in
            do { return try read(value) } catch let error as CommerceError { throw error.graphQLError }
        }
    }

    /// A synchronous field with arguments.
    func bindSync<Parent: GraphQLObjectOutput, Result: GraphQLOutput>(
        _ parent: Parent.Type, _ coordinate: String, _ read: @escaping (Parent, JSONObject, Storefront) throws -> Result
    ) throws {
        try bind(parent, coordinate) { value, arguments, store in
            do { return try read(value, arguments, store) } catch let error as CommerceError { throw error.graphQLError }
        }
    }

    /// An asynchronous field: the executor awaits it concurrently with its async siblings.
    func bindAwaiting<Parent: GraphQLObjectOutput, Result: GraphQLOutput>(
        _ parent: Parent.Type, _ coordinate: String, _ read: @escaping (Parent, JSONObject, Storefront) async throws -> Result
    ) throws {
        try bindAsync(parent, coordinate) { value, arguments, store, info in
            try await Self.reporting(info.path) { try await read(value, arguments, store) }
        }
    }

    /// An asynchronous field of the query or mutation root.
    func bindRootAwaiting<Result: GraphQLOutput>(
        _ coordinate: String, _ read: @escaping (JSONObject, Storefront) async throws -> Result
    ) throws {
        try bindRootAsync(coordinate) { arguments, store, info in
            try await Self.reporting(info.path) { try await read(arguments, store) }
        }
    }

    /// Runs a backend read: stale copies it served are attributed to the field, and backend
    /// failures become GraphQL errors with their codes.
    private static func reporting<Result>(_ path: ResponsePath, _ read: () async throws -> Result) async throws -> Result {
        let report = StaleReport.current, mark = report?.mark ?? 0
        do {
            let result = try await read()
            if let report { report.attribute(result, path: path, since: mark) }
            return result
        } catch let error as CommerceError {
            throw error.graphQLError
        } catch let error as UpstreamUnavailableError {
            throw CommerceError(backendFailure: error).graphQLError
        } catch let error as any UnreachableStoreError where error.isUnreachable {
            throw CommerceError(backendFailure: error).graphQLError
        }
    }
}

extension CommerceError {
    /// The error as GraphQL reports it, with `extensions.code`; backend details stay out of the message.
    public var graphQLError: GraphQLError {
        var extensions: [String: JSON] = ["code": .string(code)]
        if case .upstreamUnavailable(let service, _) = self { extensions["service"] = .string(service) }
        return GraphQLError(message, extensions: extensions, underlyingDescription: description)
    }
}
