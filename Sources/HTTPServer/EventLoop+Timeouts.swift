#if canImport(Glibc)
import Glibc
#endif

extension EventLoop {
    /// Closes connections whose deadline has passed; a client that is too slow sending its
    /// request gets a 408 first.
    func sweep() {
        let forceAll = draining && now >= drainDeadline
        for connection in Array(connections.values) {
            guard forceAll || (connection.deadline != 0 && now >= connection.deadline) else { continue }
            if !forceAll && connection.isMidRequest && connection.inFlight == nil && !connection.hasPendingOutput
                && !connection.lingering && !connection.closeAfterWrite {
                let response = HTTPResponse(status: 408, text: "request not received in time\n")
                write(response, PendingResponse(keepAlive: false, headOnly: false, http10: false), to: connection)
                flush(connection)
            } else {
                close(connection)
            }
        }
        closeIdleAfterGrace()
    }

    /// Stops accepting and closes idle connections; busy ones close after their current response.
    func beginDraining() {
        guard !draining else { return }
        draining = true
        drainDeadline = now + System.nanoseconds(configuration.shutdownGracePeriod)
        Epoll.control(epollFD, Epoll.delete, listenFD, 0)
        for connection in Array(connections.values) where connection.isIdle {
            close(connection)
        }
    }
}
