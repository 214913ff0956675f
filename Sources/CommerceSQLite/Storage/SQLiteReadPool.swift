import Commerce
import Dispatch
import Foundation
import Synchronization

/// A reader a `SQLiteReadPool` can run: anything that owns one connection and is used by one thread at a time.
protocol SQLiteConnectionOwner: AnyObject, SendableMetatype {
    /// The connection the reader's statements run on.
    var connection: SQLiteConnection { get }
}

/// A pool of readers, each with its own connection and its own serial dispatch queue, so reads run in
/// parallel (a WAL database lets any number of readers work beside its one writer) and SQLite's blocking
/// calls never hold a thread of Swift's cooperative pool.
///
/// Each `read` runs in one read transaction (BEGIN … COMMIT): every statement of the body sees the same
/// snapshot, and the snapshot ends with the call, so the next read sees every write committed before it.
final class SQLiteReadPool<Reader: SQLiteConnectionOwner>: Sendable {
    /// One reader and the queue that alone uses it.
    // unchecked: the reader is used only by jobs on `queue`, which is serial
    private struct Slot: @unchecked Sendable {
        let reader: Reader
        let queue: DispatchQueue
    }

    private struct Load {
        /// Reads queued or running, by slot.
        var pending: [Int]
        /// Reads running right now, and the most ever seen at once (for tests of parallelism).
        var running = 0
        var peakRunning = 0
    }

    private let slots: [Slot]
    private let load: Mutex<Load>

    /// The number of readers a pool gets by default: one per active processor, at least two.
    static var defaultSize: Int { max(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// Opens `size` readers with `makeReader`, each on a new queue labelled `label`.
    convenience init(size: Int, label: String, makeReader: () throws -> Reader) throws {
        let size = max(1, size)
        var pairs: [(Reader, DispatchQueue)] = []
        for index in 0..<size {
            pairs.append((try makeReader(), DispatchQueue(label: "\(label).\(index)", qos: .userInitiated)))
        }
        self.init(pairs)
    }

    /// The readers of the database at `path`: `size` connections of their own (by default `defaultSize`),
    /// read-only, opened after the writer has migrated the file; or, when no second connection can see the
    /// database (":memory:", or "" for a private temporary file), the single `writer` on `writerQueue`,
    /// the queue that alone uses the writer connection.
    convenience init(path: String, size: Int?, label: String, writer: Reader, writerQueue: DispatchQueue,
                     makeReader: (SQLiteConnection) -> Reader) throws {
        if Self.isPrivate(path) {
            self.init([(writer, writerQueue)])
        } else {
            try self.init(size: size ?? Self.defaultSize, label: label) {
                let connection = try SQLiteConnection(path: path)
                try connection.execute("PRAGMA query_only = ON")
                return makeReader(connection)
            }
        }
    }

    /// Whether the database at `path` is private to the connection that opens it: an in-memory database
    /// or SQLite's temporary file (""). URI filenames are not enabled, so no other spelling is private.
    static func isPrivate(_ path: String) -> Bool {
        path.isEmpty || path == ":memory:"
    }

    /// A pool over readers that already have their queues (such as the one connection of an in-memory
    /// database, read on its writer's own queue).
    init(_ readers: [(Reader, DispatchQueue)]) {
        precondition(!readers.isEmpty, "a read pool needs a reader")
        slots = readers.map { Slot(reader: $0.0, queue: $0.1) }
        load = Mutex(Load(pending: Array(repeating: 0, count: readers.count)))
    }

    /// How many readers the pool has.
    var size: Int { slots.count }

    /// The most reads that have run at the same moment so far.
    var peakConcurrentReads: Int { load.withLock { $0.peakRunning } }

    /// Runs `body` on the least busy reader's queue, inside one read transaction, and returns its result.
    func read<T: Sendable>(_ body: @escaping @Sendable (Reader) throws -> T) async throws -> T {
        let index = load.withLock { load -> Int in
            var best = 0
            for slot in load.pending.indices where load.pending[slot] < load.pending[best] { best = slot }
            load.pending[best] += 1
            return best
        }
        let slot = slots[index]
        return try await withCheckedThrowingContinuation { continuation in
            slot.queue.async {
                self.load.withLock { load in
                    load.running += 1
                    load.peakRunning = max(load.peakRunning, load.running)
                }
                let result = Result { try slot.reader.connection.readTransaction { try body(slot.reader) } }
                self.load.withLock { load in
                    load.running -= 1
                    load.pending[index] -= 1
                }
                continuation.resume(with: result)
            }
        }
    }
}
