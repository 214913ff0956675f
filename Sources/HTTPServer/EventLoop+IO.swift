#if canImport(Glibc)
import Glibc
#endif

extension EventLoop {
    /// Reacts to epoll readiness on a connection.
    func handle(_ connection: Connection, events: UInt32) {
        if events & (Epoll.error | Epoll.hangUp) != 0 {
            close(connection)
            return
        }
        if connection.lingering {
            discardInput(connection)
            return
        }
        if events & Epoll.output != 0 {
            flush(connection)
            guard connections[connection.fd] === connection else { return }
            if resumesAnswering(connection) {
                // Requests read while the output was over its bound: their time starts now.
                connection.requestStart = now
                process(connection)
                return
            }
        }
        if events & (Epoll.input | Epoll.readHangUp) != 0, connection.inFlight == nil,
           !connection.hasPendingOutput {
            guard readAvailable(connection) else { return }
            process(connection)
        }
    }

    /// Whether the output has drained and requests read before may be waiting to be answered.
    private func resumesAnswering(_ connection: Connection) -> Bool {
        !connection.hasPendingOutput && connection.inFlight == nil && !connection.closeAfterWrite
            && !connection.lingering && connection.hasBufferedInput
    }

    /// Reads what the socket holds (up to 256 KiB per wake-up, for fairness).
    /// Returns false when the connection was closed because of a read error.
    func readAvailable(_ connection: Connection) -> Bool {
        if connection.inputStart == connection.input.count {
            connection.input.removeAll(keepingCapacity: connection.input.capacity <= 1 << 16)
            connection.inputStart = 0
        } else if connection.inputStart > 1 << 15 {
            connection.input.removeSubrange(0..<connection.inputStart)
            connection.inputStart = 0
        }
        var total = 0
        while total < 1 << 18 {
            let n = scratch.withUnsafeMutableBytes { read(connection.fd, $0.baseAddress, $0.count) }
            if n > 0 {
                if connection.requestStart == 0 && !connection.isMidRequest { connection.requestStart = now }
                connection.input.append(contentsOf: scratch[0..<n])
                total += n
                if n < scratch.count { break }
            } else if n == 0 {
                connection.peerClosed = true
                break
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                break
            } else {
                close(connection)
                return false
            }
        }
        return true
    }

    /// Sends pending output; then closes, lingers, or waits for the next request.
    func flush(_ connection: Connection) {
        while connection.hasPendingOutput {
            let n = connection.output.withUnsafeBytes {
                send(connection.fd, $0.baseAddress! + connection.outputStart, $0.count - connection.outputStart, Int32(MSG_NOSIGNAL))
            }
            if n > 0 {
                connection.outputStart += n
                connection.deadline = now + System.nanoseconds(configuration.writeTimeout)
            } else if n < 0 && errno == EINTR {
                continue
            } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                setInterest(connection, Self.writeEvents)
                return
            } else {
                close(connection)
                return
            }
        }
        connection.output.removeAll(keepingCapacity: connection.output.capacity <= 1 << 16)
        connection.outputStart = 0
        if connection.closeAfterWrite {
            beginLingering(connection)
            return
        }
        if connection.inFlight != nil {
            setInterest(connection, 0)
            connection.deadline = draining ? drainDeadline : 0
        } else if connection.isMidRequest {
            setInterest(connection, Self.readEvents)
            connection.deadline = connection.requestStart + System.nanoseconds(configuration.requestReadTimeout)
        } else if draining && !handingOver {
            close(connection)
        } else {
            setInterest(connection, Self.readEvents)
            connection.deadline = now + System.nanoseconds(configuration.idleTimeout)
        }
    }

    /// Shuts down our sending side and drops further input until the peer closes, so the last
    /// response is not lost to a reset (a "lingering close").
    func beginLingering(_ connection: Connection) {
        if connection.peerClosed {
            close(connection)
            return
        }
        shutdown(connection.fd, Int32(SHUT_WR))
        connection.lingering = true
        connection.input = []
        connection.inputStart = 0
        connection.deadline = now + 2_000_000_000
        setInterest(connection, Self.readEvents)
    }

    /// Reads and drops input on a lingering connection; closes it at end of stream.
    private func discardInput(_ connection: Connection) {
        while true {
            let n = scratch.withUnsafeMutableBytes { read(connection.fd, $0.baseAddress, $0.count) }
            if n > 0 { continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            close(connection)
            return
        }
    }

    /// Changes the epoll interest of a connection when it differs.
    func setInterest(_ connection: Connection, _ events: UInt32) {
        guard connection.registeredEvents != events else { return }
        connection.registeredEvents = events
        Epoll.control(epollFD, Epoll.modify, connection.fd, events)
    }

    /// Closes a connection and forgets it.
    func close(_ connection: Connection) {
        guard connections[connection.fd] === connection else { return }
        connections[connection.fd] = nil
        Glibc.close(connection.fd)
        server.releaseConnection()
    }
}
