import GraphQLCore
import HTTPServer

// A parsed document's last checks before execution: the operation (none but queries over
// GET), validation, and its cost against the limits and the token's cost bucket.
extension GraphQLRequestReader {
    /// What the request sent and was read with, once its parameters are known.
    struct Sent {
        let parameters: GraphQLParameters
        let request: HTTPRequest
        let context: RequestContext
        let limits: ValidationLimits
        let media: ResponseMediaType
        let isGet: Bool
    }

    /// The checks of a parsed document, in the order the audits expect their errors.
    func operation(_ document: Engine.Document, text: String, validationErrors: [GraphQLError],
                   trusted: TrustedDocuments<Engine>.Entry?, _ sent: Sent) -> Reading {
        let media = sent.media
        let operation = engine.operationType(in: document, operationName: sent.parameters.operationName)
        if sent.isGet, case .success(let type) = operation, type != .query {
            var answer = writer.problem(RequestProblem(.methodNotAllowed, "Can only perform a \(type.rawValue) operation from a POST request."),
                                        media: media, headers: ["Allow": "POST"])
            answer.operationType = type
            return .answered(answer)
        }
        guard validationErrors.isEmpty else {
            return .answered(writer.requestError(validationErrors, code: "GRAPHQL_VALIDATION_FAILED", draftStatus: 422, media: media))
        }
        switch operation {
        case .success(let type):
            var context = sent.context
            context.channelSession = channelSession(document, sent.parameters, context)
            let charged: Int?
            switch charge(document, trusted: trusted, sent) {
            case .failure(var refusal):
                GraphQLResponseWriter.attachContext(context.channelSession?.requested, to: &refusal.answer)
                return .answered(refusal.answer)
            case .success(let cost): charged = cost
            }
            context.executionLimits = sent.limits.execution
            return .ready(ReadRequest(document: document, text: text, parameters: sent.parameters, type: type, media: media,
                                      isGet: sent.isGet, request: sent.request, context: context, charged: charged))
        case .failure(let error):
            // No older audit covers this case, so the draft's 422 applies under either rule.
            return .answered(writer.requestError([error], code: "OPERATION_RESOLUTION_FAILURE", draftStatus: 422, media: media,
                                                 strictStatus: 422))
        }
    }

    /// A request refused for its cost.
    struct CostRefusal: Error {
        var answer: GraphQLAnswer
    }

    /// Checks the operation's cost against the kind's `maxCost` and the size of the token's cost
    /// bucket and, with a bucket, takes it from the bucket: the points taken (nil without a
    /// bucket), or the `MAX_COST_EXCEEDED` or `THROTTLED` answer.
    private func charge(_ document: Engine.Document, trusted: TrustedDocuments<Engine>.Entry?, _ sent: Sent) -> Result<Int?, CostRefusal> {
        let bucket = sent.context.costBucket
        guard sent.limits.maxCost != nil || bucket != nil else { return .success(nil) }
        let parameters = sent.parameters
        let cost = trusted?.cost(document, engine: engine, operationName: parameters.operationName, variables: parameters.variables)
            ?? engine.cost(of: document, operationName: parameters.operationName, variables: parameters.variables)
        if let maximum = [sent.limits.maxCost, bucket?.rate.bucketSize].compactMap({ $0 }).min(), cost > maximum {
            return .failure(CostRefusal(answer: writer.costExceeded(cost, maximum: maximum, sent.media)))
        }
        guard let bucket else { return .success(nil) }
        switch bucket.take(cost) {
        case .success: return .success(cost)
        case .failure(let throttled): return .failure(CostRefusal(answer: writer.throttled(cost, throttled, sent.media)))
        }
    }
}
