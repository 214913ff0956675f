#if canImport(Glibc)
import Glibc
#endif

/// A listening Unix-domain socket at a path, readable and writable by its owner only (mode 0600),
/// which blocking `accept` calls take connections from: the control socket through which another
/// process asks for the listening socket.
public final class UnixListener: Sendable {
    /// Where the socket is.
    public let path: String
    private let fd: Int32
    private let inode: ino_t

    /// Creates the socket at `path`, replacing whatever file is there in one step (it is bound at a
    /// temporary name, made 0600 before it listens, then renamed over `path`), so a client never
    /// finds the path missing while one process hands over to the next.
    public init(path: String) throws(HTTPServerError) {
        self.path = path
        let temporary = path + ".\(getpid()).new"
        var address = try UnixSocket.address(temporary)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw HTTPServerError("socket: \(Socket.lastError())") }
        unlink(temporary)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        var status = stat()
        guard bound == 0, chmod(temporary, 0o600) == 0, Glibc.listen(fd, 8) == 0, stat(temporary, &status) == 0,
              rename(temporary, path) == 0 else {
            let message = Socket.lastError()
            unlink(temporary)
            Glibc.close(fd)
            throw HTTPServerError("cannot create the control socket \(path): \(message)")
        }
        self.fd = fd
        inode = status.st_ino
    }

    deinit { Glibc.close(fd) }

    /// Waits for the next connection; nil once `stop` was called (or on an error other than EINTR).
    public func accept(timeout: Double) -> UnixSocket? {
        while true {
            let client = Glibc.accept(fd, nil, nil)
            if client >= 0 {
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                return UnixSocket(fd: client, timeout: timeout)
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            return nil
        }
    }

    /// Stops accepting (a blocked `accept` returns nil); when `unlinking`, removes the socket file
    /// if it is still this one, not the one a process that took over put in its place.
    public func stop(unlinking: Bool = true) {
        shutdown(fd, Int32(SHUT_RDWR))
        var status = stat()
        if unlinking && stat(path, &status) == 0 && status.st_ino == inode { unlink(path) }
    }
}
