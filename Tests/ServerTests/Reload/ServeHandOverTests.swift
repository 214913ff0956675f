#if canImport(Glibc)
import Glibc
#endif
import ConcordServer
import Foundation
import HTTPTestSupport
import Testing

/// `concord serve --pid-file F` and `--take-over F` when things go wrong: no server to take over,
/// a second server on the same pid file, a new process that fails after it got the listener.
@Suite(.serialized) struct ServeHandOverTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-takeover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func takingOverFromNoServerExitsNonZeroAndSaysWhy() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("none.pid").path
        let db = folder.appendingPathComponent("c.db").path
        let (status, output) = try await io { try ConcordProcess.outcome(["serve", "--port", "0", "--db", db, "--take-over", pidFile], in: folder) }
        #expect(status == 1)
        #expect(output.contains("cannot take over from \(pidFile).sock: cannot connect to \(pidFile).sock: no such socket"), "\(output)")
        #expect(output.contains("is a concord serve running with --pid-file \(pidFile)?"))
    }

    @Test func aFailedTakeOverLeavesTheOldServerServingAndASecondServerIsRefused() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("concord.json"), db = folder.appendingPathComponent("concord.db").path
        let pidFile = folder.appendingPathComponent("concord.pid").path
        try HangUpReloadTests.config(["shop"]).write(to: file, atomically: true, encoding: .utf8)
        _ = try await io { try ConcordProcess.run(["seed", "--db", db], in: folder) }
        let server = try await io { try ConcordProcess(config: file, in: folder, name: "serve", extra: ["--db", db, "--pid-file", pidFile]) }
        let port = server.port, pid = server.pid
        #expect(PIDFile.read(pidFile) == pid)
        var status = stat()
        #expect(stat(pidFile + ".sock", &status) == 0 && status.st_mode & 0o777 == 0o600)

        let second = try await io { try ConcordProcess.outcome(["serve", "--port", "0", "--config", file.path, "--db", db, "--pid-file", pidFile], in: folder) }
        #expect(second.status == 1)
        #expect(second.output.contains("process \(pid) serves with --pid-file \(pidFile); replace it with --take-over \(pidFile)"),
                "\(second.output)")

        // The new process gets the listener, then cannot open its database: it exits, the old one serves on.
        let missing = folder.path + "/missing/c.db"
        let failing = try await io { try ConcordProcess.outcome(["serve", "--config", file.path, "--db", missing,
                                                  "--take-over", pidFile], in: folder) }
        #expect(failing.status == 1, "\(failing.output)")
        #expect(try await io { try HangUpReloadTests.eventually { server.log.contains("abandoned by it; still serving") } }, "\(server.log)")
        #expect(try await io { try HangUpReloadTests.status(port, "shop-secret-0123456789") } == 200)
        #expect(PIDFile.read(pidFile) == pid)

        server.stop()
        #expect(!FileManager.default.fileExists(atPath: pidFile), "a server that stops removes its pid file")
        #expect(!FileManager.default.fileExists(atPath: pidFile + ".sock"), "and its control socket")
    }
}
