import Dispatch

/// A serial executor on a dispatch queue of its own, for an actor whose jobs make blocking calls (a
/// storage library's disk reads, network round trips, waits on another connection's lock): they run on
/// the queue's thread and never hold one of the few threads of Swift's cooperative pool, which runs
/// every other request. The SQLite backends' actors and each PostgreSQL pool session run on one.
package final class QueueExecutor: SerialExecutor, Sendable {
    /// The queue every job runs on.
    package let queue: DispatchQueue

    /// An executor on a new serial queue named `label`.
    package init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    package func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    package func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
