extension Upstream {
    /// The upstreams' counters and breaker states in Prometheus's text format (empty with none).
    public static func renderMetrics() -> String {
        let upstreams = all
        guard !upstreams.isEmpty else { return "" }
        func family(_ name: String, _ type: String, _ help: String, _ value: (Upstream) -> String) -> String {
            var out = "# HELP concord_upstream_\(name) \(help)\n# TYPE concord_upstream_\(name) \(type)\n"
            for upstream in upstreams {
                out += "concord_upstream_\(name){service=\"\(upstream.options.service)\",address=\"\(upstream.options.address)\"} \(value(upstream))\n"
            }
            return out
        }
        return family("calls_total", "counter", "Calls sent to each upstream, retries included.") { "\($0.counters.calls.load(ordering: .relaxed))" }
            + family("failures_total", "counter", "Calls that failed (timeouts, resets, 5xx, bad answers).") { "\($0.counters.failures.load(ordering: .relaxed))" }
            + family("retries_total", "counter", "Retries sent within the retry budget.") { "\($0.budget.taken)" }
            + family("rejected_total", "counter", "Calls failed at once by the open circuit.") { "\($0.counters.rejected.load(ordering: .relaxed))" }
            + family("joined_total", "counter", "Calls that joined an identical one in flight.") { "\($0.counters.joined.load(ordering: .relaxed))" }
            + family("stale_served_total", "counter", "Entities served stale from the cache because the upstream failed.") { "\($0.counters.staleServed.load(ordering: .relaxed))" }
            + family("circuit_state", "gauge", "The circuit breaker: 0 closed, 1 open, 2 half open.") { "\($0.breaker.phase.rawValue)" }
            + family("circuit_openings_total", "counter", "Times the circuit opened.") { "\($0.breaker.openings)" }
            + family("connections", "gauge", "Connections open to the upstream.") { "\($0.pool.openConnections)" }
            + family("cache_entries", "gauge", "Entities held by the stale-if-error cache.") { "\($0.cache.count)" }
    }

    /// One line per upstream for `/readyz`: its service, address and circuit, as detail (an open
    /// circuit does not make the server not ready: it still answers, with stale copies or errors).
    public static var readinessDetail: String {
        all.map { "upstream \($0.options.service) \($0.options.address): circuit \($0.breaker.phase.name)\n" }.joined()
    }
}
