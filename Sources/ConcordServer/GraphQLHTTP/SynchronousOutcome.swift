/// What `GraphQLEngine.executeSynchronously` did on the calling thread.
public enum SynchronousOutcome: Sendable {
    /// Executed in full: every resolver it needed was synchronous.
    case executed(ExecutionOutcome)
    /// The synchronous fields are done; asynchronous resolvers wait. `resume` finishes the same
    /// execution (nothing runs twice), off the event loop.
    case suspended(resume: @Sendable () async -> ExecutionOutcome)
    /// Not started: the operation goes through `execute` (a mutation, or an engine with no
    /// synchronous path).
    case notRun
}
