import Synchronization

/// An upstream's counters for `/metrics`.
final class UpstreamCounters: Sendable {
    /// Calls sent (retries included).
    let calls = Atomic<Int>(0)
    /// Calls that failed.
    let failures = Atomic<Int>(0)
    /// Calls refused at once by the open circuit.
    let rejected = Atomic<Int>(0)
    /// Calls that joined an identical one in flight instead of being sent.
    let joined = Atomic<Int>(0)
    /// Entities served from the cache, stale, because the upstream failed.
    let staleServed = Atomic<Int>(0)
}
