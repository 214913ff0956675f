import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Collects lines and writes them to a file descriptor in batches: when 64 KiB have gathered,
/// or at the latest `interval` seconds after the first unwritten line. Writing happens on a
/// queue of its own and never blocks: a batch goes out in pieces of at most `PIPE_BUF` bytes,
/// each only once the descriptor reports room, so a full pipe (a log reader that stopped reading)
/// stalls neither the caller nor the queue. What the descriptor has not taken stays buffered, at
/// most `maxBufferedBytes` in all; a line that would go over is dropped and counted in
/// `droppedLines`. Lines are dropped whole, never cut.
// unchecked: `unsent`, its one `var`, is touched only by jobs on the serial `queue`
public final class BufferedLineWriter: @unchecked Sendable {
    private struct Backlog {
        /// Lines not yet handed to the queue.
        var bytes: [UInt8] = []
        /// Bytes the queue holds that the descriptor has not taken yet.
        var unsentBytes = 0
        var drainScheduled = false
        var droppedLines = 0
    }

    private let fd: Int32
    private let maxBufferedBytes: Int
    private let backlog = Mutex(Backlog())
    private let queue = DispatchQueue(label: "concord.access-log")
    private let timer: DispatchSourceTimer
    /// What the descriptor has not taken yet, oldest first (only on `queue`).
    private var unsent: [UInt8] = []
    private static let flushBytes = 64 * 1024
    /// `PIPE_BUF`: a pipe that reports room takes this much whole, without blocking.
    private static let pieceBytes = 4096

    /// Creates a writer for `fd` (1 for standard output) that holds at most `maxBufferedBytes`
    /// the descriptor has not taken (1 MiB by default).
    public init(fd: Int32, interval: Double = 0.2, maxBufferedBytes: Int = 1 << 20) {
        self.fd = fd
        self.maxBufferedBytes = maxBufferedBytes
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.drain() }
        timer.resume()
    }

    deinit {
        timer.cancel()
        // Whatever the descriptor takes at once; nothing waits here.
        let rest = backlog.withLock { unsent + $0.bytes }
        _ = Self.writeWithoutBlocking(fd, rest)
    }

    /// Lines dropped because the descriptor had not taken `maxBufferedBytes` of earlier ones.
    public var droppedLines: Int { backlog.withLock { $0.droppedLines } }

    /// Adds one line (a newline is appended), or drops it when the buffer is full. Never blocks
    /// on the descriptor.
    public func write(_ line: String) {
        let schedule = backlog.withLock { b -> Bool in
            let size = line.utf8.count + 1
            guard b.bytes.count + b.unsentBytes + size <= maxBufferedBytes else {
                b.droppedLines += 1
                return false
            }
            b.bytes.append(contentsOf: line.utf8)
            b.bytes.append(0x0A)
            guard b.bytes.count >= Self.flushBytes, !b.drainScheduled else { return false }
            b.drainScheduled = true
            return true
        }
        if schedule { queue.async { [self] in drain() } }
    }

    /// Writes what is buffered now, waiting at most `seconds` for the descriptor to take it
    /// (at shutdown: a reader that stopped cannot hold the process).
    public func flush(waitingAtMost seconds: Double = 2) {
        let done = DispatchSemaphore(value: 0)
        queue.async { [self] in
            let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
            drain()
            while !unsent.isEmpty {
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline else { break }
                var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let ready = poll(&poller, 1, Int32(min(100, (deadline - now) / 1_000_000 + 1)))
                if ready > 0 && !Self.canWrite(poller) { break }  // an error: nobody will read
                drain()
            }
            done.signal()
        }
        _ = done.wait(timeout: .now() + max(0, seconds) + 1)
    }

    /// On `queue`: moves the buffered lines behind the unsent bytes and writes what the
    /// descriptor takes now.
    private func drain() {
        let fresh = backlog.withLock { b -> [UInt8] in
            b.drainScheduled = false
            let taken = b.bytes
            b.bytes.removeAll(keepingCapacity: true)
            b.unsentBytes += taken.count
            return taken
        }
        unsent.append(contentsOf: fresh)
        guard !unsent.isEmpty else { return }
        let written = Self.writeWithoutBlocking(fd, unsent)
        unsent.removeFirst(written)
        let left = unsent.count
        backlog.withLock { $0.unsentBytes = left }
    }

    /// Whether `poll` reported room and no error (a pipe whose reader is gone reports both).
    private static func canWrite(_ poller: pollfd) -> Bool {
        poller.revents & Int16(POLLOUT) != 0 && poller.revents & Int16(POLLERR | POLLHUP | POLLNVAL) == 0
    }

    /// Writes `bytes` in pieces while `fd` reports room; returns how many it took.
    private static func writeWithoutBlocking(_ fd: Int32, _ bytes: [UInt8]) -> Int {
        var offset = 0
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        while offset < bytes.count {
            poller.revents = 0
            let ready = poll(&poller, 1, 0)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0, canWrite(poller) else { break }
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, min(pieceBytes, raw.count - offset))
            }
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return offset
    }
}
