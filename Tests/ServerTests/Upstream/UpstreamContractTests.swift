import Foundation
import HTTPTestSupport
import Testing
@testable import Commerce
@testable import CommerceHTTP
@testable import ConcordServer

/// `upstream serve`'s side of the contract: wrong calls are 4xx in the contract's error form, never
/// 500; the configuration of an `http` block is checked before anything opens.
@Suite("The upstream contract")
struct UpstreamContractTests {
    @Test("a body off the contract is 400, an unknown path 404, a GET 405, over 1000 keys 400")
    func refusals() async throws {
        let fixture = try UpstreamFixture()
        let port = fixture.server.port
        let answers = try await io { () -> [Int] in
            let client = try TestClient(port: port)
            return try [client.request("POST", "/v1/catalog/products/by-ids", body: "{\"handles\":[1]}"),
                        client.request("POST", "/v1/catalog/nothing", body: "{}"),
                        client.request("GET", "/v1/catalog/products/by-ids"),
                        client.request("POST", "/v1/catalog/products/by-ids", body: "{\"ids\":[\((0...1000).map(String.init).joined(separator: ","))]}"),
                        client.request("POST", "/v1/catalog/products/search", body: "{\"filter\":{\"terms\":[],\"tags\":[],\"vendors\":[],\"productTypes\":[]},\"sortKey\":\"NOPE\",\"reverse\":false,\"window\":{\"limit\":1,\"fromEnd\":false}}"),
                        client.request("POST", "/v1/content/pages/count", body: "{\"includeDrafts\":true}")]
                .map { response in
                    #expect(response.mediaType == "application/json")
                    return response.status
                }
        }
        #expect(answers == [400, 404, 405, 400, 400, 200])
    }

    @Test("an http block needs a url of the form http://HOST:PORT, checked before any store opens")
    func configuration() throws {
        #expect(throws: (any Error).self) { try ConfigurationFile.parse(Array(#"{"catalog": {"backend": "http"}}"#.utf8)) }
        #expect(throws: (any Error).self) { try ConfigurationFile.parse(Array(#"{"catalog": {"backend": "http", "url": "x", "timeoutMs": 0}}"#.utf8)) }
        #expect(throws: (any Error).self) { try ConfigurationFile.parse(Array(#"{"carts": {"backend": "http", "url": "http://127.0.0.1:1"}}"#.utf8)) }
        let file = try ConfigurationFile.parse(Array(#"{"upstreamDeadlineMs": 750, "catalog": {"backend": "http", "url": "ftp://x"}}"#.utf8))
        #expect(file.app.upstreamDeadline == 0.75)
        #expect(throws: (any Error).self) { try BackendRegistry.standard.preflight(file.backends(databasePath: "/nonexistent/x.db")) }
    }
}
