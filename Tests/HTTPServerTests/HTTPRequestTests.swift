import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct HTTPRequestTests {
    @Test func pathAndQueryItemsAreSplitAndDecoded() {
        let request = HTTPRequest(method: "GET", target: "/graphql?query=%7B+a+%7D&operationName=&x&v=%ZZ&e=caf%C3%A9")
        #expect(request.path == "/graphql")
        #expect(request.query == "query=%7B+a+%7D&operationName=&x&v=%ZZ&e=caf%C3%A9")
        let items = request.queryItems
        #expect(items.map(\.name) == ["query", "operationName", "x", "v", "e"])
        #expect(items.map(\.value) == ["{ a }", "", "", "%ZZ", "café"])
        #expect(request.queryItem("query") == "{ a }")
        #expect(request.queryItem("missing") == nil)
        #expect(HTTPRequest(method: "GET", target: "/plain").query == nil)
    }

    @Test func headerLookupIgnoresCase() {
        var headers: HTTPHeaders = ["Content-Type": "text/plain", "X-Multi": "1"]
        headers.add("x-multi", "2")
        #expect(headers["content-type"] == "text/plain")
        #expect(headers["CONTENT-TYPE"] == "text/plain")
        #expect(headers.values(for: "X-MULTI") == ["1", "2"])
        headers.set("X-Multi", "3")
        #expect(headers.values(for: "x-multi") == ["3"])
        headers.remove("CONTENT-type")
        #expect(headers["Content-Type"] == nil)
        #expect(!HTTPHeaders.equalsIgnoringCase("a[", "A{"))
    }

    @Test func remoteAddressIsThePeer() async throws {
        let handler = HTTPHandler.sync { request in HTTPResponse(text: request.remoteAddress) }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().text.hasPrefix("127.0.0.1:"))
            }
        }
    }

    @Test func responseHeadersCannotInjectLines() async throws {
        let handler = HTTPHandler.sync { _ in HTTPResponse(headers: ["X-Evil": "a\r\nSet-Cookie: x=1"], text: "ok") }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.headers["Set-Cookie"] == nil)
                #expect(response.headers["X-Evil"] == "a  Set-Cookie: x=1")
            }
        }
    }
}
