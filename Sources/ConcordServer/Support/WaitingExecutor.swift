import Dispatch

/// A task executor on a serial Dispatch queue of its own, for `CommerceService.wait`.
///
/// Synchronous start-up code that waits for async work blocks its thread. If that thread is one
/// of Swift's cooperative pool (an async test starting a service, say) and the work also ran on
/// the pool, two such waits at once on a 2-core machine would take every pool thread and wait
/// forever for work that can no longer run. Work preferring this executor runs on its queue's
/// thread instead, which does not count against the pool.
final class WaitingExecutor: TaskExecutor, Sendable {
    private let queue = DispatchQueue(label: "concord.commerce-service.wait")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
