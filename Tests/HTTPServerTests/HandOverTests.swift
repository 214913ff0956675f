#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import Testing
@testable import HTTPServer
import HTTPTestSupport

/// Passing a descriptor over a Unix socket, and one `HTTPServer` handing its listening socket to
/// another: the new one accepts, the old one finishes what it has and stops.
@Suite(.serialized) struct HandOverTests {
    static func socketPath() -> String { "/tmp/concord-handover-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock" }

    /// Answers `name`; `/slow` after 300 ms.
    static func handler(_ name: String) -> HTTPHandler {
        .staged { request in
            guard request.path == "/slow" else { return .response(HTTPResponse(text: name)) }
            return .later {
                try? await Task.sleep(for: .milliseconds(300))
                return HTTPResponse(text: name)
            }
        }
    }

    @Test func aDescriptorAndALineCrossAUnixSocket() async throws {
        let path = Self.socketPath()
        let listener = try UnixListener(path: path)
        defer { listener.stop() }
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o600, "the control socket is its owner's only")
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let readEnd = ends[0], writeEnd = ends[1]
        // The sending side starts on a thread of its own at once: as a task it could wait for a
        // thread of the cooperative pool longer than the receiving side waits for it.
        let sent = DispatchSemaphore(value: 0)
        let senderSaw = Mutex<[String]>([])
        Thread {
            defer { sent.signal() }
            do {
                guard let peer = listener.accept(timeout: 5) else { return senderSaw.withLock { $0.append("no peer") } }
                let first = try peer.readLine() ?? "nil"
                try peer.send(descriptor: writeEnd, line: "listener 42")
                let second = try peer.readLine() ?? "nil"
                senderSaw.withLock { $0 += [first, second] }
            } catch {
                senderSaw.withLock { $0.append("\(error)") }
            }
        }.start()
        let (received, line) = try await io { () throws -> (Int32, String) in
            let client = try UnixSocket(connectingTo: path, timeout: 5)
            try client.send(line: "listener?")
            let answer = try client.receiveDescriptor()
            try client.send(line: "taken")
            return answer
        }
        try await io { sent.wait() }
        #expect(senderSaw.withLock { $0 } == ["listener?", "taken"])
        #expect(line == "listener 42")
        #expect(received != writeEnd && fcntl(received, F_GETFD) & FD_CLOEXEC != 0)
        close(writeEnd)
        let byte: [UInt8] = [7]
        #expect(write(received, byte, 1) == 1, "the received descriptor is the pipe's write end")
        close(received)
        var read: [UInt8] = [0, 0]
        #expect(Glibc.read(readEnd, &read, 2) == 1 && read[0] == 7)
    }

    @Test func aMissingOrSilentPeerIsAClearError() async throws {
        let path = Self.socketPath()
        #expect(throws: HTTPServerError.self) { try UnixSocket(connectingTo: path, timeout: 1) }
        let listener = try UnixListener(path: path)
        defer { listener.stop() }
        let silent = try UnixSocket(connectingTo: path, timeout: 0.3)
        do {
            _ = try silent.receiveDescriptor()
            Issue.record("a peer that never answered gave a descriptor")
        } catch {
            #expect(error.description == "no answer in time")
        }
        listener.stop()
        #expect(!FileManager.default.fileExists(atPath: path), "stop removes its own socket file")
    }

    @Test func aSecondServerTakesTheListenerOverAndTheFirstDrains() async throws {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 2
        let old = HTTPServer(configuration: configuration, handler: Self.handler("old"))
        try old.start()
        let port = old.port
        // Connections of the old server: one answered and idle, one that goes on sending, one in flight.
        let (idle, active, busy) = try await io { () throws -> (TestClient, TestClient, TestClient) in
            let idle = try TestClient(port: port), active = try TestClient(port: port), busy = try TestClient(port: port)
            for client in [idle, active] {
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().text == "old")
            }
            try busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
            return (idle, active, busy)
        }
        configuration.listener = dup(old.listenerDescriptor)
        let new = HTTPServer(configuration: configuration, handler: Self.handler("new"))
        try new.start()
        #expect(new.port == port)
        #expect(old.handOver(idleGrace: 0.5, timeout: 5))
        try await io {
            try active.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            let last = try active.readResponse()
            #expect(last.text == "old" && last.headers["Connection"] == "close", "a kept-alive connection is told to close")
            #expect(try active.isClosedByServer())
            let finished = try busy.readResponse()
            #expect(finished.text == "old" && finished.headers["Connection"] == "close", "the request in flight finishes")
            #expect(try idle.isClosedByServer(), "the idle connection is closed after the grace")
            for _ in 0..<10 {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().text == "new")
            }
        }
        await old.stopped()
        #expect(old.connectionCount == 0)
        try await io {
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().text == "new", "the listener outlives the old server")
        }
        #expect(!old.handOver(), "a server hands over once")
        new.shutdown()
        await new.stopped()
    }
}
