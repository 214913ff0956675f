import GraphQLCore
import HTTPServer

/// A request `GraphQLRequestReader` read and found ready to execute: its document (parsed,
/// valid, within the limits), the operation's type, the media type to answer in, and the cost
/// taken from the token's cost bucket.
public struct ReadRequest<Document: Sendable>: Sendable {
    /// The parsed and validated document.
    let document: Document
    /// The document's text (a persisted query's or a trusted document's, when sent by hash or id).
    let text: String
    /// The request's GraphQL parameters.
    let parameters: GraphQLParameters
    /// The selected operation's type.
    let type: OperationType
    /// The media type the answer is written in.
    let media: ResponseMediaType
    /// Whether the request came by GET (or HEAD), whose public answers may be shared.
    let isGet: Bool
    /// The HTTP request (for `If-None-Match`).
    let request: HTTPRequest
    /// The caller's context, with the executor's limits of its token kind.
    let context: RequestContext
    /// The requested cost taken from the token's cost bucket, when it has one.
    let charged: Int?
}
