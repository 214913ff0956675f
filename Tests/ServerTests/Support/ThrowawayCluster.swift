#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPTestSupport

/// A PostgreSQL cluster of one test's own, made, stopped, started again and removed with
/// `.ci/pg-cluster`, for tests that restart the database under a running server (the shared test
/// server cannot be restarted: other tests use it). Needs root (initdb and pg_ctl run as the
/// `postgres` user) and the postgresql package, as in `.ci/run`.
final class ThrowawayCluster: Sendable {
    /// The libpq connection string of its database `concord_test`.
    let url: String
    private let directory: String

    /// `.ci/pg-cluster` in this checkout.
    private static let script: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".ci/pg-cluster").path

    /// Whether clusters can be made here: running as root, with the script and PostgreSQL's binaries.
    static var isAvailable: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: script)
            && ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.isEmpty == false)
    }

    /// Makes and starts a cluster in a new directory, on a port picked at random among 54400–54899.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-pg-\(UUID().uuidString.prefix(8))").path
        let output = try Self.run(["start", directory, String(Int.random(in: 54400..<54900))])
        guard let line = output.split(separator: "\n").last, line.hasPrefix("postgresql://") else {
            throw TestError("pg-cluster start printed no connection string: \(output)")
        }
        url = String(line)
    }

    /// Stops the server: `fast` (clients are told, connections closed) or `immediate` (as in a crash).
    func down(_ mode: String) throws { _ = try Self.run(["down", directory, mode]) }

    /// Starts the stopped server again, on the same port and socket directory.
    func up() throws { _ = try Self.run(["up", directory]) }

    /// Stops the server and removes the directory.
    func remove() { _ = try? Self.run(["stop", directory]) }

    /// Runs the script with `system`, waiting for it with `waitpid`: Foundation's `Process` does not
    /// see the end of a shell whose PostgreSQL server, left running, inherited its descriptors.
    private static func run(_ arguments: [String]) throws -> String {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("pg-cluster-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let words = ([script] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system("bash \(words.joined(separator: " ")) >'\(log)' 2>&1 </dev/null")
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw TestError("pg-cluster \(arguments.joined(separator: " ")) exited \(status): \(output)")
        }
        return output
    }
}
