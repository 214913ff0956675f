import GraphQLCore

/// The GraphQL-over-HTTP request parameters: `query` (or `documentId`, for a trusted document),
/// `operationName`, `variables`, `extensions`.
public struct GraphQLParameters: Sendable, Equatable {
    /// The document text; nil only with an automatic persisted query hash.
    public var query: String?
    /// The operation to run.
    public var operationName: String?
    /// Variable values.
    public var variables: JSONObject?
    /// Request extensions (e.g. `persistedQuery`).
    public var extensions: JSONObject?
    /// The trusted document to run (GraphQL over HTTP, Appendix A: `sha256:<hex>`), instead of `query`.
    public var documentId: String?

    /// Creates parameters.
    public init(query: String?, operationName: String? = nil, variables: JSONObject? = nil, extensions: JSONObject? = nil,
                documentId: String? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
        self.documentId = documentId
    }

    /// Reads a POST body that is a JSON object. Unknown keys are ignored; `null` means absent.
    public static func fromJSONBody(_ body: [UInt8]) throws(RequestProblem) -> GraphQLParameters {
        guard !body.isEmpty else { throw RequestProblem(.malformedParameters, "the request body is empty") }
        let json: JSON
        do { json = try JSONParser.parseUntrusted(body) } catch {
            throw RequestProblem(.malformedJSON, "the request body is not valid JSON: \(error.serverDescription)")
        }
        guard case .object(let object) = json else {
            throw RequestProblem(.malformedParameters, "the request body must be a JSON object")
        }
        return try fromValues(query: object["query"], operationName: object["operationName"],
                              variables: object["variables"], extensions: object["extensions"], documentId: object["documentId"])
    }

    /// Reads URL query parameters; empty `operationName`, `variables` and `extensions` are absent,
    /// and `variables` and `extensions` are JSON text.
    public static func fromQueryItems(_ items: [(name: String, value: String)]) throws(RequestProblem) -> GraphQLParameters {
        var seen: [String: String] = [:]
        for (name, value) in items {
            guard seen[name] == nil else { throw RequestProblem(.malformedParameters, "the parameter \(name) is given twice") }
            seen[name] = value
        }
        func decoded(_ name: String) throws(RequestProblem) -> JSON? {
            guard let text = seen[name], !text.isEmpty else { return nil }
            do { return try JSONParser.parseUntrusted(text) } catch {
                throw RequestProblem(.malformedJSON, "\(name) is not valid JSON: \(error.serverDescription)")
            }
        }
        let operationName = seen["operationName"].flatMap { $0.isEmpty ? nil : JSON.string($0) }
        return try fromValues(query: seen["query"].map(JSON.string), operationName: operationName,
                              variables: try decoded("variables"), extensions: try decoded("extensions"),
                              documentId: seen["documentId"].flatMap { $0.isEmpty ? nil : JSON.string($0) })
    }

    private static func fromValues(query: JSON?, operationName: JSON?, variables: JSON?, extensions: JSON?,
                                   documentId: JSON?) throws(RequestProblem) -> GraphQLParameters {
        var parameters = GraphQLParameters(query: nil)
        switch query {
        case nil, .null?: break
        case .string(let text)?: parameters.query = text
        default: throw RequestProblem(.malformedParameters, "the query parameter must be a string")
        }
        switch operationName {
        case nil, .null?: break
        case .string(let name)?: parameters.operationName = name
        default: throw RequestProblem(.malformedParameters, "operationName must be a string")
        }
        switch variables {
        case nil, .null?: break
        case .object(let object)?: parameters.variables = object
        default: throw RequestProblem(.malformedParameters, "variables must be a map")
        }
        switch extensions {
        case nil, .null?: break
        case .object(let object)?: parameters.extensions = object
        default: throw RequestProblem(.malformedParameters, "extensions must be a map")
        }
        switch documentId {
        case nil, .null?: break
        case .string(let id)?: parameters.documentId = id
        default: throw RequestProblem(.malformedParameters, "documentId must be a string")
        }
        if parameters.documentId != nil && (parameters.query != nil || parameters.persistedQueryHash != nil) {
            throw RequestProblem(.malformedParameters, "give either documentId or query (or a persisted query hash), not both")
        }
        if parameters.query == nil && parameters.persistedQueryHash == nil && parameters.documentId == nil {
            throw RequestProblem(.malformedParameters, "the query parameter is required")
        }
        return parameters
    }

    /// `extensions.persistedQuery.sha256Hash`, when the request names one (Apollo's protocol).
    public var persistedQueryHash: String? {
        guard case .object(let persisted)? = extensions?["persistedQuery"],
              case .string(let hash)? = persisted["sha256Hash"] else { return nil }
        return hash
    }
}
