#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import Testing
@testable import HTTPServer
import HTTPTestSupport

@Suite(.serialized) struct ShutdownTests {
    @Test func inFlightRequestFinishesThenServerStops() async throws {
        let started = Mutexed(false)
        let handler = HTTPHandler.async { _ in
            started.set(true)
            try? await Task.sleep(for: .milliseconds(300))
            return HTTPResponse(text: "finished")
        }
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 2
        let server = HTTPServer(configuration: configuration, handler: handler)
        try server.start()
        let port = server.port
        let idle = try TestClient(port: port)
        let busy = try TestClient(port: port)
        try busy.send("GET /work HTTP/1.1\r\nHost: x\r\n\r\n")
        // Shut down only once the request is in flight, however loaded the machine is.
        for _ in 0..<1000 where !started.get() { try await Task.sleep(for: .milliseconds(10)) }
        server.shutdown()
        let response = try await io { try busy.readResponse() }
        #expect(response.text == "finished")
        #expect(response.headers["Connection"] == "close")
        #expect(try await io { try idle.isClosedByServer() })
        await server.stopped()
        #expect(server.connectionCount == 0)
        #expect(throws: TestError.self) { try TestClient(port: port) }
    }

    @Test func sigtermStopsRun() async throws {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 1
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let returned = Mutexed(false)
        let thread = Thread {
            try? server.run()
            returned.set(true)
        }
        thread.start()
        while server.port == 0 { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(100))
        let port = server.port
        let client = try await io { try TestClient(port: port) }
        try await io {
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
        kill(getpid(), SIGTERM)
        await server.stopped()
        for _ in 0..<1000 where !returned.get() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(returned.get())
        #expect(try await io { try client.isClosedByServer() })
    }
}

/// A value shared between threads in a test.
final class Mutexed<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
    func get() -> Value { value.withLock { $0 } }
    func set(_ newValue: Value) { value.withLock { $0 = newValue } }
}
