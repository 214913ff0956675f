import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct KeepAliveTests {
    @Test func http11KeepsTheConnectionOpenAcrossRequests() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                for i in 0..<5 {
                    try client.send("GET /item/\(i) HTTP/1.1\r\nHost: x\r\n\r\n")
                    let response = try client.readResponse()
                    #expect(response.status == 200)
                    #expect(response.headers["x-path"] == "/item/\(i)")
                    #expect(response.headers["Connection"] == nil)
                    #expect(response.headers["Content-Length"] == "0")
                }
            }
        }
    }

    @Test func connectionCloseIsHonoured() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.headers["Connection"] == "close")
                #expect(try client.isClosedByServer())
            }
        }
    }

    @Test func http10ClosesByDefaultAndKeepsAliveWhenAsked() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let plain = try TestClient(port: port)
                try plain.send("GET / HTTP/1.0\r\n\r\n")
                #expect(try plain.readResponse().headers["Connection"] == "close")
                #expect(try plain.isClosedByServer())

                let kept = try TestClient(port: port)
                for _ in 0..<2 {
                    try kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                    let response = try kept.readResponse()
                    #expect(response.status == 200)
                    #expect(response.headers["Connection"] == "keep-alive")
                }
            }
        }
    }

    @Test func headGetsHeadersWithoutBody() async throws {
        let handler = HTTPHandler.sync { _ in HTTPResponse(text: "hello") }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let head = try client.readResponse(headRequest: true)
                #expect(head.headers["Content-Length"] == "5")
                #expect(head.body.isEmpty)
                #expect(try client.readResponse().text == "hello")
            }
        }
    }

    @Test func responsesCarryDateAndContentLength() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
                let response = try client.readResponse()
                #expect(response.text == "abc")
                #expect(response.headers["Content-Length"] == "3")
                #expect(response.headers["Date"]?.hasSuffix(" GMT") == true)
            }
        }
    }
}
