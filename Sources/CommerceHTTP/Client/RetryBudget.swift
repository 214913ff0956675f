import Synchronization

/// Retries allowed as a share of calls: every call earns a tenth of a retry (at most 10 saved), and
/// each retry spends one, so retries never exceed 10% of calls, even when an upstream fails them all.
final class RetryBudget: Sendable {
    private let tenths = Mutex(0)
    private let retries = Atomic<Int>(0)

    /// Counts one call.
    func called() { tenths.withLock { $0 = min($0 + 1, 100) } }

    /// Takes one retry if the budget holds one.
    func takeRetry() -> Bool {
        let taken = tenths.withLock { value -> Bool in
            guard value >= 10 else { return false }
            value -= 10
            return true
        }
        if taken { retries.add(1, ordering: .relaxed) }
        return taken
    }

    /// Retries taken in all.
    var taken: Int { retries.load(ordering: .relaxed) }
}
