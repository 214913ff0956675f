#if canImport(Glibc)
import Glibc
#endif
import ConcordServer
import Foundation
import HTTPTestSupport
import Synchronization
import Testing

/// A real `concord serve --pid-file` under a steady load of GraphQL reads (two clients on
/// kept-alive connections, two on a new connection per request, and one kept-alive client that
/// pauses 1.5 s after each request, longer than the hand-over's idle grace) while it is reloaded
/// 50 times and handed over 3 times to a new `concord serve --take-over`: no request fails, no
/// connection fails, and the serving process's resident memory ends within 10% of the first one's.
/// The pausing client's connection is the one a hand-over closes as idle: its next request is
/// retried on a new connection, at most once per hand-over.
@Suite(.serialized) struct HandOverUnderLoadTests {
    static let token = "shop-secret-0123456789"
    static let body = #"{"query":"{ products(first: 5) { nodes { title handle } } }"}"#
    static let handOvers = 3, reloads = 50, keepAliveClients = 2, newConnectionClients = 2, pausingClients = 1
    static let pause = 1.5

    static func config(_ tokens: [String]) -> String {
        let entries = tokens.map { #"{"name": "\#($0)", "kind": "storefront", "token": "\#($0)-secret-0123456789"}"# }
        return #"{"tokens": [\#(entries.joined(separator: ", "))], "http": {"eventLoops": 2}}"#
    }

    /// What the clients saw, added up.
    struct Tally {
        var answered = 0, retried = 0, toldToClose = 0
        var failures: [String] = [], connectionErrors: [String] = []

        mutating func add(_ outcome: LoadClient.Outcome) {
            switch outcome {
            case .answered(let close): answered += 1; toldToClose += close ? 1 : 0
            case .retriedThenAnswered(let close): answered += 1; retried += 1; toldToClose += close ? 1 : 0
            case .failed(let text): failures.append(text)
            case .connectionError(let text): connectionErrors.append(text)
            }
        }
    }

    /// `count` reads, one connection each, so the caches and allocator settle before RSS is read.
    static func warmUp(_ port: Int, _ count: Int = 200) async throws {
        try await io {
            let client = LoadClient(port: port, keepAlive: false, token: token, body: body)
            for _ in 0..<count {
                let outcome = client.next()
                guard case .answered = outcome else { throw TestError("warm-up: \(outcome)") }
            }
        }
    }

    @Test func threeHandOversAndFiftyReloadsUnderLoadFailNoRequest() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-handover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("concord.json"), db = folder.appendingPathComponent("concord.db").path
        let pidFile = folder.appendingPathComponent("concord.pid").path
        try Self.config(["shop"]).write(to: file, atomically: true, encoding: .utf8)
        _ = try await io { try ConcordProcess.run(["seed", "--db", db], in: folder) }
        var server = try await io { try ConcordProcess(config: file, in: folder, name: "serve-0", extra: ["--db", db, "--pid-file", pidFile]) }
        var retired: [ConcordProcess] = []
        defer { server.stop() }
        let port = server.port
        try await Self.warmUp(port)
        let before = try #require(ReloadUnderLoadTests.residentKB(server.pid))
        let stop = StopSignal()
        let tally = Locked(Tally())
        let clients = (0..<(Self.keepAliveClients + Self.newConnectionClients + Self.pausingClients)).map { index in
            Task.detached {
                try? await io {
                    let pausing = index >= Self.keepAliveClients + Self.newConnectionClients
                    let client = LoadClient(port: port, keepAlive: index < Self.keepAliveClients || pausing, token: Self.token, body: Self.body)
                    while !stop.isSet {
                        let outcome = client.next()
                        tally.withLock { $0.add(outcome) }
                        if pausing { usleep(UInt32(Self.pause * 1_000_000)) }
                    }
                }
            }
        }
        var reloadsDone = 0, residentAtHandOver: [Int] = []
        for phase in 0...Self.handOvers {
            // Reloads of the process serving now, its own counter starting at 0.
            let share = Self.reloads / (Self.handOvers + 1) + (phase < Self.reloads % (Self.handOvers + 1) ? 1 : 0)
            let current = server
            try await io {
                for round in 1...share {
                    try Self.config(round % 2 == 0 ? ["shop"] : ["shop", "partner-\(round)"]).write(to: file, atomically: true, encoding: .utf8)
                    current.send(SIGHUP)
                    usleep(20_000)
                    let expected = "reloads_total{result=\"ok\"} \(round)"
                    guard try HangUpReloadTests.eventually({ try TestClient(port: port).request("GET", "/metrics").text.contains(expected) }) else {
                        throw TestError("reload \(round) of process \(current.pid) not seen")
                    }
                }
            }
            reloadsDone += share
            guard phase < Self.handOvers else { break }
            residentAtHandOver.append(ReloadUnderLoadTests.residentKB(server.pid) ?? 0)
            let next = try await io { try ConcordProcess(config: file, in: folder, name: "serve-\(phase + 1)", extra: ["--db", db, "--take-over", pidFile]) }
            let old = server
            let status = try await io { old.waitForExit(timeout: 40) }
            #expect(status == 0, "the old process exits 0 once drained: \(old.log.suffix(400))")
            #expect(old.log.contains("handed the listener over to process \(next.pid)"), "\(old.log.suffix(400))")
            #expect(next.log.contains("took the listener over from process \(old.pid)"), "\(next.log.suffix(400))")
            #expect(PIDFile.read(pidFile) == next.pid, "the new process rewrote the pid file")
            #expect(next.port == port)
            retired.append(old)
            server = next
        }
        stop.set()
        for client in clients { await client.value }
        try await Self.warmUp(port)
        let after = try #require(ReloadUnderLoadTests.residentKB(server.pid))
        let result = tally.withLock { $0 }
        print("\(Self.handOvers) hand-overs and \(reloadsDone) reloads under load: \(result.answered) requests answered, "
              + "\(result.failures.count) failed, \(result.connectionErrors.count) connection errors, \(result.retried) retried "
              + "(a reused kept-alive connection closed before any byte of its response, "
              + "so sent again on a new one), \(result.toldToClose) answered with "
              + "Connection: close; RSS \(before) kB at start, \(residentAtHandOver.map(String.init).joined(separator: "/")) kB "
              + "at each hand-over, \(after) kB at the end (\(String(format: "%+.1f", (Double(after) / Double(before) - 1) * 100))%)")
        #expect(reloadsDone == Self.reloads)
        #expect(result.failures.isEmpty, "\(result.failures.prefix(5))")
        #expect(result.connectionErrors.isEmpty, "\(result.connectionErrors.prefix(5))")
        #expect(result.retried <= (Self.keepAliveClients + Self.pausingClients) * Self.handOvers,
                "each kept-alive connection is closed at most once per hand-over")
        #expect(result.answered > 200)
        #expect(Double(after) <= Double(before) * 1.10, "resident memory \(before) kB → \(after) kB")
        withExtendedLifetime(retired) {}
    }
}
