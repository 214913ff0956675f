import Testing
@testable import HTTPServer
import HTTPTestSupport

/// A malformed request and the status it must get.
struct BadRequest: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: String
    let status: Int
    var testDescription: String { name }
}

@Suite struct RejectionTests {
    static let cases: [BadRequest] = [
        BadRequest(name: "headers over 16 KiB", bytes: "GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 17_000))\r\n\r\n", status: 431),
        BadRequest(name: "endless header line", bytes: "GET / HTTP/1.1\r\nX: \(String(repeating: "b", count: 20_000))", status: 431),
        BadRequest(name: "Content-Length and Transfer-Encoding", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
        BadRequest(name: "duplicate Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", status: 400),
        BadRequest(name: "differing Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400),
        BadRequest(name: "Content-Length list", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc", status: 400),
        BadRequest(name: "signed Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc", status: 400),
        BadRequest(name: "negative Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", status: 400),
        BadRequest(name: "empty Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n", status: 400),
        BadRequest(name: "huge Content-Length", bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", status: 413),
        BadRequest(name: "bad chunk size", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", status: 400),
        BadRequest(name: "chunk size with junk", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3x\r\nabc\r\n0\r\n\r\n", status: 400),
        BadRequest(name: "chunk size overflow", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nabc\r\n", status: 413),
        BadRequest(name: "chunk without CRLF after data", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n", status: 400),
        BadRequest(name: "unsupported transfer coding", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", status: 400),
        BadRequest(name: "bare LF in the head", bytes: "GET / HTTP/1.1\nHost: x\n\n", status: 400),
        BadRequest(name: "bare LF after a header", bytes: "GET / HTTP/1.1\r\nHost: x\n\r\n", status: 400),
        BadRequest(name: "bare LF in a chunk line", bytes: "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n", status: 400),
        BadRequest(name: "request line with two spaces", bytes: "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", status: 400),
        BadRequest(name: "request line missing version", bytes: "GET /\r\nHost: x\r\n\r\n", status: 400),
        BadRequest(name: "lowercase version", bytes: "GET / http/1.1\r\nHost: x\r\n\r\n", status: 400),
        BadRequest(name: "space before colon", bytes: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", status: 400),
        BadRequest(name: "header line without colon", bytes: "GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", status: 400),
        BadRequest(name: "obsolete line folding", bytes: "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n", status: 400),
        BadRequest(name: "control character in a value", bytes: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{01}b\r\n\r\n", status: 400),
        BadRequest(name: "HTTP/1.1 without Host", bytes: "GET / HTTP/1.1\r\n\r\n", status: 400),
        BadRequest(name: "two Host headers", bytes: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),
        BadRequest(name: "HTTP/2.0 request line", bytes: "GET / HTTP/2.0\r\nHost: x\r\n\r\n", status: 505),
        BadRequest(name: "HTTP/1.2 request line", bytes: "GET / HTTP/1.2\r\nHost: x\r\n\r\n", status: 505),
        BadRequest(name: "unknown method", bytes: "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", status: 501),
        BadRequest(name: "unsupported expectation", bytes: "POST / HTTP/1.1\r\nHost: x\r\nExpect: tea\r\nContent-Length: 1\r\n\r\na", status: 417),
    ]

    @Test(arguments: cases)
    func malformedRequestIsRejectedAndClosed(_ bad: BadRequest) async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let bystander = try TestClient(port: port)
                try bystander.send("GET /before HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try bystander.readResponse().status == 200)

                let client = try TestClient(port: port)
                try client.send(bad.bytes)
                let response = try client.readResponse()
                #expect(response.status == bad.status)
                #expect(response.headers["Connection"] == "close")
                #expect(try client.isClosedByServer())

                try bystander.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try bystander.readResponse().headers["X-Path"] == "/after")
            }
        }
    }

    @Test func rejectionAfterGoodPipelinedRequestsAnswersThoseFirst() async throws {
        try await withServer { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/9.9\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
                #expect(try client.readResponse().status == 505)
                #expect(try client.isClosedByServer())
            }
        }
    }
}
