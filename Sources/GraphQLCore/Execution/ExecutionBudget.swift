import Dispatch
import Foundation

/// What one execution may still spend: the response bytes written so far by every executor of
/// the request (holes included) against `maxResponseBytes`, and the deadline. Once either is
/// exceeded it stays stopped, and every executor of the request stops at its next check.
///
/// A mutation's deadline is checked only between its root fields (`stopsAtDeadline`): a write
/// that started is completed and answered, and no new one starts past the deadline.
final class ExecutionBudget: @unchecked Sendable {
    // Safe: the mutable state is read and written under `lock` only.
    private let maxBytes: Int
    private var deadline: UInt64
    private let timeout: Double?
    private let deadlineBetweenRootFieldsOnly: Bool
    private let lock = NSLock()
    private var bytes = 0
    private var stopped: GraphQLError?

    /// A budget for `limits`, from now; nil when both limits are off.
    init?(_ limits: ExecutionLimits, deadlineBetweenRootFieldsOnly: Bool = false) {
        guard !limits.isEmpty else { return nil }
        self.deadlineBetweenRootFieldsOnly = deadlineBetweenRootFieldsOnly
        maxBytes = limits.maxResponseBytes ?? Int.max
        timeout = limits.timeout
        if let timeout = limits.timeout {
            let nanoseconds = timeout * 1e9
            let now = DispatchTime.now().uptimeNanoseconds
            deadline = nanoseconds >= Double(UInt64.max - now) ? UInt64.max : now + UInt64(max(0, nanoseconds))
        } else {
            deadline = UInt64.max
        }
    }

    /// Adds `delta` bytes written (negative after a rewind) and checks both limits; false once
    /// stopped.
    func record(_ delta: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard stopped == nil else { return false }
        bytes = bytes &+ delta
        if bytes > maxBytes {
            stopped = GraphQLError("The response is larger than the maximum of \(maxBytes) bytes.",
                                   extensions: ["code": .string("RESPONSE_TOO_LARGE"), "maxResponseBytes": .int(maxBytes)])
        } else if !deadlineBetweenRootFieldsOnly {
            checkDeadline()
        }
        return stopped == nil
    }

    /// Moves the deadline later by the time since `moment` (an uptime in nanoseconds): an execution
    /// suspended on the event loop and resumed in a task does not count the wait for a thread
    /// against its time limit, as an execution that began in the task would not.
    func excludeWait(since moment: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard deadline != UInt64.max, stopped == nil, now > moment else { return }
        deadline = now - moment >= UInt64.max - deadline ? UInt64.max : deadline + (now - moment)
    }

    /// Between a mutation's root fields: whether the budget is spent, the deadline included.
    func stopsAtDeadline() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if stopped == nil { checkDeadline() }
        return stopped != nil
    }

    /// Stops at the deadline; call with `lock` held.
    private func checkDeadline() {
        guard deadline != UInt64.max, DispatchTime.now().uptimeNanoseconds >= deadline else { return }
        let seconds = JSON.double(timeout ?? 0)
        stopped = GraphQLError("Execution was stopped at its time limit of \(timeout ?? 0) seconds.",
                               extensions: ["code": .string("TIMEOUT"), "timeoutSeconds": seconds])
    }

    /// The error that stopped execution, if one did.
    var error: GraphQLError? {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}
