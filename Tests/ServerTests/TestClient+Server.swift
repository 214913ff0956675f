import GraphQLCore
import HTTPServer
import HTTPTestSupport

extension TestClient {
    /// Sends one request and reads its response (with `Host: test` unless `headers` has a Host).
    func request(_ method: String, _ target: String, headers: [(String, String)] = [], body: String? = nil) throws -> TestResponse {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.contains(where: { $0.0.lowercased() == "host" }) { text += "Host: test\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if let body { text += "Content-Length: \(body.utf8.count)\r\n" }
        text += "\r\n" + (body ?? "")
        try send(text)
        return try readResponse(headRequest: method == "HEAD")
    }
}

extension TestResponse {
    /// The body parsed as JSON.
    var json: JSON? { try? JSONParser.parse(bytes: body) }
    /// The media type of Content-Type, without parameters.
    var mediaType: String? { headers["Content-Type"]?.split(separator: ";").first.map(String.init) }
}
