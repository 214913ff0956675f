/// A response for the server to write: status, header fields and body bytes.
///
/// The server adds `Content-Length` itself (any given one is replaced) and `Connection: close`
/// when it is going to close the connection.
public struct HTTPResponse: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// The header fields to send, in order.
    public var headers: HTTPHeaders
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int = 200, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is UTF-8 text, with the given content type.
    public init(status: Int = 200, headers: HTTPHeaders = [:], text: String,
                contentType: String = "text/plain; charset=utf-8") {
        var headers = headers
        if !headers.contains("Content-Type") { headers.add("Content-Type", contentType) }
        self.init(status: status, headers: headers, body: Array(text.utf8))
    }
}
