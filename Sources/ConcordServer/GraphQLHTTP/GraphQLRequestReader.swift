import GraphQLCore
import HTTPServer

/// Reads an HTTP request into a GraphQL request ready to execute, or the answer that refuses
/// it: the method, the media types (Accept and Content-Type), the parameters, a trusted
/// document or persisted query, the document's size, the document cache (parse and validate
/// within the token kind's limits), the operation (no mutation over GET) and the cost.
struct GraphQLRequestReader<Engine: GraphQLEngine>: Sendable {
    let engine: Engine
    let documents: DocumentCache<Engine>
    let persisted: PersistedQueries
    let trusted: TrustedDocuments<Engine>
    let writer: GraphQLResponseWriter

    /// What reading a request gave.
    enum Reading: Sendable {
        /// An answer without executing (an HTTP or request error).
        case answered(GraphQLAnswer)
        /// A request ready to execute.
        case ready(ReadRequest<Engine.Document>)
    }

    /// Reads `request` for a caller with `context` and its token kind's `limits`.
    func read(_ request: HTTPRequest, context: RequestContext, limits: ValidationLimits) -> Reading {
        let isGet = request.method == "GET" || request.method == "HEAD"
        guard isGet || request.method == "POST" else {
            return .answered(writer.problem(RequestProblem(.methodNotAllowed, "method \(request.method) is not allowed"), media: .json,
                                            headers: ["Allow": "GET, POST"]))
        }
        guard let media = ResponseMediaType.negotiate(request.headers.values(for: "Accept").joined(separator: ", ").nilIfEmpty) else {
            return .answered(writer.problem(RequestProblem(.notAcceptable, "none of the media types in Accept can be produced; "
                + "use application/graphql-response+json or application/json"), media: .json, headers: ["Vary": "Accept"]))
        }
        let parameters: GraphQLParameters
        do {
            parameters = try Self.parameters(request, isGet: isGet)
        } catch {
            let headers: HTTPHeaders = error.kind == .unsupportedMediaType ? ["Accept-Post": "application/json"] : [:]
            return .answered(writer.problem(error, media: media, headers: headers))
        }
        let sent = Sent(parameters: parameters, request: request, context: context, limits: limits, media: media, isGet: isGet)
        if context.trustedDocumentsOnly && parameters.documentId == nil { return .answered(writer.trustedDocumentsOnlyRefusal(media)) }
        if let documentId = parameters.documentId { return trustedDocument(documentId, sent) }
        let resolution: PersistedQueries.Resolution
        do {
            resolution = try persisted.resolve(parameters)
        } catch {
            if error == .notFound { return .answered(writer.errors([error.graphQLError], status: 200, media: media)) }
            return .answered(writer.requestError([error.graphQLError], code: "BAD_REQUEST", draftStatus: 400, media: media))
        }
        let text = resolution.text
        if let error = limits.sizeError(of: text) {
            return .answered(writer.requestError([error], code: "DOCUMENT_TOO_LARGE", draftStatus: 400, media: media))
        }
        switch documents.prepare(text, limits: limits) {
        case .syntaxError(let errors):
            return .answered(writer.requestError(errors, code: "GRAPHQL_PARSE_FAILED", draftStatus: 400, media: media))
        case .parsed(let document, let validationErrors):
            persisted.register(resolution)
            return operation(document, text: text, validationErrors: validationErrors, trusted: nil, sent)
        }
    }

    /// The document a `documentId` names in the trusted documents' manifests.
    private func trustedDocument(_ documentId: String, _ sent: Sent) -> Reading {
        guard let entry = trusted.entry(for: documentId) else { return .answered(writer.documentNotFound(documentId, sent.media)) }
        switch entry.document {
        case .failure(let failure):
            return .answered(writer.requestError(failure.errors, code: "GRAPHQL_PARSE_FAILED", draftStatus: 400, media: sent.media))
        case .success(let document):
            return operation(document, text: entry.text, validationErrors: entry.validationErrors, trusted: entry, sent)
        }
    }

    /// The GraphQL parameters of a GET's query string or a POST's JSON body (which must say so).
    private static func parameters(_ request: HTTPRequest, isGet: Bool) throws(RequestProblem) -> GraphQLParameters {
        if isGet { return try GraphQLParameters.fromQueryItems(request.queryItems) }
        guard let contentType = request.headers["Content-Type"], let type = MediaType(Substring(contentType)) else {
            throw RequestProblem(.unsupportedMediaType, "a Content-Type header is required: application/json")
        }
        let charset = type.parameter("charset")?.lowercased() ?? "utf-8"
        guard type.essence == "application/json", charset == "utf-8" || charset == "utf8" else {
            throw RequestProblem(.unsupportedMediaType, "unsupported Content-Type \(contentType); use application/json")
        }
        return try GraphQLParameters.fromJSONBody(request.body)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
