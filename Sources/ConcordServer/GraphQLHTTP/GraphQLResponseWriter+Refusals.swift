import GraphQLCore
import HTTPServer

// The answers for requests refused before execution for who sent them or what they cost: a
// trusted document no manifest has, a query's text from a token that runs trusted documents
// only, a cost over the maximum, and a cost bucket without the points.
extension GraphQLResponseWriter {
    /// 400 `PERSISTED_DOCUMENT_NOT_FOUND`: no manifest has this `documentId` (GraphQL over HTTP,
    /// Appendix A: a well-formed response with a single error).
    func documentNotFound(_ documentId: String, _ media: ResponseMediaType) -> GraphQLAnswer {
        let known = TrustedDocument.canonicalID(documentId) != nil
        let message = known
            ? "No trusted document has the id \(documentId): it must be in one of the server's manifests (concord documents add)."
            : "documentId must be \"sha256:\" followed by the 64 hex digits of the document's SHA-256, not \(documentId)."
        let error = GraphQLError(message, extensions: ["code": .string("PERSISTED_DOCUMENT_NOT_FOUND")])
        return errors([error], status: 400, media: media)
    }

    /// 403 `TRUSTED_DOCUMENTS_ONLY`: the token runs the documents of the server's manifests only.
    func trustedDocumentsOnlyRefusal(_ media: ResponseMediaType) -> GraphQLAnswer {
        let error = GraphQLError("This token runs trusted documents only: send documentId \"sha256:<hex>\" of a document in "
                                 + "the server's manifests instead of query (or a persisted query hash).",
                                 extensions: ["code": .string("TRUSTED_DOCUMENTS_ONLY")])
        return errors([error], status: 403, media: media)
    }

    /// `MAX_COST_EXCEEDED`: the operation's static cost is over the lower of `maxCost` and the bucket's size.
    func costExceeded(_ cost: Int, maximum: Int, _ media: ResponseMediaType) -> GraphQLAnswer {
        let error = GraphQLError("Query cost \(cost) exceeds the maximum cost of \(maximum).",
                                 extensions: ["code": .string("MAX_COST_EXCEEDED"), "cost": .int(cost), "maxCost": .int(maximum)])
        var answer = requestError([error], code: "MAX_COST_EXCEEDED", draftStatus: 422, media: media)
        answer.requestedCost = cost
        return answer
    }

    /// 429 `THROTTLED` with `Retry-After` and `extensions.cost`: the bucket lacks the points.
    func throttled(_ cost: Int, _ throttled: CostBucket.Throttled, _ media: ResponseMediaType) -> GraphQLAnswer {
        let seconds = throttled.seconds.isFinite ? max(1, Int(throttled.seconds.rounded(.up))) : 3600
        let status = throttled.status
        let error = GraphQLError("Throttled: the query costs \(cost) and \(status.currentlyAvailable) of \(status.maximumAvailable) "
                                 + "points are available, restored at \(Self.number(status.restoreRate)) a second; retry in \(seconds) s.",
                                 extensions: ["code": .string("THROTTLED")])
        var answer = errors([error], status: 429, media: media)
        answer.response.headers.add("Retry-After", String(seconds))
        Self.attachCost(to: &answer, requested: cost, actual: 0, status: status)
        return answer
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
