import Foundation
import Testing
import HTTPTestSupport

/// A real `concord serve` whose PostgreSQL restarts under it (issue 12, "Faults"): a fast shutdown
/// (connections told and closed) and an immediate one (as in a crash), each while readers and cart
/// writers keep asking. Every request is answered, served or 503 `SERVICE_UNAVAILABLE`, within 15
/// seconds; `/readyz` says 503 while the database is away and 200 once it is back; the pool
/// reconnects by itself; no two-line write is half applied; and the change feed is heard again.
/// Runs on a cluster of its own, so as root with PostgreSQL installed (as `.ci/run` does).
@Suite(.serialized)
struct DatabaseRestartTests {
    static let enabled = TwoServersTests.url != nil && ThrowawayCluster.isAvailable

    @Test(.enabled(if: enabled, "Needs CONCORD_TEST_POSTGRES_URL and root with PostgreSQL installed: it restarts a cluster of its own with .ci/pg-cluster."))
    func serverOutlivesDatabaseRestarts() async throws {
        let cluster = try await io { try ThrowawayCluster() }
        defer { cluster.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-restart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Self.configuration(url: cluster.url, in: folder)
        _ = try await io { try ConcordProcess.run(["seed", "--config", config.path], in: folder) }
        let server = try await io { try ConcordProcess(config: config, in: folder, name: "a") }
        defer { server.stop() }
        let variants = try await TwoServersTests.firstVariants(port: server.port, count: 2)

        for mode in ["fast", "immediate"] {
            let load = RestartLoad(port: server.port, variants: variants)
            try await Task.sleep(nanoseconds: 700_000_000)
            let downAt = Date()
            try await io { try cluster.down(mode) }
            let unready = try await Self.readiness(server.port, becomes: 503, within: 10)
            try await Task.sleep(nanoseconds: 1_500_000_000)
            try await io { try cluster.up() }
            let upAt = Date()
            let ready = try await Self.readiness(server.port, becomes: 200, within: 30)
            try await Task.sleep(nanoseconds: 700_000_000)
            let outcome = load.stop()
            print("restart (\(mode)): /readyz 503 after \(Self.ms(unready.timeIntervalSince(downAt))) ms, 200 again \(Self.ms(ready.timeIntervalSince(upAt))) ms after the database; \(outcome.served) served, \(outcome.unavailable) unavailable, \(outcome.failures.count) failed, slowest \(Self.ms(outcome.slowest)) ms, \(outcome.writes.count) two-line writes")
            #expect(outcome.failures.isEmpty, "\(mode): \(outcome.failures.prefix(5)); the server logged: \(server.log.split(separator: "\n").filter { !$0.hasPrefix("{") }.suffix(8))")
            #expect(outcome.unavailable > 0, "\(mode): the load never met the database away")
            #expect(outcome.slowest < 15)
            // Once ready again, every request is served: the pool replaced its dead connections
            // before using them, not after failing a request on each.
            #expect((outcome.lastUnavailableSent ?? .distantPast) < ready, "\(mode): a request sent after /readyz said 200 was answered 503")
            let cart = try await TwoServersTests.createCart(port: server.port, lines: [(variants[0], 1)])
            #expect(try await TwoServersTests.totalQuantity(cart, port: server.port) == 1)
            for write in outcome.writes {
                let total = try await TwoServersTests.totalQuantity(write.cart, port: server.port)
                if write.committed {
                    #expect(total == 2, "\(mode): write to \(write.cart) was answered as committed")
                } else {
                    #expect(total == 0 || total == 2, "\(mode): write to \(write.cart) half applied: \(total)")
                }
            }
        }
        try await Self.firstRequestAfterIdleRestartIsServed(server, cluster)
        try await Self.changeFeedIsHeard(server, config: config, folder: folder, variant: variants[0])
    }

    /// With no load, the database restarts: the first request after it is served, not failed on a
    /// pooled connection that the restart left dead.
    static func firstRequestAfterIdleRestartIsServed(_ server: ConcordProcess, _ cluster: ThrowawayCluster) async throws {
        try await io { try cluster.down("fast") }
        _ = try await readiness(server.port, becomes: 503, within: 10)
        try await io { try cluster.up() }
        _ = try await readiness(server.port, becomes: 200, within: 30)
        let answer = try await io {
            try TwoServersTests.call(port: server.port, token: TwoServersTests.storefront, "mutation { cartCreate { cart { id } } }")
        }
        #expect(answer.status == 200 && answer.errors == nil, "after an idle restart: \(answer.text.prefix(300))")
    }

    /// A second server, started after the restarts, changes stock: the first one's cached answer
    /// gives way within 2 seconds, so its listener is connected again.
    static func changeFeedIsHeard(_ server: ConcordProcess, config: URL, folder: URL, variant: String) async throws {
        let before = try await TwoServersTests.stock(variant, port: server.port)
        let other = try await io { try ConcordProcess(config: config, in: folder, name: "b") }
        defer { other.stop() }
        try await TwoServersTests.setStock(variant, to: before + 7, port: other.port)
        let deadline = Date().addingTimeInterval(2)
        var seen = before
        while seen != before + 7, Date() < deadline {
            try await Task.sleep(nanoseconds: 20_000_000)
            seen = try await TwoServersTests.stock(variant, port: server.port)
        }
        #expect(seen == before + 7, "the server still answers the stock from before the restart")
    }

    /// The moment `/readyz` first answered `status`; throws when it did not within `seconds`.
    static func readiness(_ port: Int, becomes status: Int, within seconds: Double) async throws -> Date {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let response = try? await io({ try TestClient(port: port, timeout: 5).request("GET", "/readyz") }), response.status == status {
                return Date()
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        throw TestError("/readyz did not answer \(status) within \(seconds) s")
    }

    /// A configuration with every domain on `url`, the response cache on (its answers must give way
    /// to writes heard after the restart).
    static func configuration(url: String, in folder: URL) throws -> URL {
        let domain: [String: Any] = ["backend": "postgres", "url": url, "pool": 4]
        let configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": TwoServersTests.storefront, "rateLimit": ["perSecond": 5000, "burst": 5000]],
                       ["name": "ops", "kind": "partner", "token": TwoServersTests.partner, "rateLimit": ["perSecond": 1000, "burst": 1000]]],
            "catalog": domain, "content": domain, "carts": domain,
        ]
        let file = folder.appendingPathComponent("concord.json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: file)
        return file
    }

    private static func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
