import Foundation
import Synchronization
import Testing
@testable import HTTPServer
import HTTPTestSupport

/// A connection's unsent output is bounded: a client that pipelines and never reads stops being
/// answered until it reads, and one that reads slowly still gets every answer, in order.
@Suite(.serialized) struct OutputBoundTests {
    /// A body of about 100 KB, the size of the explorer page, made anew for every answer.
    static func largeBody(_ path: String) -> [UInt8] {
        Array(path.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
    }

    @Test func clientsThatPipelineAndNeverReadDoNotGrowMemory() async throws {
        let calls = Atomic<Int>(0)
        let handler = HTTPHandler.sync { request in
            calls.add(1, ordering: .relaxed)
            return HTTPResponse(status: 200, body: Self.largeBody(request.path))
        }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                // 4 × 600 answers of 100 KB: the server would hold about 240 MB if it answered them all.
                let batch = String(repeating: "GET / HTTP/1.1\r\nHost: x\r\n\r\n", count: 600)
                var stalled: [TestClient] = []
                for _ in 0..<4 {
                    let client = try TestClient(port: port)
                    try client.send(batch)
                    stalled.append(client)
                }
                // Wait until the server stops answering (or has answered everything).
                var last = -1
                let start = Date()
                while Date().timeIntervalSince(start) < 20 {
                    Thread.sleep(forTimeInterval: 0.5)
                    let now = calls.load(ordering: .relaxed)
                    if now == last || now >= 2400 { break }
                    last = now
                }
                // What the kernel's socket buffers take, plus the bound: far from all 2,400 (each
                // answer made is 100 KB held until sent, so this bounds the server's memory; the
                // process's resident memory is shared with the suites running beside this one, so
                // Benchmarks/Scripts/pipeline-flood.py measures it on a server of its own).
                let answered = calls.load(ordering: .relaxed)
                #expect(answered < 1200, "\(answered) answers made for clients that do not read")
                // Another client is served meanwhile.
                let other = try TestClient(port: port)
                let asked = Date()
                try other.send("GET /other HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try other.readResponse()
                #expect(response.status == 200)
                #expect(response.body.starts(with: Array("/other".utf8)))
                #expect(Date().timeIntervalSince(asked) < 10)
                _ = stalled
            }
        }
    }

    @Test(arguments: [1, 64 * 1024, 1 << 20])
    func aSlowReaderGetsEveryPipelinedAnswerInOrder(bound: Int) async throws {
        let handler = HTTPHandler.sync { request in HTTPResponse(status: 200, body: Self.largeBody(request.path)) }
        try await withServer({ $0.maxPendingOutputBytes = bound }, handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                var batch = ""
                for i in 0..<60 { batch += "GET /\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
                // The last one is cut in two: its end arrives after the others are answered.
                batch += "GET /last HTTP/1.1\r\nHo"
                try client.send(batch)
                for i in 0..<60 {
                    if i % 10 == 0 { Thread.sleep(forTimeInterval: 0.02) }
                    let response = try client.readResponse()
                    #expect(response.status == 200)
                    #expect(response.body == Self.largeBody("/\(i)"))
                }
                try client.send("st: x\r\nConnection: close\r\n\r\n")
                #expect(try client.readResponse().body == Self.largeBody("/last"))
                #expect(try client.isClosedByServer())
            }
        }
    }

    @Test func manySmallPipelinedAnswersWithATinyBoundNeedNoRecursion() async throws {
        try await withServer({ $0.maxPendingOutputBytes = 1 }) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                var batch = ""
                for i in 0..<5000 { batch += "GET /\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
                try client.send(batch)
                for i in 0..<5000 {
                    #expect(try client.readResponse().headers["X-Path"] == "/\(i)")
                }
            }
        }
    }

    @Test func asynchronousAnswersResumeAfterTheOutputDrains() async throws {
        let handler = HTTPHandler.async { request in HTTPResponse(status: 200, body: Self.largeBody(request.path)) }
        try await withServer({ $0.maxPendingOutputBytes = 1 }, handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                var batch = ""
                for i in 0..<40 { batch += "GET /\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
                try client.send(batch)
                client.shutdownWrite()
                for i in 0..<40 {
                    #expect(try client.readResponse().body == Self.largeBody("/\(i)"))
                }
                #expect(try client.isClosedByServer())
            }
        }
    }

    @Test func aPeerThatHalfClosesGetsEveryAnswerBeforeTheClose() async throws {
        let handler = HTTPHandler.sync { request in HTTPResponse(status: 200, body: Self.largeBody(request.path)) }
        try await withServer(handler: handler) { server in
            let port = server.port
            try await io {
                let client = try TestClient(port: port)
                var batch = ""
                for i in 0..<100 { batch += "GET /\(i) HTTP/1.1\r\nHost: x\r\n\r\n" }
                try client.send(batch)
                client.shutdownWrite()
                Thread.sleep(forTimeInterval: 0.2)
                for i in 0..<100 {
                    #expect(try client.readResponse().body == Self.largeBody("/\(i)"))
                }
                #expect(try client.isClosedByServer())
            }
        }
    }
}
