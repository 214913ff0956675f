import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Collects lines and writes them to a file descriptor in batches: when 64 KiB have gathered,
/// or at the latest `interval` seconds after the first unwritten line. One write call per batch
/// instead of one per request.
public final class BufferedLineWriter: @unchecked Sendable {  // the timer source is thread-safe
    private let fd: Int32
    private let buffer = Mutex<[UInt8]>([])
    private let timer: DispatchSourceTimer
    private static let flushBytes = 64 * 1024

    /// Creates a writer for `fd` (1 for standard output).
    public init(fd: Int32, interval: Double = 0.2) {
        self.fd = fd
        timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
    }

    deinit {
        timer.cancel()
        flush()
    }

    /// Adds one line (a newline is appended).
    public func write(_ line: String) {
        let full = buffer.withLock { bytes -> [UInt8]? in
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
            guard bytes.count >= Self.flushBytes else { return nil }
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        if let full { Self.writeAll(fd, full) }
    }

    /// Writes whatever is buffered now.
    public func flush() {
        let pending = buffer.withLock { bytes -> [UInt8] in
            defer { bytes.removeAll(keepingCapacity: true) }
            return bytes
        }
        if !pending.isEmpty { Self.writeAll(fd, pending) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
            }
        }
    }
}
