#if canImport(Glibc)
import Glibc
#endif

extension Socket {
    /// Checks that `fd` is a listening stream socket (one another process bound and handed over)
    /// and makes it non-blocking and close-on-exec, as `listen` would have.
    static func adopt(_ fd: Int32) throws(HTTPServerError) -> Int32 {
        var listening: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0 else {
            throw HTTPServerError("the inherited listener \(fd) is not a socket: \(lastError())")
        }
        guard listening != 0 else { throw HTTPServerError("the inherited socket \(fd) is not listening") }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw HTTPServerError("fcntl on the inherited listener: \(lastError())")
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }
}
