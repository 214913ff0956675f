import ConcordServer
import Foundation
import HTTPTestSupport
import Testing

/// Two servers on one PostgreSQL database, response caches on: a write through one is seen through
/// the other as soon as its notice arrives, never after the 10 s the cache would otherwise keep it.
@Suite(.serialized, .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
struct CacheCoherenceTests {
    /// How long one round waits for the fresh answer before it counts as stale.
    static let roundLimit = 3.0

    @Test func aStockChangeThroughOneServerIsSeenThroughTheOtherAtOnce() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let file = PostgresServers.configuration(url: url)
            let a = try PostgresServers.start(file)
            let b = try PostgresServers.start(file)
            #expect(b.app.graphQL.responses != nil)
            let (portA, portB) = (a.server.port, b.server.port)
            let outcome: (latencies: [Double], stale: Int, missed: Int)
            do { outcome = try await io { () -> (latencies: [Double], stale: Int, missed: Int) in
                let writer = try TestClient(port: portA), reader = try TestClient(port: portB)
                var latencies: [Double] = [], stale = 0, missed = 0
                for _ in 0..<100 {
                    // B answers from its cache: the same query twice.
                    guard let before = PostgresServers.stock(in: try PostgresServers.post(reader, PostgresServers.stockQuery)),
                          PostgresServers.stock(in: try PostgresServers.post(reader, PostgresServers.stockQuery)) == before else {
                        missed += 1
                        continue
                    }
                    let written = try PostgresServers.post(writer, PostgresServers.adjust(1), token: "partner-token-0001")
                    guard written.status == 200, !written.text.contains("errors") else { missed += 1; continue }
                    let start = DispatchTime.now().uptimeNanoseconds
                    var seen = false
                    while !seen, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < Self.roundLimit {
                        seen = PostgresServers.stock(in: try PostgresServers.post(reader, PostgresServers.stockQuery)) == before + 1
                    }
                    guard seen else { missed += 1; continue }
                    latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    // Once fresh, never stale again.
                    for _ in 0..<3 where PostgresServers.stock(in: try PostgresServers.post(reader, PostgresServers.stockQuery)) != before + 1 {
                        stale += 1
                    }
                }
                return (latencies, stale, missed)
            } } catch {
                await PostgresServers.stop(a)
                await PostgresServers.stop(b)
                throw error
            }
            await PostgresServers.stop(a)
            await PostgresServers.stop(b)
            let sorted = outcome.latencies.sorted()
            #expect(outcome.missed == 0, "rounds in which B never showed the write within \(Self.roundLimit) s")
            #expect(outcome.stale == 0, "stale answers after a fresh one")
            #expect(sorted.count == 100)
            guard !sorted.isEmpty else { return }
            let p50 = sorted[sorted.count / 2], p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
            print("cache coherence across two servers: p50 \(String(format: "%.2f", p50 * 1000)) ms, p99 \(String(format: "%.2f", p99 * 1000)) ms, max \(String(format: "%.2f", sorted.last! * 1000)) ms over \(sorted.count) writes; slowest \(sorted.suffix(3).map { String(format: "%.1f", $0 * 1000) })")
            // The latency is printed, not asserted: on 2 shared cores a timed assertion fails with the
            // machine's load, not with the code (README, PostgreSQL, quotes the measured figures).
            // B's answers came from its cache between the writes.
            #expect((b.app.graphQL.responses?.statistics.hits ?? 0) >= 100)
        }
    }
}
