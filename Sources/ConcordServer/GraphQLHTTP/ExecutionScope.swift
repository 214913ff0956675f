import Commerce

/// What one GraphQL request's execution carries to the backends it calls: one deadline for every
/// upstream call, the report of stale copies served, and the batches that gather the keys of
/// sibling fields into one call. Bound (as task-locals) around the synchronous pass on the event
/// loop and again around its resumption in a task, so both halves of one execution share them.
struct ExecutionScope: Sendable {
    let deadline: RequestDeadline
    let report = StaleReport()
    let batches = RequestBatches()

    /// A scope whose deadline is `seconds` from now.
    init(seconds: Double) { deadline = .after(seconds: seconds) }

    /// Runs `body` on the calling thread with the scope bound.
    func run<T>(_ body: () throws -> T) rethrows -> T {
        try RequestDeadline.$current.withValue(deadline) {
            try StaleReport.$current.withValue(report) {
                try RequestBatches.$current.withValue(batches, operation: body)
            }
        }
    }

    /// Runs `body` with the scope bound.
    func run<T: Sendable>(_ body: @Sendable () async -> T) async -> T {
        await RequestDeadline.$current.withValue(deadline) {
            await StaleReport.$current.withValue(report) {
                await RequestBatches.$current.withValue(batches, operation: body)
            }
        }
    }
}
