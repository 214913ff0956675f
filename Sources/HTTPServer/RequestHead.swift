/// A parsed request line and header block, before the body is read.
struct RequestHead {
    var method: String
    var target: String
    var version: String
    var headers: HTTPHeaders
    /// Whether the connection may carry another request after this one.
    var keepAlive: Bool
    /// How the body is framed.
    var framing: BodyFraming
    /// Whether the client waits for `100 Continue` before sending the body.
    var expectsContinue: Bool
}

/// How a request body's end is found.
enum BodyFraming: Equatable {
    /// No body.
    case none
    /// Exactly this many bytes.
    case length(Int)
    /// `Transfer-Encoding: chunked`.
    case chunked
}
