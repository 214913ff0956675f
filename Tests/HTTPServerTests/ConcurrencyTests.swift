import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct ConcurrencyTests {
    @Test func manyClientsAtOnce() async throws {
        let handler = HTTPHandler.async { request in
            try? await Task.sleep(for: .milliseconds(5))
            return HTTPResponse(status: 200, body: request.body)
        }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await withThrowingTaskGroup(of: Int.self) { group in
                for clientIndex in 0..<50 {
                    group.addTask {
                        try await io {
                            let client = try TestClient(port: port)
                            var answered = 0
                            for requestIndex in 0..<10 {
                                let body = "client \(clientIndex) request \(requestIndex)"
                                try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
                                if try client.readResponse().text == body { answered += 1 }
                            }
                            return answered
                        }
                    }
                }
                var total = 0
                for try await answered in group { total += answered }
                #expect(total == 500)
            }
        }
    }
}
