import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct PipeliningTests {
    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                var batch = ""
                for i in 0..<20 { batch += "GET /\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
                try client.send(batch)
                for i in 0..<20 {
                    #expect(try client.readResponse().headers["X-Path"] == "/\(i)")
                }
            }
        }
    }

    @Test func asynchronousAnswersKeepRequestOrder() async throws {
        // The first request takes longest; its answer must still come first.
        let handler = HTTPHandler.async { request in
            let delay = request.path == "/slow" ? 200 : 1
            try? await Task.sleep(for: .milliseconds(delay))
            return HTTPResponse(text: request.path)
        }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /third HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
                #expect(try client.readResponse().text == "/slow")
                #expect(try client.readResponse().text == "/fast")
                #expect(try client.readResponse().text == "/third")
            }
        }
    }

    @Test func pipelineEndingInConnectionCloseStopsThere() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().headers["X-Path"] == "/a")
                let last = try client.readResponse()
                #expect(last.headers["X-Path"] == "/b")
                #expect(last.headers["Connection"] == "close")
                #expect(try client.isClosedByServer())
            }
        }
    }

    @Test func stagedHandlerAnswersSynchronouslyOrFromATask() async throws {
        let handler = HTTPHandler.staged { request in
            if request.path == "/now" { return .response(HTTPResponse(text: "now")) }
            return .later {
                try? await Task.sleep(for: .milliseconds(20))
                return HTTPResponse(text: "later")
            }
        }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET /later HTTP/1.1\r\nHost: x\r\n\r\nGET /now HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().text == "later")
                #expect(try client.readResponse().text == "now")
            }
        }
    }
}
