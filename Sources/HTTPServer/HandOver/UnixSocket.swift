#if canImport(Glibc)
import Glibc
#endif

/// A connected Unix-domain stream socket, blocking, whose reads give up after a timeout: the
/// channel over which a serving process hands its listening socket to the process that replaces
/// it (text lines, and a descriptor passed with SCM_RIGHTS, see `UnixSocket+Descriptors`).
// unchecked: used by one thread at a time (the hand-over is a sequence of blocking calls); `buffer` is its only `var`
public final class UnixSocket: @unchecked Sendable {
    /// The socket.
    public let fd: Int32
    /// Bytes read past the last line returned.
    var buffer: [UInt8] = []

    /// Takes over a connected socket (one `UnixListener.accept` returned).
    init(fd: Int32, timeout: Double) {
        self.fd = fd
        Self.setTimeout(fd, timeout)
    }

    /// Connects to the socket at `path`; reads wait at most `timeout` seconds. The error says
    /// whether nothing is there (ENOENT) or nothing answers (ECONNREFUSED, a stale socket file).
    public init(connectingTo path: String, timeout: Double) throws(HTTPServerError) {
        var address = try Self.address(path)
        // `self.fd` only once connected: a throw after every property is set runs deinit, which
        // would close the descriptor again (and perhaps another thread's that reused its number).
        let socketFD = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socketFD >= 0 else { throw HTTPServerError("socket: \(Socket.lastError())") }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let reason = errno == ENOENT ? "no such socket" : errno == ECONNREFUSED ? "nothing is listening on it" : Socket.lastError()
            Glibc.close(socketFD)
            throw HTTPServerError("cannot connect to \(path): \(reason)")
        }
        Self.setTimeout(socketFD, timeout)
        fd = socketFD
    }

    deinit { Glibc.close(fd) }

    /// Sends `line` and a newline.
    public func send(line: String) throws(HTTPServerError) {
        let bytes = Array((line + "\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw HTTPServerError("send: \(Socket.lastError())") }
            sent += n
        }
    }

    /// The next line (without its newline), or nil when the peer closed first; throws when
    /// nothing came within the timeout.
    public func readLine() throws(HTTPServerError) -> String? {
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
            } else if n == 0 || errno == ECONNRESET {
                return nil
            } else if errno == EINTR {
                continue
            } else {
                throw HTTPServerError(errno == EAGAIN || errno == EWOULDBLOCK ? "no answer in time" : "recv: \(Socket.lastError())")
            }
        }
    }

    /// `sockaddr_un` for `path`; paths longer than `sun_path` holds are refused.
    static func address(_ path: String) throws(HTTPServerError) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else {
            throw HTTPServerError("the socket path \(path) is empty or longer than \(capacity - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        return address
    }

    private static func setTimeout(_ fd: Int32, _ timeout: Double) {
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }
}
