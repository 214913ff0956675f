import Foundation
import Testing
@testable import Commerce
@testable import CommerceHTTP

/// The `http` backend against upstreams that misbehave: every failure comes back as
/// `UpstreamUnavailableError` before the deadline, nothing crashes, and no connection is left open.
@Suite("The http backend against a hostile upstream", .serialized)
struct HostileUpstreamTests {
    /// A backend on its own upstream (a distinct service name, so breakers and counters are its own).
    static func backend(_ hostile: HostileUpstream, timeoutMs: Int = 800, breakerFailures: Int = 100,
                        breakerOpenMs: Int = 300, maxConnections: Int = 16) -> HTTPCatalogBackend {
        var options = UpstreamOptions(address: UpstreamAddress(url: "http://127.0.0.1:\(hostile.port)")!, service: "hostile-\(UUID().uuidString)")
        options.timeout = Double(timeoutMs) / 1000
        options.maxConnections = maxConnections
        (options.breakerFailures, options.breakerOpenSeconds) = (breakerFailures, Double(breakerOpenMs) / 1000)
        return HTTPCatalogBackend(upstream: .shared(options))
    }

    /// Calls `products(ids:)` under a deadline; the error (nil on success) and the seconds it took.
    static func call(_ backend: HTTPCatalogBackend, deadline: Double = 1) async -> (error: (any Error)?, seconds: Double) {
        let start = Date()
        do {
            _ = try await RequestDeadline.$current.withValue(.after(seconds: deadline)) { try await backend.products(ids: [1, 2]) }
            return (nil, Date().timeIntervalSince(start))
        } catch {
            return (error, Date().timeIntervalSince(start))
        }
    }

    /// Waits up to a second for the pool to have at most `allowing` connections open.
    static func connectionsSettle(_ backend: HTTPCatalogBackend, allowing: Int = 0) async throws -> Int {
        for _ in 0..<100 where backend.upstream.pool.openConnections > allowing { try await Task.sleep(nanoseconds: 10_000_000) }
        return backend.upstream.pool.openConnections
    }

    @Test("each misbehaviour is UPSTREAM_UNAVAILABLE within the deadline, leaving no connection open",
          arguments: ["slow", "500", "reset mid-body", "invalid JSON", "50 MB body", "wrong content type"])
    func misbehaviour(_ name: String) async throws {
        let modes: [String: HostileUpstream.Mode] = ["slow": .slow, "500": .error(500, retryAfter: nil), "reset mid-body": .resetMidBody,
                                                     "invalid JSON": .invalidJSON, "50 MB body": .huge, "wrong content type": .wrongContentType]
        let hostile = try HostileUpstream(try #require(modes[name]))
        defer { hostile.stop() }
        let backend = Self.backend(hostile)
        let (error, seconds) = await Self.call(backend, deadline: 1)
        #expect(error is UpstreamUnavailableError, "\(name): \(String(describing: error))")
        #expect(seconds < 1.3, "\(name) took \(seconds) s against a deadline of 1 s")
        // A well-framed answer (a 500, bad JSON, a wrong type) may leave its connection idle for reuse;
        // a slow, cut or oversized one must close it.
        let keepable = ["500", "invalid JSON", "wrong content type"].contains(name)
        let open = try await Self.connectionsSettle(backend, allowing: keepable ? 1 : 0)
        #expect(open <= (keepable ? 1 : 0), "\(name) left \(open) connections open")
        #expect(hostile.requests >= 1)
    }

    @Test("retries stay within 10% of calls, and Retry-After past the deadline is not waited for")
    func retryBudget() async throws {
        let hostile = try HostileUpstream(.error(503, retryAfter: nil))
        defer { hostile.stop() }
        let backend = Self.backend(hostile)
        for _ in 0..<50 { _ = await Self.call(backend) }
        #expect(hostile.requests >= 50 && hostile.requests <= 55, "50 calls sent \(hostile.requests) requests")
        #expect(backend.upstream.budget.taken <= 5)
        hostile.set(.error(503, retryAfter: 30))
        let (error, seconds) = await Self.call(backend)
        #expect(error != nil && seconds < 0.5, "a Retry-After of 30 s was waited for: \(seconds) s")
    }

    @Test("the breaker opens after repeated failures, fails fast, and one probe closes it")
    func breaker() async throws {
        let hostile = try HostileUpstream(.error(500, retryAfter: nil))
        defer { hostile.stop() }
        let backend = Self.backend(hostile, breakerFailures: 3, breakerOpenMs: 300)
        for _ in 0..<3 { _ = await Self.call(backend) }
        #expect(backend.upstream.breaker.phase == .open)
        let sent = hostile.requests
        let (error, seconds) = await Self.call(backend)
        #expect((error as? UpstreamUnavailableError)?.detail == "circuit open")
        #expect(seconds < 0.05 && hostile.requests == sent, "an open circuit sent a request or waited \(seconds) s")
        #expect(Upstream.readinessDetail.contains("\(backend.upstream.options.service) 127.0.0.1:\(hostile.port): circuit open"))
        #expect(Upstream.renderMetrics().contains("concord_upstream_circuit_state{service=\"\(backend.upstream.options.service)\""))
        hostile.set(.ok)
        try await Task.sleep(nanoseconds: 350_000_000)
        let (probe, _) = await Self.call(backend)
        #expect(probe == nil)
        #expect(backend.upstream.breaker.phase == .closed && hostile.requests == sent + 1)
    }

    @Test("identical calls in flight at once are sent once")
    func identicalCallsJoin() async throws {
        let hostile = try HostileUpstream(.ok)
        defer { hostile.stop() }
        let fixture = try UpstreamFixture(service: "join-\(UUID().uuidString)")
        _ = hostile
        let backend = HTTPCatalogBackend(upstream: fixture.upstream)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 { group.addTask { _ = try await backend.countProducts(ProductFilter()) } }
            try await group.waitForAll()
        }
        let calls = fixture.upstream.counters.calls.load(ordering: .relaxed)
        let joined = fixture.upstream.counters.joined.load(ordering: .relaxed)
        #expect(calls + joined == 20 && calls < 20, "\(calls) sent, \(joined) joined")
    }

    @Test("calls past the connection cap wait for a free connection, never past their deadline")
    func connectionCap() async throws {
        let hostile = try HostileUpstream(.slow)
        defer { hostile.stop() }
        let backend = Self.backend(hostile, maxConnections: 2)
        let start = Date()
        await withTaskGroup(of: Void.self) { group in
            // Two calls hold both connections for 0.5 s; six more wait for one and give up at 0.3 s.
            for id in 0..<8 {
                group.addTask {
                    if id >= 2 { try? await Task.sleep(nanoseconds: 50_000_000) }
                    _ = try? await RequestDeadline.$current.withValue(.after(seconds: id < 2 ? 0.5 : 0.3)) {
                        try await backend.products(ids: [Int64(id)])
                    }
                }
            }
        }
        #expect(Date().timeIntervalSince(start) < 0.9)
        #expect(hostile.mostConnections <= 2, "\(hostile.mostConnections) connections at once with a cap of 2")
        #expect(try await Self.connectionsSettle(backend) == 0)
    }
}
