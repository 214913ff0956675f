import Commerce
import GraphQLCore

// After execution: the answer written from the outcome, stored for others when it may be, the
// cost settled with the token's bucket, and the stored answers dropped after public writes.
extension GraphQLHTTPHandler {
    /// An answer from the response cache.
    func cached(_ plan: Plan, _ entry: ResponseCache.Entry) -> Answer {
        let read = plan.read
        let response = writer.respond(body: entry.body, shared: cache.sharing(entry, isGet: read.isGet), media: read.media,
                                      request: read.request)
        return Answer(response: response, operationType: read.type)
    }

    /// Turns an execution outcome into the answer; a flight's leader hands it to its followers.
    func finish(_ plan: Plan, _ outcome: ExecutionOutcome, stale: [StaleReport.Entry] = []) -> Answer {
        let read = plan.read
        var answer: Answer
        var stored: ResponseCache.Entry?
        defer { cache.land(plan.cacheKey, ticket: plan.ticket, with: stored) }
        switch outcome {
        case .requestError(let errors):
            answer = writer.requestError(errors, code: "BAD_USER_INPUT", draftStatus: 422, media: read.media)
        case .executed(let data, let errors, let policy):
            let errors = writer.sanitize(errors, requestID: read.context.requestID)
            var body = GraphQLResponseWriter.body(data: data, errors: errors)
            // An answer with stale copies says so, and is kept neither by us nor by shared caches.
            let fresh = stale.isEmpty
            if !fresh { GraphQLResponseWriter.attachStale(stale, to: &body) }
            // The context the answer is in (a cart move may have changed it), stored with the body.
            let session = read.context.channelSession
            if let session { GraphQLResponseWriter.attachContext(session.answered, to: &body, intoExtensions: !fresh) }
            let sharing: ResponseCacheCoordinator.Sharing?
            (stored, sharing) = cache.store(body, policy: policy, clean: errors.isEmpty && fresh, key: plan.cacheKey,
                                            context: session.map { ContextKey($0.requested) }, generation: plan.generation,
                                            isGet: read.isGet)
            answer = writer.executed(body, errors: errors, shared: sharing, media: read.media, request: read.request)
            answer.carriesExtensions = !fresh || session != nil
            answer.carriesContext = session != nil
        }
        answer.operationType = read.type
        settleCost(read, outcome, &answer)
        // After a mutation's public writes, no stored answer may be served again.
        cache.invalidate(after: read.type) {
            engine.invalidatesCachedAnswers(read.document, operationName: read.parameters.operationName, after: read.context)
        }
        return answer
    }

    /// Gives the token's cost bucket back what the answer did not use and writes `extensions.cost`.
    private func settleCost(_ read: ReadRequest<Engine.Document>, _ outcome: ExecutionOutcome, _ answer: inout Answer) {
        guard let bucket = read.context.costBucket, let requested = read.charged else { return }
        var actual = 0
        if case .executed(let data, _, _) = outcome {
            actual = engine.actualCost(of: read.document, operationName: read.parameters.operationName,
                                       variables: read.parameters.variables, data: data) ?? requested
        }
        let status = bucket.refund(max(0, requested - actual))
        GraphQLResponseWriter.attachCost(to: &answer, requested: requested, actual: actual, status: status)
    }

}
