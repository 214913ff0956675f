import Commerce
import GraphQLCore
import HTTPServer

/// GraphQL over HTTP (the graphql-http audits and the current draft): POST with JSON, GET for
/// queries only, media-type negotiation, status codes, persisted queries, the document cache,
/// and cache headers for public GET answers.
public final class GraphQLHTTPHandler<Engine: GraphQLEngine>: Sendable {
    /// What answering a request produced, for the access log and metrics.
    public struct Answer: Sendable {
        /// The response.
        public var response: HTTPResponse
        /// The operation's type, once known.
        public var operationType: OperationType?
        /// The `extensions.code` of every error sent.
        public var errorCodes: [String] = []
        /// The requested cost reported in `extensions.cost` of an answer that did not execute.
        var requestedCost = 0
        /// Whether the body already carries `extensions.cost`.
        var carriesCost = false
        /// Whether the body carries an `extensions` object (`stale`, `context`), which `extensions.cost` joins.
        var carriesExtensions = false
        /// Whether the body carries `extensions.context`.
        var carriesContext = false
    }

    let engine: Engine
    /// The parsed and validated documents.
    public let documents: DocumentCache<Engine>
    /// The automatic persisted queries.
    public let persisted: PersistedQueries
    /// The trusted documents, served by `documentId`.
    public let trusted: TrustedDocuments<Engine>
    /// Answers of public queries, when enabled.
    public let responses: ResponseCache?
    private let rule: StatusCodeRule
    private let log: @Sendable (String) -> Void
    /// Seconds each request's execution may wait on upstream services in all (`RequestDeadline`).
    public let upstreamDeadline: Double

    /// Creates a handler over an engine.
    public init(engine: Engine, documentCacheSize: Int = 1000, documentCacheBytes: Int = .max,
                persistedQueryCacheSize: Int = 1000, persistedQueryCacheBytes: Int = .max,
                responseCache: ResponseCache? = nil, trustedDocuments: [TrustedDocument] = [],
                statusCodes: StatusCodeRule = .audit, upstreamDeadline: Double = 2,
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.engine = engine
        self.upstreamDeadline = upstreamDeadline
        self.trusted = TrustedDocuments(trustedDocuments, engine: engine)
        self.documents = DocumentCache(engine: engine, capacity: documentCacheSize, maxBytes: documentCacheBytes)
        self.persisted = PersistedQueries(capacity: persistedQueryCacheSize, maxBytes: persistedQueryCacheBytes)
        self.responses = responseCache
        self.rule = statusCodes
        self.log = log
    }

    /// A request that passed every check and is ready to execute.
    public struct Plan: Sendable {
        let document: Engine.Document
        let parameters: GraphQLParameters
        let type: OperationType
        let media: ResponseMediaType
        let isGet: Bool
        let request: HTTPRequest
        let context: RequestContext
        /// The response cache's key and generation before execution, for a query it may answer.
        let cacheKey: ResponseCache.Key?
        let generation: UInt64
        /// The requested cost taken from the token's cost bucket, when it has one.
        let charged: Int?
        /// Whether this request executes for the others asking the same, or waits for one.
        let ticket = ResponseCache.Ticket()
        /// The execution `executeSynchronously` suspended at asynchronous fields, for `execute`.
        let suspended = SuspendedSlot()
    }

    /// The first stage's outcome: an answer already, or a plan to execute.
    public enum Stage: Sendable {
        /// Answered without executing (an HTTP or request error).
        case answered(Answer)
        /// Ready to execute.
        case execute(Plan)
    }

    /// Answers one request to the GraphQL endpoint.
    public func respond(to request: HTTPRequest, context: RequestContext, limits: QueryLimits) async -> Answer {
        switch begin(request, context: context, limits: limits) {
        case .answered(let answer): return answer
        case .execute(let plan):
            if let answer = executeSynchronously(plan) { return answer }
            return await execute(plan)
        }
    }

    /// Executes a plan through the engine's asynchronous path (after `executeSynchronously`
    /// returned nil: the response cache was asked there), or finishes the execution it suspended.
    public func execute(_ plan: Plan) async -> Answer {
        if plan.ticket.role == .follower, let key = plan.cacheKey, let responses {
            if let entry = await responses.wait(for: key) { return cached(plan, entry) }
            plan.ticket.role = .undecided
        }
        // One deadline for every upstream call the execution makes, a report of stale copies
        // served, and the request's forming batches: the scope the synchronous pass began in, if any.
        let scope = plan.suspended.scope(seconds: upstreamDeadline)
        let resume = plan.suspended.take()
        let outcome = await scope.run { [engine] in
            if let resume { return await resume() }
            return await engine.execute(plan.document, operationName: plan.parameters.operationName,
                                        variables: plan.parameters.variables, context: plan.context)
        }
        return finish(plan, outcome, stale: scope.report.entries)
    }

    /// Answers from the response cache, or executes a plan on the calling thread when the
    /// engine can; nil otherwise.
    public func executeSynchronously(_ plan: Plan) -> Answer? {
        if let key = plan.cacheKey, let responses {
            if let entry = responses.answer(for: key) { return cached(plan, entry) }
            guard responses.claim(key) else {
                plan.ticket.role = .follower
                return nil
            }
            plan.ticket.role = .leader
        }
        let scope = plan.suspended.scope(seconds: upstreamDeadline)
        let synchronous = scope.run {
            engine.executeSynchronously(plan.document, operationName: plan.parameters.operationName,
                                        variables: plan.parameters.variables, context: plan.context)
        }
        switch synchronous {
        case .executed(let outcome): return finish(plan, outcome, stale: scope.report.entries)
        case .suspended(let resume):
            plan.suspended.keep(resume)
            return nil
        case .notRun: return nil
        }
    }

    /// Everything before execution: method, negotiation, parameters, trusted document or
    /// persisted query, document cache, validation, operation selection and cost. A token with a
    /// cost bucket gets `extensions.cost` on every answer.
    public func begin(_ request: HTTPRequest, context: RequestContext, limits: QueryLimits) -> Stage {
        var stage = stage(request, context: context, limits: limits)
        if case .answered(var answer) = stage, !answer.carriesContext {
            Self.attachContext(ContextResolver.home(context.channels), to: &answer)
            stage = .answered(answer)
        }
        guard let bucket = context.costBucket, case .answered(var answer) = stage, !answer.carriesCost else { return stage }
        Self.attachCost(to: &answer, requested: answer.requestedCost, actual: 0, status: bucket.status)
        return .answered(answer)
    }

    private func stage(_ request: HTTPRequest, context: RequestContext, limits: QueryLimits) -> Stage {
        let isGet = request.method == "GET" || request.method == "HEAD"
        guard isGet || request.method == "POST" else {
            return .answered(problem(RequestProblem(.methodNotAllowed, "method \(request.method) is not allowed"), media: .json,
                                     headers: ["Allow": "GET, POST"]))
        }
        guard let media = ResponseMediaType.negotiate(request.headers.values(for: "Accept").joined(separator: ", ").nilIfEmpty) else {
            return .answered(problem(RequestProblem(.notAcceptable, "none of the media types in Accept can be produced; "
                + "use application/graphql-response+json or application/json"), media: .json, headers: ["Vary": "Accept"]))
        }
        let parameters: GraphQLParameters
        do {
            parameters = try readParameters(request, isGet: isGet)
        } catch {
            let headers: HTTPHeaders = error.kind == .unsupportedMediaType ? ["Accept-Post": "application/json"] : [:]
            return .answered(problem(error, media: media, headers: headers))
        }
        if context.trustedDocumentsOnly && parameters.documentId == nil { return .answered(trustedDocumentsOnlyRefusal(media)) }
        if let documentId = parameters.documentId {
            guard let trusted = trusted.entry(for: documentId) else { return .answered(documentNotFound(documentId, media)) }
            switch trusted.document {
            case .failure(let failure):
                return .answered(requestError(failure.errors, code: "GRAPHQL_PARSE_FAILED", draftStatus: 400, media: media))
            case .success(let document):
                return prepared(document, text: trusted.text, validationErrors: trusted.validationErrors, trusted: trusted,
                                parameters, request, context, limits, media, isGet)
            }
        }
        let resolution: PersistedQueries.Resolution
        do {
            resolution = try persisted.resolve(parameters)
        } catch {
            if error == .notFound {
                return .answered(respondWithErrors([error.graphQLError], status: 200, media: media))
            }
            return .answered(requestError([error.graphQLError], code: "BAD_REQUEST", draftStatus: 400, media: media))
        }
        let text = resolution.text
        if let maximum = limits.maxDocumentBytes, text.utf8.count > maximum {
            let error = GraphQLError("The document is \(text.utf8.count) bytes long, over the limit of \(maximum) bytes.")
            return .answered(requestError([error], code: "DOCUMENT_TOO_LARGE", draftStatus: 400, media: media))
        }
        switch documents.prepare(text, limits: limits) {
        case .syntaxError(let errors):
            return .answered(requestError(errors, code: "GRAPHQL_PARSE_FAILED", draftStatus: 400, media: media))
        case .parsed(let document, let validationErrors):
            persisted.register(resolution)
            return prepared(document, text: text, validationErrors: validationErrors, trusted: nil, parameters, request, context, limits,
                            media, isGet)
        }
    }

    /// A parsed document's last checks before execution: the operation (none but queries over
    /// GET), validation, its cost (and the token's cost bucket).
    private func prepared(_ document: Engine.Document, text: String, validationErrors: [GraphQLError],
                          trusted: TrustedDocuments<Engine>.Entry?, _ parameters: GraphQLParameters, _ request: HTTPRequest,
                          _ context: RequestContext, _ limits: QueryLimits, _ media: ResponseMediaType, _ isGet: Bool) -> Stage {
        let operation = engine.operationType(in: document, operationName: parameters.operationName)
        if isGet, case .success(let type) = operation, type != .query {
            var answer = problem(RequestProblem(.methodNotAllowed, "Can only perform a \(type.rawValue) operation from a POST request."),
                                 media: media, headers: ["Allow": "POST"])
            answer.operationType = type
            return .answered(answer)
        }
        guard validationErrors.isEmpty else {
            return .answered(requestError(validationErrors, code: "GRAPHQL_VALIDATION_FAILED", draftStatus: 422, media: media))
        }
        switch operation {
        case .success(let type):
            var context = context
            context.channelSession = channelSession(document, parameters, context)
            let charged: Int?
            switch charge(document, trusted: trusted, parameters, limits, context, media) {
            case .failure(var refusal):
                Self.attachContext(context.channelSession?.requested, to: &refusal.answer)
                return .answered(refusal.answer)
            case .success(let cost): charged = cost
            }
            context.executionLimits = limits.executionLimits
            let cacheKey = type == .query && responses != nil && context.costBucket == nil ? Self.cacheKey(text, parameters, context) : nil
            return .execute(Plan(document: document, parameters: parameters, type: type, media: media, isGet: isGet,
                                 request: request, context: context, cacheKey: cacheKey, generation: responses?.generation ?? 0,
                                 charged: charged))
        case .failure(let error):
            // No older audit covers this case, so the draft's 422 applies under either rule.
            return .answered(requestError([error], code: "OPERATION_RESOLUTION_FAILURE", draftStatus: 422, media: media,
                                          strictStatus: 422))
        }
    }

    /// An answer from the response cache.
    private func cached(_ plan: Plan, _ entry: ResponseCache.Entry) -> Answer {
        let response = respond(body: entry.body, shared: plan.isGet ? (entry.maxAge, entry.etag) : nil, media: plan.media,
                               request: plan.request)
        return Answer(response: response, operationType: plan.type)
    }

    /// Turns an execution outcome into the answer; a flight's leader hands it to its followers.
    private func finish(_ plan: Plan, _ outcome: ExecutionOutcome, stale: [StaleReport.Entry] = []) -> Answer {
        var answer: Answer
        var stored: ResponseCache.Entry?
        defer {
            if plan.ticket.role == .leader, let key = plan.cacheKey { responses?.land(key, with: stored) }
        }
        switch outcome {
        case .requestError(let errors):
            answer = requestError(errors, code: "BAD_USER_INPUT", draftStatus: 422, media: plan.media)
        case .executed(let data, let errors, let cache):
            let errors = GraphQLErrorWriter.sanitize(errors, requestID: plan.context.requestID, log: log)
            var body = Self.body(data: data, errors: errors)
            // An answer with stale copies says so, and is kept neither by us nor by shared caches.
            let fresh = stale.isEmpty
            if !fresh { Self.attachStale(stale, to: &body) }
            // The context the answer is in (a cart move may have changed it), stored with the body.
            let session = plan.context.channelSession
            if let session { Self.attachContext(session.answered, to: &body, intoExtensions: !fresh) }
            if let key = plan.cacheKey, errors.isEmpty, fresh {
                stored = responses?.store(body, policy: cache, generation: plan.generation, for: key)
            }
            var shared: (maxAge: Int, etag: String)?
            if plan.isGet, case .public(let maxAge) = cache, errors.isEmpty, fresh, let session {
                shared = (maxAge, stored?.etag ?? ETag.weak(of: body, in: ContextKey(session.requested)))
            }
            answer = Answer(response: respond(body: body, shared: shared, media: plan.media, request: plan.request),
                            errorCodes: errors.compactMap(GraphQLErrorWriter.code))
            answer.carriesExtensions = !fresh || session != nil
            answer.carriesContext = session != nil
            // A store that could not be reached: the whole answer is 503, to retry shortly (whatever the media type).
            if answer.errorCodes.contains(Self.unavailableCode) {
                answer.response.status = 503
                answer.response.headers.add("Retry-After", "1")
            }
        }
        answer.operationType = plan.type
        settleCost(plan, outcome, &answer)
        // After a mutation's public writes, no stored answer may be served again.
        if plan.type == .mutation, let responses,
           engine.invalidatesCachedAnswers(plan.document, operationName: plan.parameters.operationName, after: plan.context) {
            responses.invalidate()
        }
        return answer
    }

    /// The `extensions.code` of an error that makes the answer a 503.
    static var unavailableCode: String { "SERVICE_UNAVAILABLE" }

    /// The response cache's key: the document, the operation, the variables, the caller's rights and
    /// the request's context; none (the answer is not kept) for a request without a context.
    private static func cacheKey(_ text: String, _ parameters: GraphQLParameters, _ context: RequestContext) -> ResponseCache.Key? {
        guard let session = context.channelSession else { return nil }
        var variables = JSONWriter(capacity: 64)
        if let values = parameters.variables { variables.write(.object(values)) }
        var extensions = JSONWriter(capacity: 0)
        if var values = parameters.extensions {
            values["persistedQuery"] = nil
            if !values.isEmpty { extensions.write(.object(values)) }
        }
        return ResponseCache.Key(text: text, operationName: parameters.operationName, variables: variables.bytes,
                                 extensions: extensions.bytes, tokenKind: context.tokenKind, scopes: context.scopes.map(\.rawValue).sorted(),
                                 context: ContextKey(session.requested))
    }

    private func readParameters(_ request: HTTPRequest, isGet: Bool) throws(RequestProblem) -> GraphQLParameters {
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

    /// A response for a request that never reached GraphQL.
    private func problem(_ problem: RequestProblem, media: ResponseMediaType, headers: HTTPHeaders = [:]) -> Answer {
        var status = problem.status
        if rule == .draft && problem.kind == .malformedParameters { status = 422 }
        let code = problem.kind == .methodNotAllowed ? "METHOD_NOT_ALLOWED" : "BAD_REQUEST"
        let error = GraphQLError(problem.message, extensions: ["code": .string(code)])
        var answer = respondWithErrors([error], status: status, media: media)
        for (name, value) in headers { answer.response.headers.add(name, value) }
        return answer
    }

    /// A GraphQL request error (no `data` entry): its status depends on the media type and rule.
    func requestError(_ errors: [GraphQLError], code: String, draftStatus: Int, media: ResponseMediaType,
                              strictStatus: Int = 400) -> Answer {
        let coded = errors.map { error -> GraphQLError in
            guard GraphQLErrorWriter.code(of: error) == nil else { return error }
            var error = error
            error.extensions = (error.extensions ?? [:]).merging(["code": .string(code)]) { old, _ in old }
            return error
        }
        switch rule {
        case .audit: return respondWithErrors(coded, status: media == .json ? 200 : strictStatus, media: media)
        case .draft: return respondWithErrors(coded, status: draftStatus, media: .graphQLResponse)
        }
    }

    func respondWithErrors(_ errors: [GraphQLError], status: Int, media: ResponseMediaType) -> Answer {
        var writer = JSONWriter(capacity: 256)
        writer.writeRaw("{")
        GraphQLErrorWriter.write(errors, to: &writer)
        writer.writeRaw("}")
        let response = HTTPResponse(status: status, headers: ["Content-Type": media.contentType, "Cache-Control": "no-store"],
                                    body: writer.bytes)
        return Answer(response: response, errorCodes: errors.compactMap(GraphQLErrorWriter.code))
    }

    /// `{"errors":[...],"data":...}` for an executed operation.
    private static func body(data: [UInt8], errors: [GraphQLError]) -> [UInt8] {
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

    /// The 200 response for an answer body, with cache headers (and 304 for a matching
    /// `If-None-Match`) when it may be `shared`, else `no-store`.
    private func respond(body: [UInt8], shared: (maxAge: Int, etag: String)?, media: ResponseMediaType,
                         request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse(status: 200, headers: ["Content-Type": media.contentType], body: body)
        guard let (maxAge, tag) = shared else {
            response.headers.add("Cache-Control", "no-store")
            return response
        }
        response.headers.add("Cache-Control", "public, max-age=\(maxAge)")
        response.headers.add("ETag", tag)
        response.headers.add("Vary", "Accept, Authorization")
        if let match = request.headers["If-None-Match"],
           match.split(separator: ",").contains(where: { let t = $0.trimmingCharacters(in: " \t"); return t == tag || t == "*" }) {
            response.status = 304
            response.body = []
        }
        return response
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
