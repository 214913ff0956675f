import Foundation
import HTTPTestSupport

/// One client of a steady load: POSTs a GraphQL read again and again, on one kept-alive
/// connection (reconnecting when told `Connection: close`) or on a new connection each time.
///
/// A kept-alive connection that has answered before and then ends before any byte of the next
/// response (the server closed it as idle while the request was on its way) is retried once on a
/// new connection, as HTTP clients do with an idempotent request: that counts as `retried`, not as
/// an error. Anything else that goes wrong with a connection is a connection error.
final class LoadClient {
    /// What one request came to.
    enum Outcome: Equatable {
        case answered(toldToClose: Bool)
        case retriedThenAnswered(toldToClose: Bool)
        case failed(String)
        case connectionError(String)
    }

    let port: Int
    let keepAlive: Bool
    let request: String
    private var connection: TestClient?

    init(port: Int, keepAlive: Bool, token: String, body: String) {
        self.port = port
        self.keepAlive = keepAlive
        request = "POST /graphql HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer \(token)\r\n"
            + "Accept: application/graphql-response+json\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\n" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n" + body
    }

    /// Sends one request and reads its answer.
    func next() -> Outcome {
        let reused = connection != nil
        switch attempt() {
        case .success(let response):
            return judge(response, retried: false)
        case .failure(let error) where reused && Self.isRetryable(error):
            switch attempt() {
            case .success(let response): return judge(response, retried: true)
            case .failure(let error): return .connectionError("on retry: \(error)")
            }
        case .failure(let error):
            return .connectionError("\(error)")
        }
    }

    /// Nothing of the response arrived, and the request may be sent again.
    private static func isRetryable(_ error: Error) -> Bool {
        let text = "\(error)"
        return text == "connection closed before a response" || text.hasPrefix("send failed")
    }

    private func attempt() -> Result<TestResponse, Error> {
        do {
            let client = try connection ?? TestClient(port: port, timeout: 15)
            connection = nil
            try client.send(request)
            let response = try client.readResponse()
            if keepAlive && response.headers["Connection"]?.lowercased() != "close" { connection = client }
            return .success(response)
        } catch {
            connection = nil
            return .failure(error)
        }
    }

    private func judge(_ response: TestResponse, retried: Bool) -> Outcome {
        guard response.status == 200, !response.text.contains("\"errors\""), response.text.contains("\"products\"") else {
            return .failed("\(response.status) \(response.text.prefix(160))")
        }
        let close = keepAlive && response.headers["Connection"]?.lowercased() == "close"
        return retried ? .retriedThenAnswered(toldToClose: close) : .answered(toldToClose: close)
    }
}
