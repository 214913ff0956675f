import GraphQLCore
import HTTPServer

// The answers for trusted documents that cannot be run: an id no manifest has, and a query's
// text from a token that runs trusted documents only.
extension GraphQLHTTPHandler {
    /// 400 `PERSISTED_DOCUMENT_NOT_FOUND`: no manifest has this `documentId` (GraphQL over HTTP,
    /// Appendix A: a well-formed response with a single error).
    func documentNotFound(_ documentId: String, _ media: ResponseMediaType) -> Answer {
        let known = TrustedDocument.canonicalID(documentId) != nil
        let message = known
            ? "No trusted document has the id \(documentId): it must be in one of the server's manifests (concord documents add)."
            : "documentId must be \"sha256:\" followed by the 64 hex digits of the document's SHA-256, not \(documentId)."
        let error = GraphQLError(message, extensions: ["code": .string("PERSISTED_DOCUMENT_NOT_FOUND")])
        return respondWithErrors([error], status: 400, media: media)
    }

    /// 403 `TRUSTED_DOCUMENTS_ONLY`: the token runs the documents of the server's manifests only.
    func trustedDocumentsOnlyRefusal(_ media: ResponseMediaType) -> Answer {
        let error = GraphQLError("This token runs trusted documents only: send documentId \"sha256:<hex>\" of a document in "
                                 + "the server's manifests instead of query (or a persisted query hash).",
                                 extensions: ["code": .string("TRUSTED_DOCUMENTS_ONLY")])
        return respondWithErrors([error], status: 403, media: media)
    }
}
