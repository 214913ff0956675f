import Synchronization

/// Where a plan keeps the execution `executeSynchronously` suspended at its asynchronous
/// fields, for `execute` to resume instead of running the operation again, and the scope the
/// execution began in (its deadline, stale report and batches), for the resumption to go on in.
final class SuspendedSlot: Sendable {
    private let resume = Mutex<(@Sendable () async -> ExecutionOutcome)?>(nil)
    private let scope = Mutex<ExecutionScope?>(nil)

    /// The execution's scope: the one made first, or a new one with `seconds` to go.
    func scope(seconds: Double) -> ExecutionScope {
        scope.withLock { slot in
            if let scope = slot { return scope }
            let made = ExecutionScope(seconds: seconds)
            slot = made
            return made
        }
    }

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
