/// Why a call to an upstream service failed. Every case is the upstream's fault or its absence,
/// never the client's: the composing server answers what it can and reports the rest as
/// `UPSTREAM_UNAVAILABLE`.
public enum UpstreamFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The request's deadline (or the call's timeout) passed first.
    case timeout
    /// No connection could be made (the errno).
    case connect(Int32)
    /// The connection ended or was reset before the whole answer came.
    case connectionLost
    /// The upstream answered with an error status (`Retry-After` in seconds when it sent one).
    case status(Int, retryAfter: Double?)
    /// The answer is larger than the cap.
    case tooLarge(Int)
    /// The answer is not HTTP/1.1 or not the contract's JSON.
    case malformed(String)
    /// The answer's content type is not `application/json`.
    case contentType(String)
    /// The circuit breaker is open: the call was not sent.
    case circuitOpen

    /// Whether the call may be sent again: not after a 4xx (but 408 and 429), too large or open circuit.
    public var isRetryable: Bool {
        switch self {
        case .timeout, .connect, .connectionLost: return true
        case .status(let code, _): return code >= 500 || code == 408 || code == 429
        case .tooLarge, .malformed, .contentType, .circuitOpen: return false
        }
    }

    public var description: String {
        switch self {
        case .timeout: return "timed out"
        case .connect(let code): return "cannot connect (errno \(code))"
        case .connectionLost: return "connection lost mid-answer"
        case .status(let code, _): return "answered HTTP \(code)"
        case .tooLarge(let cap): return "answer over \(cap) bytes"
        case .malformed(let what): return "malformed answer: \(what)"
        case .contentType(let type): return "answer of type \(type), not application/json"
        case .circuitOpen: return "circuit open"
        }
    }
}
