import Foundation
import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite struct TimeoutTests {
    @Test func slowlorisClientIsCutOff() async throws {
        try await withServer({ $0.requestReadTimeout = 0.5 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                let start = Date()
                // One header byte every 100 ms: the connection stays busy but never finishes.
                var cutOff = false
                for byte in "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8 {
                    do { try client.send([byte]) } catch { cutOff = true; break }
                    Thread.sleep(forTimeInterval: 0.1)
                    if Date().timeIntervalSince(start) > 1.5 { break }
                }
                if !cutOff {
                    let response = try client.readResponse()
                    #expect(response.status == 408)
                    #expect(try client.isClosedByServer())
                }
                // Cut off after about 0.5 s; the bound is loose because CI machines are loaded.
                #expect(Date().timeIntervalSince(start) < 10)
            }
        }
    }

    @Test func idleKeepAliveConnectionIsClosed() async throws {
        try await withServer({ $0.idleTimeout = 0.3 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
                let start = Date()
                #expect(try client.isClosedByServer())
                let waited = Date().timeIntervalSince(start)
                #expect(waited >= 0.25 && waited < 10, "closed after \(waited) s")
            }
        }
    }

    @Test func connectionThatSendsNothingIsClosed() async throws {
        try await withServer({ $0.requestReadTimeout = 0.3 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                #expect(try client.isClosedByServer())
            }
        }
    }
}

@Suite struct WriteTimeoutTests {
    @Test func clientThatDoesNotReadIsDropped() async throws {
        let big = [UInt8](repeating: 0x61, count: 32 << 20)
        let handler = HTTPHandler.sync { _ in HTTPResponse(body: big) }
        try await withServer({ $0.writeTimeout = 0.5 }, handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                Thread.sleep(forTimeInterval: 0.2)
                #expect(server.connectionCount == 1)
                // Dropped about 0.5 s after the writes stall; wait up to 10 s on a loaded machine.
                let start = Date()
                while server.connectionCount > 0 && Date().timeIntervalSince(start) < 10 {
                    Thread.sleep(forTimeInterval: 0.05)
                }
                #expect(server.connectionCount == 0)
            }
        }
    }
}

@Suite struct HeaderLimitTests {
    @Test func headAtExactlyTheLimitIsAccepted() async throws {
        try await withServer({ $0.maxHeaderBytes = 1024 }) { server in
            let port = server.port
            try await io {
                let start = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: "
                let fill = 1024 - start.utf8.count - 4
                let client = try TestClient(port: port)
                try client.send(start + String(repeating: "p", count: fill) + "\r\n\r\n")
                #expect(try client.readResponse().status == 200)
                let over = try TestClient(port: port)
                try over.send(start + String(repeating: "p", count: fill + 1) + "\r\n\r\n")
                #expect(try over.readResponse().status == 431)
            }
        }
    }
}
