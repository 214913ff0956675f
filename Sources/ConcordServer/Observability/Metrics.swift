import CommerceHTTP
import Synchronization

/// Counters and a latency histogram, rendered in the Prometheus text format (version 0.0.4).
public final class Metrics: Sendable {
    /// Upper bounds, in seconds, of the latency histogram's buckets.
    public static let latencyBuckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private struct State {
        var requestsByStatus: [Int: Int] = [:]
        var latencyCounts = [Int](repeating: 0, count: Metrics.latencyBuckets.count)
        var latencyCount = 0
        var latencySum = 0.0
        var errorsByCode: [String: Int] = [:]
        var reloads = (ok: 0, error: 0)
    }

    private let state = Mutex(State())
    /// Where document cache hits and misses are read from when rendering.
    private let cacheStatistics: @Sendable () -> (hits: Int, misses: Int)
    /// Where response cache hits and misses are read from when rendering.
    private let responseCacheStatistics: @Sendable () -> (hits: Int, misses: Int)
    /// Where the bounded caches' sizes are read from when rendering.
    private let cacheBytes: @Sendable () -> [CacheBytes]
    /// Where the access log's dropped lines are read from when rendering.
    private let accessLogDrops: @Sendable () -> Int

    /// Creates empty metrics; `cacheStatistics` reports the document cache,
    /// `responseCacheStatistics` the response cache, `cacheBytes` every bounded cache's size and
    /// `accessLogDrops` the access log lines dropped.
    public init(cacheStatistics: @escaping @Sendable () -> (hits: Int, misses: Int) = { (0, 0) },
                responseCacheStatistics: @escaping @Sendable () -> (hits: Int, misses: Int) = { (0, 0) },
                cacheBytes: @escaping @Sendable () -> [CacheBytes] = { [] },
                accessLogDrops: @escaping @Sendable () -> Int = { 0 }) {
        self.cacheStatistics = cacheStatistics
        self.responseCacheStatistics = responseCacheStatistics
        self.cacheBytes = cacheBytes
        self.accessLogDrops = accessLogDrops
    }

    /// Records one answered request.
    public func recordRequest(status: Int, seconds: Double) {
        state.withLock { s in
            s.requestsByStatus[status, default: 0] += 1
            s.latencyCount += 1
            s.latencySum += seconds
            if let bucket = Metrics.latencyBuckets.firstIndex(where: { seconds <= $0 }) { s.latencyCounts[bucket] += 1 }
        }
    }

    /// Records GraphQL errors by their `extensions.code`.
    public func recordErrors(codes: [String]) {
        guard !codes.isEmpty else { return }
        state.withLock { s in for code in codes { s.errorsByCode[code, default: 0] += 1 } }
    }

    /// Records one configuration reload, taken over (`ok`) or refused.
    public func recordReload(ok: Bool) {
        state.withLock { s in
            if ok { s.reloads.ok += 1 } else { s.reloads.error += 1 }
        }
    }

    /// The exposition text.
    public func render() -> String {
        let s = state.withLock { $0 }
        var out = "# HELP concord_http_requests_total HTTP requests answered, by status code.\n"
        out += "# TYPE concord_http_requests_total counter\n"
        for status in s.requestsByStatus.keys.sorted() {
            out += "concord_http_requests_total{status=\"\(status)\"} \(s.requestsByStatus[status]!)\n"
        }
        out += "# HELP concord_http_request_duration_seconds Time from reading a request to having its response.\n"
        out += "# TYPE concord_http_request_duration_seconds histogram\n"
        var cumulative = 0
        for (i, bound) in Metrics.latencyBuckets.enumerated() {
            cumulative += s.latencyCounts[i]
            out += "concord_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)\n"
        }
        out += "concord_http_request_duration_seconds_bucket{le=\"+Inf\"} \(s.latencyCount)\n"
        out += "concord_http_request_duration_seconds_sum \(s.latencySum)\n"
        out += "concord_http_request_duration_seconds_count \(s.latencyCount)\n"
        out += "# HELP concord_graphql_errors_total GraphQL errors sent, by extensions.code.\n"
        out += "# TYPE concord_graphql_errors_total counter\n"
        for code in s.errorsByCode.keys.sorted() {
            out += "concord_graphql_errors_total{code=\"\(code)\"} \(s.errorsByCode[code]!)\n"
        }
        out += "# HELP concord_config_reloads_total Configuration reloads (SIGHUP), by result.\n"
        out += "# TYPE concord_config_reloads_total counter\n"
        out += "concord_config_reloads_total{result=\"ok\"} \(s.reloads.ok)\n"
        out += "concord_config_reloads_total{result=\"error\"} \(s.reloads.error)\n"
        let cache = cacheStatistics()
        let lookups = cache.hits + cache.misses
        out += "# HELP concord_document_cache_lookups_total Document cache lookups, by result.\n"
        out += "# TYPE concord_document_cache_lookups_total counter\n"
        out += "concord_document_cache_lookups_total{result=\"hit\"} \(cache.hits)\n"
        out += "concord_document_cache_lookups_total{result=\"miss\"} \(cache.misses)\n"
        out += "# HELP concord_document_cache_hit_ratio Share of document cache lookups that hit.\n"
        out += "# TYPE concord_document_cache_hit_ratio gauge\n"
        out += "concord_document_cache_hit_ratio \(lookups == 0 ? 0 : Double(cache.hits) / Double(lookups))\n"
        let responses = responseCacheStatistics()
        out += "# HELP concord_response_cache_lookups_total Response cache lookups for public queries, by result.\n"
        out += "# TYPE concord_response_cache_lookups_total counter\n"
        out += "concord_response_cache_lookups_total{result=\"hit\"} \(responses.hits)\n"
        out += "concord_response_cache_lookups_total{result=\"miss\"} \(responses.misses)\n"
        out += "# HELP concord_access_log_dropped_total Access log lines dropped because standard output did not take them.\n"
        out += "# TYPE concord_access_log_dropped_total counter\n"
        out += "concord_access_log_dropped_total \(accessLogDrops())\n"
        out += Self.render(cacheBytes())
        out += Upstream.renderMetrics()
        return out
    }

    /// Entries, bytes held and byte budgets of the bounded caches.
    private static func render(_ caches: [CacheBytes]) -> String {
        guard !caches.isEmpty else { return "" }
        var out = "# HELP concord_cache_entries Entries held by each bounded cache.\n# TYPE concord_cache_entries gauge\n"
        for cache in caches { out += "concord_cache_entries{cache=\"\(cache.name)\"} \(cache.entries)\n" }
        out += "# HELP concord_cache_bytes Bytes held by each bounded cache, as it weighs its entries.\n"
        out += "# TYPE concord_cache_bytes gauge\n"
        for cache in caches { out += "concord_cache_bytes{cache=\"\(cache.name)\"} \(cache.bytes.used)\n" }
        out += "# HELP concord_cache_budget_bytes The byte budget of each bounded cache.\n# TYPE concord_cache_budget_bytes gauge\n"
        for cache in caches { out += "concord_cache_budget_bytes{cache=\"\(cache.name)\"} \(cache.bytes.budget)\n" }
        return out
    }
}
