/// An error a query reports at the top level (in the GraphQL response's `errors`), such as a bad cursor.
/// Mutations report input problems as `UserError`s instead.
public enum CommerceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The client asked for something malformed; the message says what and how to fix it.
    case badRequest(String)
    /// The caller lacks a scope the field needs.
    case accessDenied(String)
    /// A backend failed; the message is for the server's log, not for clients.
    case backend(String)
    /// The store could not be reached (a database restarting); the message is for the server's log,
    /// and the client is told to retry.
    case unavailable(String)
    /// An amount (a cart's total, say) does not fit in the money arithmetic: stored data beyond
    /// the bounds `productUpsert` keeps to, such as a price written by an older version.
    case amountOutOfRange(String)
    /// An upstream service (an `http` backend) could not answer and nothing cached could stand in:
    /// the field is null with `UPSTREAM_UNAVAILABLE` and `extensions.service`, the rest is answered.
    case upstreamUnavailable(service: String, detail: String)

    /// The message for the client.
    public var message: String {
        switch self {
        case .badRequest(let message), .accessDenied(let message), .amountOutOfRange(let message): return message
        case .backend: return "Internal error in a backend."
        case .unavailable: return "The store is unavailable for now; retry shortly."
        case .upstreamUnavailable(let service, _): return "The \(service) service is unavailable; this field could not be loaded."
        }
    }

    /// A stable code for `extensions.code`.
    public var code: String {
        switch self {
        case .badRequest: return "BAD_USER_INPUT"
        case .accessDenied: return "FORBIDDEN"
        case .backend: return "INTERNAL_SERVER_ERROR"
        case .unavailable: return "SERVICE_UNAVAILABLE"
        case .amountOutOfRange: return "AMOUNT_OUT_OF_RANGE"
        case .upstreamUnavailable: return "UPSTREAM_UNAVAILABLE"
        }
    }

    public var description: String {
        switch self {
        case .backend(let detail): return "backend error: \(detail)"
        case .unavailable(let detail): return "store unavailable: \(detail)"
        case .upstreamUnavailable(let service, let detail): return "upstream \(service) unavailable: \(detail)"
        default: return message
        }
    }
}
