#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// One thread running epoll over its share of the connections.
///
/// Every loop watches the shared listening socket (with EPOLLEXCLUSIVE, so one loop wakes per
/// new connection) and an eventfd through which tasks and the server post messages.
/// All connection state is touched only by the loop's own thread.
// unchecked: its `var`s are touched only on the loop's own thread; other threads post through `mailbox`
final class EventLoop: @unchecked Sendable {
    let server: HTTPServer
    let configuration: HTTPServerConfiguration
    let epollFD: Int32
    let wakeFD: Int32
    let listenFD: Int32
    var connections: [Int32: Connection] = [:]
    var serializer: ResponseSerializer
    var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    var nextSerial: UInt64 = 0
    var now: UInt64 = System.monotonicNanoseconds()
    var lastSweep: UInt64 = 0
    var draining = false
    var drainDeadline: UInt64 = 0
    /// Draining because another process took the listener over: idle connections that have been
    /// answered are closed from `idleCloseTime` on, not at once.
    var handingOver = false
    var idleCloseTime: UInt64 = 0
    private let mailbox = Mutex<[EventLoopMessage]>([])

    static let readEvents = Epoll.input | Epoll.readHangUp
    static let writeEvents = Epoll.output

    init(server: HTTPServer, listenFD: Int32) throws(HTTPServerError) {
        self.server = server
        self.configuration = server.configuration
        self.listenFD = listenFD
        self.serializer = ResponseSerializer(sendsDate: server.configuration.sendsDate)
        epollFD = Epoll.create()
        guard epollFD >= 0 else { throw HTTPServerError("epoll_create1: \(Socket.lastError())") }
        wakeFD = Epoll.eventFD()
        guard wakeFD >= 0 else { throw HTTPServerError("eventfd: \(Socket.lastError())") }
        register(wakeFD, events: Epoll.input)
        register(listenFD, events: Epoll.input | Epoll.exclusive)
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: EventLoopMessage) {
        mailbox.withLock { $0.append(message) }
        var one: UInt64 = 1
        _ = Glibc.write(wakeFD, &one, 8)
    }

    /// Runs until shutdown has drained every connection.
    func run() {
        let events = Epoll.Events(capacity: 256)
        while true {
            let timeout: Int32 = connections.isEmpty && !draining ? -1 : 200
            let n = events.wait(epollFD, timeout: timeout)
            now = System.monotonicNanoseconds()
            if n < 0 && errno != EINTR { break }
            for i in 0..<max(0, Int(n)) {
                let fd = events.fd(i)
                if fd == listenFD {
                    acceptConnections()
                } else if fd == wakeFD {
                    drainMailbox()
                } else if let connection = connections[fd] {
                    handle(connection, events: events.events(i))
                }
            }
            if now &- lastSweep >= 100_000_000 {
                sweep()
                lastSweep = now
            }
            if draining && connections.isEmpty { break }
        }
        for connection in Array(connections.values) { close(connection) }
        // Connections handed over too late to be served are closed, not leaked.
        for case .adopt(let fd, _) in mailbox.withLock({ $0 }) {
            Glibc.close(fd)
            server.releaseConnection()
        }
        Glibc.close(epollFD)
        Glibc.close(wakeFD)
    }

    /// Accepts a batch of pending connections, closing those over the cap at once.
    private func acceptConnections() {
        guard !draining else { return }
        for _ in 0..<64 {
            guard let (fd, address) = Socket.accept(listenFD) else {
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE: server.shedOneConnection(listenFD)
                default: break
                }
                return
            }
            guard server.reserveConnection() else {
                Glibc.close(fd)
                continue
            }
            // Connections go to the loops in turn, whichever loop accepted them.
            if server.route(fd, address, acceptedBy: self) { adopt(fd, address) }
        }
    }

    /// Starts serving an accepted connection (while draining only when `evenWhileDraining`).
    func adopt(_ fd: Int32, _ address: String, evenWhileDraining: Bool = false) {
        guard !draining || evenWhileDraining else {
            Glibc.close(fd)
            server.releaseConnection()
            return
        }
        nextSerial += 1
        let parser = RequestParser(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes)
        let connection = Connection(fd: fd, serial: nextSerial, remoteAddress: address, parser: parser,
                                    registeredEvents: Self.readEvents)
        connection.deadline = now + System.nanoseconds(configuration.requestReadTimeout)
        connections[fd] = connection
        register(fd, events: Self.readEvents)
    }

    /// Handles the messages posted since the last wake-up.
    private func drainMailbox() {
        var count: UInt64 = 0
        _ = Glibc.read(wakeFD, &count, 8)
        let messages = mailbox.withLock { box in
            defer { box.removeAll(keepingCapacity: true) }
            return box
        }
        for message in messages {
            switch message {
            case .completed(let fd, let serial, let response):
                guard let connection = connections[fd], connection.serial == serial,
                      let pending = connection.inFlight else { continue }
                connection.inFlight = nil
                write(response, pending, to: connection)
                process(connection)
            case .adopt(let fd, let address):
                adopt(fd, address)
            case .shutdown:
                beginDraining()
            case .handOver(let idleGrace, let timeout, let done):
                beginHandOver(idleGrace: idleGrace, timeout: timeout)
                done()
            }
        }
    }

    func register(_ fd: Int32, events: UInt32) {
        Epoll.control(epollFD, Epoll.add, fd, events)
    }
}
