#if canImport(Glibc)
import Glibc
#endif

extension EventLoop {
    /// Stops watching the listening socket, which another process now serves, accepts what is
    /// queued on it, and drains gently: see `HTTPServer.handOver`.
    func beginHandOver(idleGrace: Double, timeout: Double) {
        guard !draining else { return }
        draining = true
        handingOver = true
        drainDeadline = now + System.nanoseconds(timeout)
        idleCloseTime = now + System.nanoseconds(idleGrace)
        Epoll.control(epollFD, Epoll.delete, listenFD, 0)
        acceptQueued()
    }

    /// Accepts, and serves here, the connections queued when the loop stopped watching the
    /// listener: with EPOLLEXCLUSIVE a wake-up this loop took was given to no other process.
    private func acceptQueued() {
        for _ in 0..<4096 {
            guard let (fd, address) = Socket.accept(listenFD) else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            guard server.reserveConnection() else {
                Glibc.close(fd)
                continue
            }
            adopt(fd, address, evenWhileDraining: true)
        }
    }

    /// Once the grace after a hand-over has passed, closes the idle connections that have been
    /// answered: a FIN after a complete response, then a lingering read, so a request the client
    /// sent at that very moment meets a clean end of stream before any byte of its response
    /// (which HTTP clients retry on a reused connection), never a reset.
    func closeIdleAfterGrace() {
        guard handingOver, now >= idleCloseTime else { return }
        for connection in Array(connections.values) where connection.isIdle && connection.responses > 0 {
            beginLingering(connection)
        }
    }
}
