#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPTestSupport
import Synchronization
import Testing

/// 50 reloads of a real `concord serve` under a steady load of GraphQL requests, on kept-alive and
/// on new connections: no request fails, and the server's resident memory comes back to within 10%
/// of what it was before the first reload.
@Suite(.serialized) struct ReloadUnderLoadTests {
    static let body = #"{"query":"{ products(first: 5) { nodes { title handle } } }"}"#

    /// VmRSS of `pid`, in kB.
    static func residentKB(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    @Test func fiftyReloadsUnderLoadFailNoRequest() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-reload-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("concord.json")
        let db = folder.appendingPathComponent("concord.db").path
        try HangUpReloadTests.config(["shop"]).write(to: file, atomically: true, encoding: .utf8)
        _ = try await io { try ConcordProcess.run(["seed", "--db", db], in: folder) }
        let server = try await io { try ConcordProcess(config: file, in: folder, name: "serve", extra: ["--db", db]) }
        defer { server.stop() }
        let port = server.port, pid = server.pid
        let token = "shop-secret-0123456789"
        let stop = StopSignal()
        let counts = Locked((ok: 0, failed: 0, errors: [String]()))
        // Warm up, then measure memory before the first reload.
        try await io { for _ in 0..<200 { _ = try HangUpReloadTests.status(port, token) } }
        let before = try #require(Self.residentKB(pid))
        let clients = (0..<4).map { index in
            Task.detached {
                try? await io {
                    var client = index % 2 == 0 ? try TestClient(port: port) : nil
                    while !stop.isSet {
                        do {
                            let connection = try client ?? TestClient(port: port)
                            let response = try connection.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody],
                                                                  body: Self.body)
                            let good = response.status == 200 && !response.text.contains("\"errors\"")
                            counts.withLock { c in
                                if good { c.ok += 1 } else { c.failed += 1; c.errors.append("\(response.status) \(response.text.prefix(120))") }
                            }
                        } catch {
                            counts.withLock { $0.failed += 1; $0.errors.append("\(error)") }
                            if client != nil { client = try? TestClient(port: port) }
                        }
                    }
                }
            }
        }
        try await io {
            for round in 1...50 {
                // Alternate between two token sets that both keep the load's token.
                let tokens = round % 2 == 0 ? ["shop"] : ["shop", "partner-\(round)"]
                try HangUpReloadTests.config(tokens).write(to: file, atomically: true, encoding: .utf8)
                server.send(SIGHUP)
                usleep(20_000)  // requests keep arriving between reloads as well as during them
                let expected = "reloads_total{result=\"ok\"} \(round)"
                _ = try HangUpReloadTests.eventually { try TestClient(port: port).request("GET", "/metrics").text.contains(expected) }
            }
        }
        stop.set()
        for client in clients { await client.value }
        let metrics = try await io { try TestClient(port: port).request("GET", "/metrics").text }
        #expect(metrics.contains(#"concord_config_reloads_total{result="ok"} 50"#))
        // Let the replaced deployments go, then compare memory.
        try await io { for _ in 0..<200 { _ = try HangUpReloadTests.status(port, token) } }
        let after = try #require(Self.residentKB(pid))
        let (ok, failed, errors) = counts.withLock { ($0.ok, $0.failed, $0.errors) }
        print("50 reloads under load: \(ok) requests answered, \(failed) failed; RSS \(before) kB before, \(after) kB after")
        #expect(failed == 0, "\(errors.prefix(5))")
        #expect(ok > 25, "the load hardly ran beside the reloads")
        #expect(Double(after) <= Double(before) * 1.10, "resident memory \(before) kB → \(after) kB")
    }
}
