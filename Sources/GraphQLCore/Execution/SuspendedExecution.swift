import Dispatch

/// What `PreparedDocument.executeSynchronouslyOrSuspend` did: the whole result, or an execution
/// that stopped at its first asynchronous resolvers, to finish with `resume()`.
public enum SynchronousExecution {
    /// Every resolver was synchronous (or the request failed before execution).
    case completed(ExecutionResult)
    /// The synchronous fields are written; asynchronous ones wait in the execution.
    case suspended(SuspendedExecution)
}

/// An execution that ran every synchronous field on the calling thread and stopped where
/// asynchronous resolvers left holes. `resume()` awaits those holes together and splices them in,
/// as `execute` would have: nothing already resolved runs again.
// unchecked: resumed once, by the one request that made it; the hand-over to a task is its only crossing
public final class SuspendedExecution: @unchecked Sendable {
    private var executor: Executor
    private let synchronousPartSucceeded: Bool
    private var resumed = false
    /// When the synchronous pass ended (uptime, nanoseconds).
    private let suspendedAt = DispatchTime.now().uptimeNanoseconds

    init(_ executor: Executor, ok: Bool) {
        self.executor = executor
        synchronousPartSucceeded = ok
    }

    /// Awaits the asynchronous fields and returns the execution's result. Call it once.
    public func resume() async -> ExecutionResult {
        precondition(!resumed, "a suspended execution is resumed once")
        resumed = true
        // The time limit counts executing, not waiting between the two halves for a thread.
        executor.context.budget?.excludeWait(since: suspendedAt)
        var ok = synchronousPartSucceeded
        if ok { ok = await executor.fillHoles() }
        if let stopped = executor.stoppedByLimit() { return stopped }
        ResponseSizeHint.shared.record(executor.out.count)
        return ExecutionResult(data: ok ? executor.out.bytes : Array("null".utf8), errors: executor.errors)
    }
}
