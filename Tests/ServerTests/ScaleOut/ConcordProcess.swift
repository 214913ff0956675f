#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPTestSupport

/// A real `concord` process, the executable built beside the test bundle, its standard output and
/// error going to a file, so that tests can run several servers on one database and kill one.
final class ConcordProcess: Sendable {
    /// The port `concord serve` printed (`graphql: http://127.0.0.1:PORT/graphql`).
    let port: Int
    private let process: Process
    private let output: URL

    /// The built `concord` executable: beside the test bundle (`.build/debug/concord`), or nil.
    static let executable: URL? = {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("concord").path
            if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        return nil
    }()

    /// Runs `concord ARGUMENTS` to its end; throws with its output when it exits non-zero.
    static func run(_ arguments: [String], in folder: URL) throws -> String {
        let (status, text) = try outcome(arguments, in: folder)
        guard status == 0 else {
            throw TestError("concord \(arguments.joined(separator: " ")) exited \(status): \(text)")
        }
        return text
    }

    /// Runs `concord ARGUMENTS` to its end; its exit status and what it wrote (both streams).
    static func outcome(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let log = folder.appendingPathComponent("run-\(UUID().uuidString).log")
        let process = try launch(arguments, output: log)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// Starts `concord serve --port 0 --config CONFIG EXTRA…` and waits (at most 60 s) for it to print its port.
    init(config: URL, in folder: URL, name: String, extra: [String] = []) throws {
        output = folder.appendingPathComponent("\(name).log")
        process = try Self.launch(["serve", "--port", "0", "--config", config.path] + extra, output: output)
        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while found == nil {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: "graphql: http://127.0.0.1:") {
                found = Int(text[range.upperBound...].prefix { $0.isNumber })
            } else if !process.isRunning || Date() > deadline {
                if process.isRunning { process.terminate() }
                throw TestError("concord serve did not start: \(text)")
            } else {
                usleep(20_000)
            }
        }
        port = found!
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Sends `signal` (SIGHUP: reload) and returns at once.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// SIGKILL: the process ends at once, with no shutdown of any kind.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits at most `timeout` seconds for the process to exit on its own: its exit status, or nil
    /// while it still runs.
    func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// SIGTERM, then waits for the exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// What the process wrote so far.
    var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    private static func launch(_ arguments: [String], output: URL) throws -> Process {
        guard let executable else { throw TestError("the concord executable is not beside the test bundle; run swift build first") }
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        // Outside the checkout: the binary needs no file beside it (schema.graphql is built in).
        process.currentDirectoryURL = output.deletingLastPathComponent()
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    deinit { stop() }
}
