import GraphQLCore
import HTTPServer

/// What answering one GraphQL request produced: the response, and what the access log and
/// metrics record of it.
public struct GraphQLAnswer: Sendable {
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

    /// Creates an answer.
    public init(response: HTTPResponse, operationType: OperationType? = nil, errorCodes: [String] = []) {
        self.response = response
        self.operationType = operationType
        self.errorCodes = errorCodes
    }
}
