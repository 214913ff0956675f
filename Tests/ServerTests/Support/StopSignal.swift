import Synchronization

/// A flag that load clients poll and the test sets to stop them: a class, so that the clients'
/// escaping closures share the one flag (a local `Atomic` cannot be shared with them).
final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Whether the test asked the clients to stop.
    var isSet: Bool { flag.load(ordering: .relaxed) }

    /// Asks the clients to stop.
    func set() { flag.store(true, ordering: .relaxed) }
}
