import Commerce
import Dispatch

/// The serial executor of a SQLite backend actor: a dispatch queue of its own, so that SQLite's
/// blocking calls (disk reads, waits on another connection's write lock) never hold one of the
/// few threads of Swift's cooperative pool, which runs the executor and every other request.
final class SQLiteExecutor: SerialExecutor, @unchecked Sendable {
    /// The queue every job of the actor runs on.
    let queue: DispatchQueue

    /// Creates an executor on a new serial queue.
    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
