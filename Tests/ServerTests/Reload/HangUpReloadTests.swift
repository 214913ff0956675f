#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPTestSupport
import Testing

/// `concord serve --config F` and SIGHUP, as an operator uses them: `concord reload --pid N` after
/// editing the file; a broken file is refused with one log line and the server keeps serving.
@Suite(.serialized) struct HangUpReloadTests {
    static func config(_ tokens: [String]) -> String {
        let entries = tokens.map { #"{"name": "\#($0)", "kind": "storefront", "token": "\#($0)-secret-0123456789"}"# }
        return #"{"tokens": [\#(entries.joined(separator: ", "))], "http": {"eventLoops": 1}}"#
    }

    static func status(_ port: Int, _ token: String) throws -> Int {
        try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody],
                                           body: #"{"query":"{ products(first: 1) { nodes { title } } }"}"#).status
    }

    /// Polls `condition` every 20 ms for at most 10 s (the reload runs on the server's own queue).
    static func eventually(_ condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func sigHupRereadsTheFileAndABrokenFileChangesNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-hup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("concord.json")
        try Self.config(["shop"]).write(to: file, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("concord.db").path
        _ = try await io { try ConcordProcess.run(["seed", "--db", db], in: folder) }
        let server = try await io { try ConcordProcess(config: file, in: folder, name: "serve", extra: ["--db", db]) }
        defer { server.stop() }
        let port = server.port, pid = server.pid
        try await io {
            #expect(try Self.status(port, "shop-secret-0123456789") == 200)
            #expect(try Self.status(port, "kiosk-secret-0123456789") == 401)
            try Self.config(["kiosk"]).write(to: file, atomically: true, encoding: .utf8)
            let sent = try ConcordProcess.run(["reload", "--pid", String(pid)], in: folder)
            #expect(sent.contains("sent SIGHUP to \(pid)"))
            #expect(try Self.eventually { try Self.status(port, "kiosk-secret-0123456789") == 200 }, "the added token works after the reload")
            #expect(try Self.status(port, "shop-secret-0123456789") == 401, "the revoked token is refused")
            #expect(server.log.contains("concord serve: reloaded: 1 token (added kiosk; revoked shop), backends kept"), "\(server.log)")

            try #"{"tokens": [{"name": "broken"}]}"#.write(to: file, atomically: true, encoding: .utf8)
            server.send(SIGHUP)
            #expect(try Self.eventually { server.log.contains("reload refused, still serving the previous configuration") }, "\(server.log)")
            #expect(try Self.status(port, "kiosk-secret-0123456789") == 200, "still the previous configuration")
            let metrics = try TestClient(port: port).request("GET", "/metrics").text
            #expect(metrics.contains(#"concord_config_reloads_total{result="ok"} 1"#))
            #expect(metrics.contains(#"concord_config_reloads_total{result="error"} 1"#))
        }
    }
}
