import Commerce
import GraphQLCore
import HTTPServer

/// GraphQL over HTTP (the graphql-http audits and the current draft): POST with JSON, GET for
/// queries only, media-type negotiation, status codes, persisted queries, the document cache,
/// and cache headers for public GET answers. The handler coordinates three parts: the
/// `GraphQLRequestReader` reads a request into one ready to execute, the
/// `ResponseCacheCoordinator` answers it from the response cache (or lets it execute once for
/// everyone asking the same) and keeps what it may, and the `GraphQLResponseWriter` writes every answer.
public final class GraphQLHTTPHandler<Engine: GraphQLEngine>: Sendable {
    /// What answering a request produced, for the access log and metrics.
    public typealias Answer = GraphQLAnswer

    let engine: Engine
    /// The parsed and validated documents.
    public let documents: DocumentCache<Engine>
    /// The automatic persisted queries.
    public let persisted: PersistedQueries
    /// The trusted documents, served by `documentId`.
    public let trusted: TrustedDocuments<Engine>
    /// Answers of public queries, when enabled.
    public let responses: ResponseCache?
    /// Seconds each request's execution may wait on upstream services in all (`RequestDeadline`).
    public let upstreamDeadline: Double
    private let reader: GraphQLRequestReader<Engine>
    // Internal, not private: `finish` (GraphQLHTTPHandler+Finish.swift) uses them.
    let cache: ResponseCacheCoordinator
    let writer: GraphQLResponseWriter

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
        self.writer = GraphQLResponseWriter(rule: statusCodes, log: log)
        self.cache = ResponseCacheCoordinator(cache: responseCache)
        self.reader = GraphQLRequestReader(engine: engine, documents: documents, persisted: persisted, trusted: trusted, writer: writer)
    }

    /// A request that passed every check and is ready to execute.
    public struct Plan: Sendable {
        /// The request as read.
        let read: ReadRequest<Engine.Document>
        /// The response cache's key and generation before execution, for a query it may answer.
        let cacheKey: ResponseCache.Key?
        let generation: UInt64
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
    public func respond(to request: HTTPRequest, context: RequestContext, limits: ValidationLimits) async -> Answer {
        switch begin(request, context: context, limits: limits) {
        case .answered(let answer): return answer
        case .execute(let plan):
            if let answer = executeSynchronously(plan) { return answer }
            return await execute(plan)
        }
    }

    /// Everything before execution (`GraphQLRequestReader`), and the response cache's key. A
    /// token with a cost bucket gets `extensions.cost` on every answer.
    public func begin(_ request: HTTPRequest, context: RequestContext, limits: ValidationLimits) -> Stage {
        switch reader.read(request, context: context, limits: limits) {
        case .ready(let read):
            return .execute(Plan(read: read, cacheKey: cache.key(for: read), generation: cache.generation))
        case .answered(var answer):
            // Refused before an operation was read: the token's home context.
            GraphQLResponseWriter.attachContext(ContextResolver.home(context.channels), to: &answer)
            if let bucket = context.costBucket, !answer.carriesCost {
                GraphQLResponseWriter.attachCost(to: &answer, requested: answer.requestedCost, actual: 0, status: bucket.status)
            }
            return .answered(answer)
        }
    }

    /// Answers from the response cache, or executes a plan on the calling thread when the
    /// engine can; nil otherwise.
    public func executeSynchronously(_ plan: Plan) -> Answer? {
        if let key = plan.cacheKey {
            switch cache.lookUp(key, ticket: plan.ticket) {
            case .answered(let entry): return cached(plan, entry)
            case .wait: return nil
            case .execute: break
            }
        }
        let read = plan.read
        let scope = plan.suspended.scope(seconds: upstreamDeadline)
        let synchronous = scope.run {
            engine.executeSynchronously(read.document, operationName: read.parameters.operationName,
                                        variables: read.parameters.variables, context: read.context)
        }
        switch synchronous {
        case .executed(let outcome): return finish(plan, outcome, stale: scope.report.entries)
        case .suspended(let resume):
            plan.suspended.keep(resume)
            return nil
        case .notRun: return nil
        }
    }

    /// Executes a plan through the engine's asynchronous path (after `executeSynchronously`
    /// returned nil: the response cache was asked there), or finishes the execution it suspended.
    public func execute(_ plan: Plan) async -> Answer {
        if let key = plan.cacheKey, let entry = await cache.awaitLeader(key, ticket: plan.ticket) { return cached(plan, entry) }
        // One deadline for every upstream call the execution makes, a report of stale copies
        // served, and the request's forming batches: the scope the synchronous pass began in, if any.
        let read = plan.read
        let scope = plan.suspended.scope(seconds: upstreamDeadline)
        let resume = plan.suspended.take()
        let outcome = await scope.run { [engine] in
            if let resume { return await resume() }
            return await engine.execute(read.document, operationName: read.parameters.operationName,
                                        variables: read.parameters.variables, context: read.context)
        }
        return finish(plan, outcome, stale: scope.report.entries)
    }
}
