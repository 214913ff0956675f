import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct BodyFramingTests {
    @Test func contentLengthBodyArrivingInPieces() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST /p HTTP/1.1\r\nHost: x\r\nContent-")
                try client.send("Length: 11\r\n\r\nhello")
                try client.send(" world")
                #expect(try client.readResponse().text == "hello world")
            }
        }
    }

    @Test func chunkedBodyWithExtensionsAndTrailers() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Checksum: abc\r\n\r\n"
                    + "GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().text == "hello 0123456789")
                #expect(try client.readResponse().headers["X-Path"] == "/after")
            }
        }
    }

    @Test func chunkedBodySplitByteByByte() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                for byte in "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n".utf8 { try client.send([byte]) }
                #expect(try client.readResponse().text == "abcde")
            }
        }
    }

    @Test func expectContinueGetsAnInterimResponse() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
                #expect(try client.readResponse().status == 100)
                try client.send("data")
                #expect(try client.readResponse().text == "data")
            }
        }
    }

    @Test func bodyAtTheLimitIsAcceptedAndOneMoreByteIsNot() async throws {
        try await withServer({ $0.maxBodyBytes = 1 << 20 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                let body = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
                try client.send(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.body.count == 1 << 20)

                let over = try TestClient(port: port)
                try over.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \((1 << 20) + 1)\r\n\r\n")
                let refused = try over.readResponse()
                #expect(refused.status == 413)
                #expect(refused.headers["Connection"] == "close")
            }
        }
    }

    @Test func chunkedBodyOverTheLimitIs413() async throws {
        try await withServer({ $0.maxBodyBytes = 10 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 413)
                #expect(try client.isClosedByServer())
            }
        }
    }
}
