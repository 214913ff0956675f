import CommerceHTTP
import GraphQLCore
import HTTPServer
import Synchronization

/// The Concord HTTP application: routes `/graphql` (with tokens, scopes and rate limits),
/// `/healthz`, `/readyz`, `/metrics` and any extra pages (the explorer), and writes the access
/// log and metrics for every request.
public final class ConcordApp<Engine: GraphQLEngine>: Sendable {
    /// The configuration.
    public let configuration: AppConfiguration
    /// The GraphQL endpoint.
    public let graphQL: GraphQLHTTPHandler<Engine>
    /// The counters behind `/metrics`.
    public let metrics: Metrics
    private let tokens: TokenStore
    /// The store's channels, which each request's token channels are looked up in.
    public let channels: ChannelTable
    private let accessLog: AccessLog?
    private let pages: [String: @Sendable (HTTPRequest) -> HTTPResponse]
    private let readiness: @Sendable () -> Bool
    private let requestCounter = Atomic<UInt64>(0)
    private let requestPrefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    /// Creates the application.
    /// - Parameters:
    ///   - pages: extra GET routes answered synchronously, by exact path (e.g. the explorer at `/`).
    ///   - readiness: whether `/readyz` reports ready (e.g. the store answers).
    ///   - metrics: counters that outlive this application (a service that reloads its configuration
    ///     keeps counting across its applications); nil makes the application's own.
    ///   - previous: the application this one replaces on a reload: the rate limits of the tokens
    ///     both have carry on where they were.
    ///   - channels: the store's channels (checked against the tokens by whoever read them); by default
    ///     the seeded store's (`InterimSeedChannels`).
    public init(engine: Engine, configuration: AppConfiguration = AppConfiguration(), accessLog: AccessLog? = AccessLog(),
                pages: [String: @Sendable (HTTPRequest) -> HTTPResponse] = [:],
                readiness: @escaping @Sendable () -> Bool = { true },
                metrics: Metrics? = nil, replacing previous: ConcordApp? = nil,
                channels: ChannelTable = ChannelTable(InterimSeedChannels.list),
                log: @escaping @Sendable (String) -> Void = { AccessLog.standardError($0) }) {
        self.configuration = configuration
        self.channels = channels
        let responses = configuration.responseCacheSize > 0
            ? ResponseCache(capacity: configuration.responseCacheSize, seconds: configuration.responseCacheSeconds,
                            maxBytes: configuration.responseCacheBytes) : nil
        let graphQL = GraphQLHTTPHandler(engine: engine, documentCacheSize: configuration.documentCacheSize,
                                         documentCacheBytes: configuration.documentCacheBytes,
                                         persistedQueryCacheSize: configuration.persistedQueryCacheSize,
                                         persistedQueryCacheBytes: configuration.persistedQueryCacheBytes,
                                         responseCache: responses, trustedDocuments: configuration.trustedDocuments,
                                         statusCodes: configuration.statusCodes,
                                         upstreamDeadline: configuration.upstreamDeadline, log: log)
        self.graphQL = graphQL
        self.metrics = metrics ?? Metrics(cacheStatistics: { graphQL.documents.statistics },
                                          responseCacheStatistics: { responses?.statistics ?? (0, 0) },
                                          cacheBytes: { Self.cacheBytes(graphQL) },
                                          accessLogDrops: { accessLog?.droppedLines ?? 0 })
        self.tokens = TokenStore(configuration.tokens, keepingBucketsOf: previous?.tokens)
        self.accessLog = accessLog
        self.pages = pages
        self.readiness = readiness
    }

    /// Entries and bytes of the application's bounded caches.
    var cacheBytes: [CacheBytes] { Self.cacheBytes(graphQL) }

    private static func cacheBytes(_ graphQL: GraphQLHTTPHandler<Engine>) -> [CacheBytes] {
        [CacheBytes(name: "documents", entries: graphQL.documents.count, bytes: graphQL.documents.bytes),
         CacheBytes(name: "persisted_queries", entries: graphQL.persisted.count, bytes: graphQL.persisted.bytes),
         CacheBytes(name: "responses", entries: graphQL.responses?.count ?? 0, bytes: graphQL.responses?.bytes ?? (0, 0))]
    }

    /// The handler to give `HTTPServer`: everything up to execution runs on the event loop, and
    /// execution too when the engine can run the operation synchronously.
    public var handler: HTTPHandler {
        .staged { [self] request in begin(request) }
    }

    /// Answers on the event loop, or hands GraphQL execution to a task.
    func begin(_ request: HTTPRequest) -> HTTPHandlerResult {
        let start = TokenBucket.monotonicSeconds()
        let path = request.path
        let response: HTTPResponse
        if path == configuration.graphQLPath && request.method != "OPTIONS" {
            return beginGraphQL(request, start: start)
        } else if path == configuration.graphQLPath {
            response = configuration.cors.preflight(request)
        } else if path == "/healthz" {
            response = HTTPResponse(headers: ["Cache-Control": "no-store"], text: "ok\n")
        } else if path == "/readyz" {
            // Upstreams' circuits are detail: an open one does not make this server not ready.
            let detail = Upstream.readinessDetail
            response = readiness() ? HTTPResponse(headers: ["Cache-Control": "no-store"], text: "ready\n" + detail)
                : HTTPResponse(status: 503, headers: ["Cache-Control": "no-store"], text: "not ready\n" + detail)
        } else if path == "/metrics" {
            response = HTTPResponse(text: metrics.render(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        } else if let page = pages[path] {
            response = request.method == "GET" || request.method == "HEAD" ? page(request)
                : HTTPResponse(status: 405, headers: ["Allow": "GET, HEAD"], text: "method not allowed\n")
        } else {
            response = HTTPResponse(status: 404, text: "not found\n")
        }
        return .response(finish(request, response, start: start, tokenName: nil, answer: nil))
    }

    /// Authenticates and prepares a GraphQL request; executes it here when it can.
    private func beginGraphQL(_ request: HTTPRequest, start: Double) -> HTTPHandlerResult {
        let requestID = nextRequestID()
        let token: AccessToken?
        let costBucket: CostBucket?
        switch authenticate(request) {
        case .failure(let refusal):
            return .response(finish(request, refusal.response, start: start, tokenName: nil, answer: nil, requestID: requestID))
        case .success(let found): (token, costBucket) = (found?.token, found?.cost)
        }
        // A request without a token (allowed only with `requiresToken: false`) has a storefront's rights.
        let scopes = token?.scopes ?? TokenKind.storefront.defaultScopes
        var context = RequestContext(tokenName: token?.name, tokenKind: token?.kind, scopes: scopes,
                                     headers: request.headers, requestID: requestID)
        context.costBucket = costBucket
        context.trustedDocumentsOnly = token?.trustedDocumentsOnly ?? false
        context.channels = channels.channels(for: token)
        let limits = configuration.limits(for: token?.kind)
        let plan: GraphQLHTTPHandler<Engine>.Plan
        switch graphQL.begin(request, context: context, limits: limits) {
        case .answered(let answer):
            return .response(finish(request, answer.response, start: start, tokenName: token?.name, answer: answer, requestID: requestID))
        case .execute(let ready): plan = ready
        }
        if let answer = graphQL.executeSynchronously(plan) {
            return .response(finish(request, answer.response, start: start, tokenName: token?.name, answer: answer, requestID: requestID))
        }
        return .later { [self] in
            let answer = await graphQL.execute(plan)
            return finish(request, answer.response, start: start, tokenName: token?.name, answer: answer, requestID: requestID)
        }
    }

    /// Finds the request's token (and its cost bucket) and takes from its rate limit; a refusal is 401 or 429.
    private func authenticate(_ request: HTTPRequest) -> Result<(token: AccessToken, cost: CostBucket?)?, Refusal> {
        guard let authorization = request.headers["Authorization"] else {
            return configuration.requiresToken ? .failure(Refusal(Self.unauthorized("a bearer token is required"))) : .success(nil)
        }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              let (token, bucket, cost) = tokens.authenticate(parts[1].trimmingCharacters(in: " \t")) else {
            return .failure(Refusal(Self.unauthorized("the bearer token is not valid")))
        }
        if let bucket, let wait = bucket.take() {
            let seconds = wait.isFinite ? max(1, Int(wait.rounded(.up))) : 3600
            let body = Self.errorBody("rate limit exceeded; retry in \(seconds) s", code: "RATE_LIMITED")
            return .failure(Refusal(HTTPResponse(status: 429, headers: ["Retry-After": String(seconds), "Content-Type": "application/json; charset=utf-8"],
                                                 body: body)))
        }
        return .success((token, cost))
    }

    /// A 401 response.
    static func unauthorized(_ message: String) -> HTTPResponse {
        HTTPResponse(status: 401, headers: ["WWW-Authenticate": "Bearer realm=\"concord\"", "Content-Type": "application/json; charset=utf-8"],
                     body: errorBody(message, code: "UNAUTHENTICATED"))
    }

    static func errorBody(_ message: String, code: String) -> [UInt8] {
        var writer = JSONWriter(capacity: 128)
        writer.writeRaw("{")
        GraphQLErrorWriter.write([GraphQLError(message, extensions: ["code": .string(code)])], to: &writer)
        writer.writeRaw("}")
        return writer.bytes
    }

    /// Adds CORS headers, records metrics and writes the access log line.
    private func finish(_ request: HTTPRequest, _ response: HTTPResponse, start: Double, tokenName: String?,
                        answer: GraphQLHTTPHandler<Engine>.Answer?, requestID: String? = nil) -> HTTPResponse {
        var response = response
        if request.path == configuration.graphQLPath && request.method != "OPTIONS" {
            configuration.cors.decorate(&response, origin: request.headers["Origin"])
        }
        let seconds = TokenBucket.monotonicSeconds() - start
        metrics.recordRequest(status: response.status, seconds: seconds)
        let codes = answer?.errorCodes ?? []
        metrics.recordErrors(codes: codes)
        accessLog?.record(AccessLog.Entry(requestID: requestID ?? nextRequestID(), method: request.method, path: request.path,
                                          status: response.status, bytes: response.body.count, seconds: seconds,
                                          tokenName: tokenName, operationType: answer?.operationType?.rawValue,
                                          errorCodes: codes))
        return response
    }

    private func nextRequestID() -> String {
        requestPrefix + "-" + String(requestCounter.wrappingAdd(1, ordering: .relaxed).newValue, radix: 16)
    }
}

/// A response that refuses a request before GraphQL sees it.
struct Refusal: Error {
    let response: HTTPResponse
    init(_ response: HTTPResponse) { self.response = response }
}
