import GraphQLCore
import HTTPServer

// The query cost of a request: its static cost against the single-query maximum (the kind's
// `maxCost`, and the size of the token's cost bucket), the bucket's charge before execution,
// the refund of what the answer did not use after it, and Shopify's `extensions.cost`.
extension GraphQLHTTPHandler {
    /// A request refused for its cost.
    struct CostRefusal: Error {
        var answer: Answer
    }

    /// Checks the operation's cost and, for a token with a cost bucket, takes it from the bucket:
    /// the points taken (nil without a bucket), or the `MAX_COST_EXCEEDED` or `THROTTLED` answer.
    func charge(_ document: Engine.Document, trusted: TrustedDocuments<Engine>.Entry?, _ parameters: GraphQLParameters,
                _ limits: QueryLimits, _ context: RequestContext, _ media: ResponseMediaType) -> Result<Int?, CostRefusal> {
        let bucket = context.costBucket
        guard limits.maxCost != nil || bucket != nil else { return .success(nil) }
        let cost = trusted?.cost(document, engine: engine, operationName: parameters.operationName, variables: parameters.variables)
            ?? engine.cost(of: document, operationName: parameters.operationName, variables: parameters.variables)
        if let maximum = [limits.maxCost, bucket?.rate.bucketSize].compactMap({ $0 }).min(), cost > maximum {
            let error = GraphQLError("Query cost \(cost) exceeds the maximum cost of \(maximum).",
                                     extensions: ["code": .string("MAX_COST_EXCEEDED"), "cost": .int(cost), "maxCost": .int(maximum)])
            var answer = requestError([error], code: "MAX_COST_EXCEEDED", draftStatus: 422, media: media)
            answer.requestedCost = cost
            return .failure(CostRefusal(answer: answer))
        }
        guard let bucket else { return .success(nil) }
        switch bucket.take(cost) {
        case .success: return .success(cost)
        case .failure(let throttled):
            let seconds = throttled.seconds.isFinite ? max(1, Int(throttled.seconds.rounded(.up))) : 3600
            let status = throttled.status
            let error = GraphQLError("Throttled: the query costs \(cost) and \(status.currentlyAvailable) of \(status.maximumAvailable) "
                                     + "points are available, restored at \(Self.number(status.restoreRate)) a second; retry in \(seconds) s.",
                                     extensions: ["code": .string("THROTTLED")])
            var answer = respondWithErrors([error], status: 429, media: media)
            answer.response.headers.add("Retry-After", String(seconds))
            Self.attachCost(to: &answer, requested: cost, actual: 0, status: status)
            return .failure(CostRefusal(answer: answer))
        }
    }

    /// After execution: gives the bucket back what the answer did not use and writes `extensions.cost`.
    func settleCost(_ plan: Plan, _ outcome: ExecutionOutcome, _ answer: inout Answer) {
        guard let bucket = plan.context.costBucket, let requested = plan.charged else { return }
        var actual = 0
        if case .executed(let data, _, _) = outcome {
            actual = engine.actualCost(of: plan.document, operationName: plan.parameters.operationName,
                                       variables: plan.parameters.variables, data: data) ?? requested
        }
        let status = bucket.refund(max(0, requested - actual))
        Self.attachCost(to: &answer, requested: requested, actual: actual, status: status)
    }

    /// Adds `"extensions":{"cost":{…}}` to an answer's JSON object, in Shopify's shape.
    static func attachCost(to answer: inout Answer, requested: Int, actual: Int, status: ThrottleStatus) {
        var body = answer.response.body
        guard body.last == UInt8(ascii: "}") else { return }
        body.removeLast()
        // Into the `extensions` object already there (`stale`), or a new one.
        if answer.carriesExtensions { body.removeLast() }
        var writer = JSONWriter(capacity: 192)
        writer.writeRaw(answer.carriesExtensions ? ",\"cost\":{\"requestedQueryCost\":" : ",\"extensions\":{\"cost\":{\"requestedQueryCost\":")
        writer.writeInt(requested)
        writer.writeRaw(",\"actualQueryCost\":")
        writer.writeInt(actual)
        writer.writeRaw(",\"throttleStatus\":{\"maximumAvailable\":")
        writer.writeInt(status.maximumAvailable)
        writer.writeRaw(",\"currentlyAvailable\":")
        writer.writeInt(status.currentlyAvailable)
        writer.writeRaw(",\"restoreRate\":")
        writer.writeDouble(status.restoreRate)
        writer.writeRaw("}}}}")
        body.append(contentsOf: writer.bytes)
        answer.response.body = body
        answer.carriesCost = true
        answer.carriesExtensions = true
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
