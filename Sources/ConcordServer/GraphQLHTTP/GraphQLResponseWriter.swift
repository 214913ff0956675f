import GraphQLCore
import HTTPServer

/// Writes the answers of the GraphQL endpoint: the status code of each kind of error under the
/// configured `StatusCodeRule` and media type, the headers (content type, cache control, the
/// ETag and 304 of a shared answer) and the JSON body.
struct GraphQLResponseWriter: Sendable {
    /// Which status codes request errors get.
    let rule: StatusCodeRule
    /// Where the details of internal errors go (the client sees a request id).
    let log: @Sendable (String) -> Void

    /// The `extensions.code` of an error that makes the answer a 503.
    static var unavailableCode: String { "SERVICE_UNAVAILABLE" }

    /// A response for a request that never reached GraphQL.
    func problem(_ problem: RequestProblem, media: ResponseMediaType, headers: HTTPHeaders = [:]) -> GraphQLAnswer {
        var status = problem.status
        if rule == .draft && problem.kind == .malformedParameters { status = 422 }
        let code = problem.kind == .methodNotAllowed ? "METHOD_NOT_ALLOWED" : "BAD_REQUEST"
        let error = GraphQLError(problem.message, extensions: ["code": .string(code)])
        var answer = errors([error], status: status, media: media)
        for (name, value) in headers { answer.response.headers.add(name, value) }
        return answer
    }

    /// A GraphQL request error (no `data` entry): its status depends on the media type and rule.
    func requestError(_ errors: [GraphQLError], code: String, draftStatus: Int, media: ResponseMediaType,
                      strictStatus: Int = 400) -> GraphQLAnswer {
        let coded = errors.map { error -> GraphQLError in
            guard GraphQLErrorWriter.code(of: error) == nil else { return error }
            var error = error
            error.extensions = (error.extensions ?? [:]).merging(["code": .string(code)]) { old, _ in old }
            return error
        }
        switch rule {
        case .audit: return self.errors(coded, status: media == .json ? 200 : strictStatus, media: media)
        case .draft: return self.errors(coded, status: draftStatus, media: .graphQLResponse)
        }
    }

    /// `{"errors":[...]}` with `status`, never stored.
    func errors(_ errors: [GraphQLError], status: Int, media: ResponseMediaType) -> GraphQLAnswer {
        var writer = JSONWriter(capacity: 256)
        writer.writeRaw("{")
        GraphQLErrorWriter.write(errors, to: &writer)
        writer.writeRaw("}")
        let response = HTTPResponse(status: status, headers: ["Content-Type": media.contentType, "Cache-Control": "no-store"],
                                    body: writer.bytes)
        return GraphQLAnswer(response: response, errorCodes: errors.compactMap(GraphQLErrorWriter.code))
    }

    /// The field errors of an execution as sent: internal errors lose their details (logged
    /// under the request id).
    func sanitize(_ errors: [GraphQLError], requestID: String) -> [GraphQLError] {
        GraphQLErrorWriter.sanitize(errors, requestID: requestID, log: log)
    }

    /// `{"errors":[...],"data":...}` for an executed operation.
    static func body(data: [UInt8], errors: [GraphQLError]) -> [UInt8] {
        var writer = JSONWriter(capacity: data.count + 64)
        writer.writeRaw("{")
        if !errors.isEmpty {
            GraphQLErrorWriter.write(errors, to: &writer)
            writer.writeRaw(",")
        }
        writer.writeRaw("\"data\":")
        writer.bytes.append(contentsOf: data)
        writer.writeRaw("}")
        return writer.bytes
    }

    /// The answer of an executed operation with its field `errors` (already in `body`): a 503 to
    /// retry shortly when a store could not be reached (whatever the media type).
    func executed(_ body: [UInt8], errors: [GraphQLError], shared: ResponseCacheCoordinator.Sharing?, media: ResponseMediaType,
                  request: HTTPRequest) -> GraphQLAnswer {
        var answer = GraphQLAnswer(response: respond(body: body, shared: shared, media: media, request: request),
                                   errorCodes: errors.compactMap(GraphQLErrorWriter.code))
        if answer.errorCodes.contains(Self.unavailableCode) {
            answer.response.status = 503
            answer.response.headers.add("Retry-After", "1")
        }
        return answer
    }

    /// The 200 response for an answer body, with cache headers (and 304 for a matching
    /// `If-None-Match`) when it may be `shared`, else `no-store`.
    func respond(body: [UInt8], shared: ResponseCacheCoordinator.Sharing?, media: ResponseMediaType,
                 request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse(status: 200, headers: ["Content-Type": media.contentType], body: body)
        guard let shared else {
            response.headers.add("Cache-Control", "no-store")
            return response
        }
        response.headers.add("Cache-Control", "public, max-age=\(shared.maxAge)")
        response.headers.add("ETag", shared.etag)
        response.headers.add("Vary", "Accept, Authorization")
        if ETag.matches(request.headers["If-None-Match"], shared.etag) {
            response.status = 304
            response.body = []
        }
        return response
    }
}
