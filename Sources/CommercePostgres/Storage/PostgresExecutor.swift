import Dispatch

/// The serial executor of a `PostgresSession`: a dispatch queue of its own, so that libpq's blocking
/// calls (the network, a wait on a row lock) never hold one of the few threads of Swift's cooperative
/// pool, which runs every other request.
final class PostgresExecutor: SerialExecutor, @unchecked Sendable {
    /// The queue every job of the session runs on.
    private let queue: DispatchQueue

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
