import Dispatch
import Foundation
import Synchronization

/// What one execution may still spend: the response bytes written so far by every executor of
/// the request (holes included) against `maxResponseBytes`, and the deadline. Once either is
/// exceeded it stays stopped, and every executor of the request stops at its next check.
///
/// A mutation's deadline is checked only between its root fields (`stopsAtDeadline`): a write
/// that started is completed and answered, and no new one starts past the deadline.
final class ExecutionBudget: Sendable {
    private let maxBytes: Int
    private let timeout: Double?
    private let deadlineBetweenRootFieldsOnly: Bool
    /// What changes as the executors of the request write and wait.
    private let state: Mutex<State>

    private struct State {
        var deadline: UInt64
        var bytes = 0
        var stopped: GraphQLError?
    }

    /// A budget for `limits`, from now; nil when both limits are off.
    init?(_ limits: ExecutionLimits, deadlineBetweenRootFieldsOnly: Bool = false) {
        guard !limits.isEmpty else { return nil }
        self.deadlineBetweenRootFieldsOnly = deadlineBetweenRootFieldsOnly
        maxBytes = limits.maxResponseBytes ?? Int.max
        timeout = limits.timeout
        var deadline = UInt64.max
        if let timeout = limits.timeout {
            let nanoseconds = timeout * 1e9
            let now = DispatchTime.now().uptimeNanoseconds
            deadline = nanoseconds >= Double(UInt64.max - now) ? UInt64.max : now + UInt64(max(0, nanoseconds))
        }
        state = Mutex(State(deadline: deadline))
    }

    /// Adds `delta` bytes written (negative after a rewind) and checks both limits; false once
    /// stopped.
    func record(_ delta: Int) -> Bool {
        state.withLock { state in
            guard state.stopped == nil else { return false }
            state.bytes = state.bytes &+ delta
            if state.bytes > maxBytes {
                state.stopped = GraphQLError("The response is larger than the maximum of \(maxBytes) bytes.",
                                             extensions: ["code": .string("RESPONSE_TOO_LARGE"), "maxResponseBytes": .int(maxBytes)])
            } else if !deadlineBetweenRootFieldsOnly {
                checkDeadline(&state)
            }
            return state.stopped == nil
        }
    }

    /// Moves the deadline later by the time since `moment` (an uptime in nanoseconds): an execution
    /// suspended on the event loop and resumed in a task does not count the wait for a thread
    /// against its time limit, as an execution that began in the task would not.
    func excludeWait(since moment: UInt64) {
        state.withLock { state in
            let now = DispatchTime.now().uptimeNanoseconds
            guard state.deadline != UInt64.max, state.stopped == nil, now > moment else { return }
            state.deadline = now - moment >= UInt64.max - state.deadline ? UInt64.max : state.deadline + (now - moment)
        }
    }

    /// Between a mutation's root fields: whether the budget is spent, the deadline included.
    func stopsAtDeadline() -> Bool {
        state.withLock { state in
            if state.stopped == nil { checkDeadline(&state) }
            return state.stopped != nil
        }
    }

    /// Stops at the deadline; called inside the lock.
    private func checkDeadline(_ state: inout State) {
        guard state.deadline != UInt64.max, DispatchTime.now().uptimeNanoseconds >= state.deadline else { return }
        let seconds = JSON.double(timeout ?? 0)
        state.stopped = GraphQLError("Execution was stopped at its time limit of \(timeout ?? 0) seconds.",
                                     extensions: ["code": .string("TIMEOUT"), "timeoutSeconds": seconds])
    }

    /// The error that stopped execution, if one did.
    var error: GraphQLError? {
        state.withLock { $0.stopped }
    }
}
