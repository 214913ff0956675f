/// A GraphQL-over-HTTP request that cannot be run, before any GraphQL work: the kind decides
/// the status code.
public struct RequestProblem: Error, Sendable, Equatable {
    /// What kind of problem.
    public enum Kind: Sendable, Equatable {
        /// The body or a JSON parameter is not JSON (400).
        case malformedJSON
        /// The parameters are not a well-formed GraphQL request (400; 422 in the current draft).
        case malformedParameters
        /// The Content-Type is missing or not JSON (415).
        case unsupportedMediaType
        /// Nothing in Accept can be produced (406).
        case notAcceptable
        /// The method is not GET or POST, or a mutation over GET (405).
        case methodNotAllowed
    }

    /// The kind.
    public let kind: Kind
    /// The message sent in `errors[0].message`.
    public let message: String

    /// Creates a problem.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The HTTP status.
    public var status: Int {
        switch kind {
        case .malformedJSON, .malformedParameters: return 400
        case .unsupportedMediaType: return 415
        case .notAcceptable: return 406
        case .methodNotAllowed: return 405
        }
    }
}
