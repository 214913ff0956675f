import Commerce
import Glibc

/// One keep-alive TCP connection to an upstream, non-blocking, every wait a `poll` bounded by the
/// call's deadline. Used by one call at a time (the pool hands it out).
// unchecked: used by one call at a time, the pool handing it from one to the next under its lock
final class ClientConnection: @unchecked Sendable {
    let descriptor: Int32
    /// Bytes read past the last answer (a well-behaved upstream sends none).
    var buffered: [UInt8] = []
    /// Whether it carried an answer before (a reused connection may have been closed by the peer).
    var reused = false

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Connects to an IPv4 address before the deadline.
    static func open(address: sockaddr_in, deadline: RequestDeadline) throws(UpstreamFailure) -> ClientConnection {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .connect(errno) }
        let connection = ClientConnection(descriptor: fd)
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var target = address
        let result = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 {
            guard errno == EINPROGRESS else { throw .connect(errno) }
            try connection.wait(for: Int16(POLLOUT), deadline: deadline)
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &length)
            guard failure == 0 else { throw .connect(failure) }
        }
        return connection
    }

    /// Waits until the socket is ready for `events`, or throws `.timeout` at the deadline.
    func wait(for events: Int16, deadline: RequestDeadline) throws(UpstreamFailure) {
        while true {
            let milliseconds = Int32(min(deadline.remaining * 1000, 60_000).rounded(.up))
            guard milliseconds > 0 else { throw .timeout }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .connectionLost }
        }
    }

    /// Writes all of `bytes` before the deadline.
    func send(_ bytes: [UInt8], deadline: RequestDeadline) throws(UpstreamFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if written > 0 { offset += written; continue }
            if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { try wait(for: Int16(POLLOUT), deadline: deadline); continue }
            if written < 0 && errno == EINTR { continue }
            throw .connectionLost
        }
    }

    /// Reads what is there (waiting for some before the deadline); empty at the end of the stream.
    func receive(deadline: RequestDeadline) throws(UpstreamFailure) -> ArraySlice<UInt8> {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            if count > 0 { return chunk[..<count] }
            if count == 0 { return [] }
            if errno == EAGAIN || errno == EWOULDBLOCK { try wait(for: Int16(POLLIN), deadline: deadline); continue }
            if errno == EINTR { continue }
            throw .connectionLost
        }
    }
}
