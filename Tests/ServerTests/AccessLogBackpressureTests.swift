import ConcordServer
import Dispatch
import Foundation
import HTTPServer
import Testing
import HTTPTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// An access log whose reader stops reading (a full pipe on standard output) must not stall
/// whoever logs: lines that cannot be taken are dropped and counted.
@Suite struct AccessLogBackpressureTests {
    /// A pipe; `reader` is closed by the test to make a blocked write fail instead of hanging.
    final class Pipe: Sendable {
        let reader: Int32
        let writer: Int32
        init() throws {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw TestError("pipe failed") }
            reader = fds[0]
            writer = fds[1]
        }
        /// What the pipe holds now, without waiting.
        func drain() -> [UInt8] {
            _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
                guard n > 0 else { return out }
                out.append(contentsOf: chunk[0..<n])
            }
        }
    }

    @Test func loggingIntoAPipeNobodyReadsReturnsPromptlyAndCountsDrops() throws {
        signal(SIGPIPE, SIG_IGN)
        let pipe = try Pipe()
        let line = String(repeating: "x", count: 199)
        do {
            let writer = BufferedLineWriter(fd: pipe.writer, interval: 0.05)
            let done = DispatchSemaphore(value: 0)
            // 10 MB of lines against a 64 KiB pipe.
            Thread { for _ in 0..<50_000 { writer.write(line) }; done.signal() }.start()
            let finished = done.wait(timeout: .now() + 20) == .success
            #expect(finished, "logging blocked on a full pipe")
            #expect(writer.droppedLines > 40_000, "\(writer.droppedLines) lines dropped")
            // Lines are dropped whole: the pipe holds whole lines, the last perhaps still arriving.
            // The flusher fills the pipe on its own thread, which a loaded machine may run late:
            // read what arrives until it holds a hundred lines (it holds ~330 when full).
            var bytes: [UInt8] = []
            let deadline = Date().addingTimeInterval(15)
            repeat {
                bytes += pipe.drain()
                if bytes.lazy.filter({ $0 == UInt8(ascii: "\n") }).count > 100 { break }
                usleep(10_000)
            } while Date() < deadline
            let written = String(decoding: bytes, as: UTF8.self)
            let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 100)
            #expect(lines.dropLast().allSatisfy { $0 == line })
            #expect(line.hasPrefix(lines.last ?? ""))
            close(pipe.reader)  // a write still blocked now fails at once
            if !finished { _ = done.wait(timeout: .now() + 20) }
            writer.flush()
        }
        close(pipe.writer)
    }

    @Test func servingGoesOnWhileTheAccessLogPipeIsFull() async throws {
        signal(SIGPIPE, SIG_IGN)
        let pipe = try Pipe()
        let writer = BufferedLineWriter(fd: pipe.writer, interval: 0.05)
        let app = ConcordApp(engine: TestEngine(), accessLog: AccessLog(writer: writer))
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 1
        let server = HTTPServer(configuration: configuration, handler: app.handler)
        try server.start()
        let port = server.port
        do {
            try await io {
                let client = try TestClient(port: port, timeout: 10)
                // 20,000 requests, about 3 MB of access log lines.
                let batch = String(repeating: "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", count: 100)
                for _ in 0..<200 {
                    try client.send(batch)
                    for _ in 0..<100 { #expect(try client.readResponse().status == 200) }
                }
            }
            let metrics = try await io { () -> String in
                try TestClient(port: port, timeout: 10).request("GET", "/metrics").text
            }
            let dropped = metrics.split(separator: "\n").first { $0.hasPrefix("concord_access_log_dropped_total ") }
            let count = dropped.flatMap { Int($0.split(separator: " ")[1]) } ?? 0
            #expect(count > 1000, "\(dropped ?? "no concord_access_log_dropped_total")")
            #expect(count == writer.droppedLines || count + 1 == writer.droppedLines)
        } catch {
            Issue.record("serving stalled: \(error)")
        }
        close(pipe.reader)  // a write still blocked now fails at once
        server.shutdown()
        await server.stopped()
        writer.flush()
        close(pipe.writer)
    }
}
