import Synchronization

/// Where a plan keeps the execution `executeSynchronously` suspended at its asynchronous
/// fields, for `execute` to resume instead of running the operation again.
final class SuspendedSlot: Sendable {
    private let resume = Mutex<(@Sendable () async -> ExecutionOutcome)?>(nil)

    /// Keeps the suspended execution.
    func keep(_ resume: @escaping @Sendable () async -> ExecutionOutcome) {
        self.resume.withLock { $0 = resume }
    }

    /// The suspended execution, if any, leaving none (it is resumed once).
    func take() -> (@Sendable () async -> ExecutionOutcome)? {
        resume.withLock { slot in
            defer { slot = nil }
            return slot
        }
    }
}
