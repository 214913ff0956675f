/// One HTTP request as the server read it from a connection.
public struct HTTPRequest: Sendable {
    /// The method, as sent (methods are case-sensitive): `GET`, `POST`, ...
    public var method: String
    /// The request target exactly as sent, e.g. `/graphql?query=%7B...`.
    public var target: String
    /// The protocol version, `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// The header fields in arrival order.
    public var headers: HTTPHeaders
    /// The body, already de-chunked; empty when the request has none.
    public var body: [UInt8]
    /// The peer's address as `host:port` (IPv6 hosts in brackets).
    public var remoteAddress: String

    /// Creates a request; the server does this for every request it reads.
    public init(method: String, target: String, version: String = "HTTP/1.1", headers: HTTPHeaders = [:],
                body: [UInt8] = [], remoteAddress: String = "") {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The target's path, before any `?`, not percent-decoded.
    public var path: String {
        guard let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return target }
        return String(target[..<q])
    }

    /// The raw query string after `?`, or nil when the target has none.
    public var query: String? {
        guard let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        return String(target[target.utf8.index(after: q)...])
    }
}
