import HTTPServer

/// A response as the test client read it.
public struct TestResponse: Sendable {
    /// The status code.
    public let status: Int
    /// The header fields, in the order received.
    public let headers: HTTPHeaders
    /// The body (empty for HEAD).
    public let body: [UInt8]
    /// The body decoded as UTF-8.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
