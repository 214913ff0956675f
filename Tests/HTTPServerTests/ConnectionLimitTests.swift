import Foundation
import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct ConnectionLimitTests {
    @Test func connectionsOverTheCapAreClosedWithoutHarmingOthers() async throws {
        try await withServer({ $0.maxConnections = 3 }) { server in
            let port = server.port
            try await io {
                var kept: [TestClient] = []
                for _ in 0..<3 {
                    let client = try TestClient(port: port)
                    try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    #expect(try client.readResponse().status == 200)
                    kept.append(client)
                }
                let extra = try TestClient(port: port)
                #expect(try extra.isClosedByServer())
                for client in kept {
                    try client.send("GET /again HTTP/1.1\r\nHost: x\r\n\r\n")
                    #expect(try client.readResponse().headers["X-Path"] == "/again")
                }
                #expect(server.connectionCount == 3)
                // Once one closes, a new connection is served.
                kept.removeLast()
                Thread.sleep(forTimeInterval: 0.2)
                let next = try TestClient(port: port)
                try next.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try next.readResponse().headers["X-Path"] == "/next")
            }
        }
    }
}
