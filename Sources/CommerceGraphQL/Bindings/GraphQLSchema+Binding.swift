import Commerce
import GraphQLCore

/// Typed helpers over `GraphQLSchema.bind`: each casts the parent value to the Swift type the
/// field belongs to, and turns `CommerceError` into a `GraphQLError` with `extensions.code`.
extension GraphQLSchema {
    /// A synchronous field reading only its parent.
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> Any?) throws {
        try bind(coordinate, .source { source in
            guard let value = source as? Parent else { throw Self.wrongParent(coordinate, source) }
            do { return try read(value) } catch let error as CommerceError { throw error.graphQLError }
        })
    }

    /// A string field reading only its parent: written without classifying the result.
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> String) throws {
        try bindJSON(coordinate, parent) { .string(try read($0)) }
    }

    /// A nullable string field reading only its parent.
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> String?) throws {
        try bindJSON(coordinate, parent) { try read($0).map(JSON.string) ?? .null }
    }

    /// A boolean field reading only its parent.
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> Bool) throws {
        try bindJSON(coordinate, parent) { .bool(try read($0)) }
    }

    /// An integer field reading only its parent (the executor still checks Int's 32-bit range).
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> Int) throws {
        try bindJSON(coordinate, parent) { .int(try read($0)) }
    }

    /// A nullable integer field reading only its parent.
    func bindSource<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> Int?) throws {
        try bindJSON(coordinate, parent) { try read($0).map(JSON.int) ?? .null }
    }

    private func bindJSON<Parent>(_ coordinate: String, _ parent: Parent.Type, _ read: @escaping (Parent) throws -> JSON) throws {
        try bind(coordinate, .sourceJSON { source in
            guard let value = source as? Parent else { throw Self.wrongParent(coordinate, source) }
            do { return try read(value) } catch let error as CommerceError { throw error.graphQLError }
        })
    }

    /// A synchronous field with arguments.
    func bindSync<Parent>(_ coordinate: String, _ parent: Parent.Type,
                          _ read: @escaping (Parent, JSONObject, Storefront) throws -> Any?) throws {
        try bind(coordinate) { source, arguments, context, _ in
            guard let value = source as? Parent else { throw Self.wrongParent(coordinate, source) }
            do { return try read(value, arguments, try Self.storefront(context)) } catch let error as CommerceError { throw error.graphQLError }
        }
    }

    /// An asynchronous field: the executor awaits it concurrently with its async siblings.
    func bindAsync<Parent>(_ coordinate: String, _ parent: Parent.Type,
                           _ read: @escaping (Parent, JSONObject, Storefront) async throws -> Any?) throws {
        try bind(coordinate) { source, arguments, context, info in
            guard let value = source as? Parent else { throw Self.wrongParent(coordinate, source) }
            let store = try Self.storefront(context)
            let path = info.path
            return AsyncValue {
                let report = StaleReport.current, mark = report?.mark ?? 0
                do {
                    let result = try await read(value, arguments, store)
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
    }

    static func storefront(_ context: Any?) throws -> Storefront {
        guard let store = context as? Storefront else {
            throw GraphQLError("The commerce schema needs a Storefront as the context value.")
        }
        return store
    }

    static func wrongParent(_ coordinate: String, _ source: Any) -> GraphQLError {
        GraphQLError("Internal error: \(coordinate) was given a \(Swift.type(of: source)).",
                     extensions: ["code": .string("INTERNAL_SERVER_ERROR")])
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
