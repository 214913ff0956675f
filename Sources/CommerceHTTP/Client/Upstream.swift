import Commerce
import Foundation
import Synchronization

/// One upstream service: its connection pool, circuit breaker, retry budget, the calls in flight
/// (identical ones are sent once) and its counters. The `http` backends of every domain that name
/// the same service and URL share one (`Upstream.shared`).
public final class Upstream: Sendable {
    /// How it is reached.
    public let options: UpstreamOptions
    let pool: ConnectionPool
    let breaker: CircuitBreaker
    let budget = RetryBudget()
    let cache: StaleCache
    private let flights = Mutex([String: Task<UpstreamAnswer, Error>]())
    let counters = UpstreamCounters()

    init(options: UpstreamOptions) {
        self.options = options
        pool = ConnectionPool(address: options.address, maxConnections: options.maxConnections,
                              maxResponseBytes: options.maxResponseBytes)
        breaker = CircuitBreaker(failureThreshold: options.breakerFailures, openSeconds: options.breakerOpenSeconds)
        cache = StaleCache(capacity: options.cacheEntries)
    }

    private static let registry = Mutex([UpstreamOptions: Upstream]())

    /// The upstream for these options, made on first use and kept for the process (its counters
    /// and breaker outlive a reload).
    public static func shared(_ options: UpstreamOptions) -> Upstream {
        registry.withLock { upstreams in
            if let known = upstreams[options] { return known }
            let made = Upstream(options: options)
            upstreams[options] = made
            return made
        }
    }

    /// Every upstream made so far, by service name.
    public static var all: [Upstream] {
        registry.withLock { Array($0.values) }.sorted { ($0.options.service, $0.options.address.description) < ($1.options.service, $1.options.address.description) }
    }

    /// Sends one contract call, or joins the identical call already in flight.
    func call(_ route: UpstreamRoute, body: [UInt8]) async throws -> UpstreamAnswer {
        let key = route.rawValue + "\u{0}" + String(decoding: body, as: UTF8.self)
        let (task, joined) = flights.withLock { flights -> (Task<UpstreamAnswer, Error>, Bool) in
            if let running = flights[key] { return (running, true) }
            let task = Task { try await self.send(route, body: body) }
            flights[key] = task
            return (task, false)
        }
        if joined { counters.joined.add(1, ordering: .relaxed) }
        defer { if !joined { _ = flights.withLock { $0.removeValue(forKey: key) } } }
        return try await task.value
    }
}
