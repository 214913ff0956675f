import HTTPServer

/// Which browser origins may call the API, and the headers that tell browsers so.
public struct CORSPolicy: Sendable {
    /// Allowed origins, exactly as browsers send them (`https://shop.example`); `*` allows any.
    public var allowedOrigins: [String]
    /// How long a browser may cache a preflight answer, in seconds.
    public var maxAge: Int

    /// Creates a policy.
    public init(allowedOrigins: [String] = [], maxAge: Int = 600) {
        self.allowedOrigins = allowedOrigins
        self.maxAge = maxAge
    }

    /// Whether `origin` is allowed.
    public func allows(_ origin: String) -> Bool {
        allowedOrigins.contains("*") || allowedOrigins.contains(origin)
    }

    /// Adds the CORS headers for a normal response to a request from `origin`.
    public func decorate(_ response: inout HTTPResponse, origin: String?) {
        response.headers.add("Vary", "Origin")
        guard let origin, allows(origin) else { return }
        response.headers.add("Access-Control-Allow-Origin", origin)
        response.headers.add("Access-Control-Expose-Headers", "ETag, Retry-After")
    }

    /// The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`).
    public func preflight(_ request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse(status: 204, headers: ["Allow": "GET, POST, OPTIONS"])
        response.headers.add("Vary", "Origin")
        guard let origin = request.headers["Origin"], allows(origin) else { return response }
        response.headers.add("Access-Control-Allow-Origin", origin)
        response.headers.add("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        response.headers.add("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept")
        response.headers.add("Access-Control-Max-Age", String(maxAge))
        return response
    }
}
