#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: one epoll event loop per core, non-blocking sockets,
/// keep-alive and pipelining, bounded requests, timeouts, a connection cap and graceful shutdown.
///
///     let server = HTTPServer(configuration: .init(port: 8080), handler: .sync { _ in HTTPResponse(text: "hi") })
///     try server.run()   // returns after SIGTERM or SIGINT once in-flight requests are answered
public final class HTTPServer: Sendable {
    /// The settings the server was created with.
    public let configuration: HTTPServerConfiguration
    /// What answers requests.
    public let handler: HTTPHandler

    let state = Mutex(State())
    private let openConnections = Atomic<Int>(0)
    private let acceptCounter = Atomic<Int>(0)
    private let stopped = DispatchGroup()

    struct State {
        var listenFD: Int32 = -1
        var port = 0
        var loops: [EventLoop] = []
        var started = false
        var stopping = false
        var signalSources: [DispatchSourceSignal] = []
        var spareFD: Int32 = -1
        var runningLoops = 0
    }

    /// Creates a server; nothing is bound until `start()` or `run()`.
    public init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(), handler: HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }

    /// The bound port (useful with port 0), or 0 before `start()`.
    public var port: Int { state.withLock { $0.port } }

    /// The number of open client connections.
    public var connectionCount: Int { openConnections.load(ordering: .relaxed) }

    /// Binds the socket and starts the event loops, then returns.
    public func start() throws(HTTPServerError) {
        signal(SIGPIPE, SIG_IGN)
        try state.withLock { (state: inout State) throws(HTTPServerError) in
            guard !state.started else { return }
            let fd: Int32
            if let inherited = configuration.listener {
                fd = try Socket.adopt(inherited)
            } else {
                fd = try Socket.listen(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
            }
            var loops: [EventLoop] = []
            for _ in 0..<max(1, configuration.eventLoopCount) {
                do throws(HTTPServerError) {
                    loops.append(try EventLoop(server: self, listenFD: fd))
                } catch {
                    Glibc.close(fd)
                    throw error
                }
            }
            state.listenFD = fd
            state.port = Socket.localPort(fd)
            state.loops = loops
            state.started = true
            state.spareFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
            state.runningLoops = loops.count
            for (index, loop) in loops.enumerated() {
                stopped.enter()
                let thread = Thread { [self] in
                    loop.run()
                    loopExited()
                    stopped.leave()
                }
                thread.name = "http-loop-\(index)"
                thread.start()
            }
        }
    }

    /// Starts the server, shuts it down gracefully on SIGTERM or SIGINT, and returns once stopped.
    public func run() throws(HTTPServerError) {
        try start()
        handleSignals()
        waitUntilStopped()
    }

    /// Makes SIGTERM and SIGINT begin a graceful shutdown (through Dispatch signal sources).
    public func handleSignals() {
        state.withLock { state in
            guard state.signalSources.isEmpty else { return }
            for signalNumber in [SIGTERM, SIGINT] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [weak self] in self?.shutdown() }
                source.resume()
                state.signalSources.append(source)
            }
        }
    }

    /// Begins a graceful shutdown: stop accepting, close idle connections, let in-flight requests
    /// finish (within `shutdownGracePeriod`), then stop the loops. Returns at once.
    public func shutdown() {
        let loops = state.withLock { state -> [EventLoop] in
            guard state.started, !state.stopping else { return [] }
            state.stopping = true
            return state.loops
        }
        for loop in loops { loop.post(.shutdown) }
    }

    /// Blocks until every event loop has stopped.
    public func waitUntilStopped() {
        stopped.wait()
    }

    /// Suspends until every event loop has stopped.
    public func stopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            stopped.notify(queue: .global()) { continuation.resume() }
        }
    }

    /// Once the last loop has exited, closes the listening socket and releases the loops.
    private func loopExited() {
        state.withLock { state in
            state.runningLoops -= 1
            guard state.runningLoops == 0 else { return }
            if state.listenFD >= 0 { Glibc.close(state.listenFD) }
            if state.spareFD >= 0 { Glibc.close(state.spareFD) }
            state.listenFD = -1
            state.spareFD = -1
            state.loops = []
            for source in state.signalSources { source.cancel() }
            state.signalSources = []
        }
    }

    /// Hands a connection `loop` accepted to the loop whose turn it is (round robin); true when
    /// that is `loop` itself, or once stopping, when `loop` keeps it. Posting under the lock that
    /// `shutdown` and `handOver` set `stopping` under means a loop always gets its connections
    /// before the message that makes it drain.
    func route(_ fd: Int32, _ address: String, acceptedBy loop: EventLoop) -> Bool {
        let turn = acceptCounter.wrappingAdd(1, ordering: .relaxed).oldValue
        return state.withLock { state in
            guard !state.stopping, !state.loops.isEmpty else { return true }
            let next = state.loops[turn % state.loops.count]
            guard next !== loop else { return true }
            next.post(.adopt(fd: fd, address: address))
            return false
        }
    }

    /// Counts a new connection if the cap allows it.
    func reserveConnection() -> Bool {
        var current = openConnections.load(ordering: .relaxed)
        while current < configuration.maxConnections {
            let (exchanged, original) = openConnections.compareExchange(expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Uncounts a closed connection.
    func releaseConnection() {
        openConnections.subtract(1, ordering: .relaxed)
    }

    /// Out of descriptors: frees the spare one to accept and drop a pending connection, so the
    /// listening socket does not stay readable forever.
    func shedOneConnection(_ listenFD: Int32) {
        state.withLock { state in
            guard state.spareFD >= 0 else { return }
            Glibc.close(state.spareFD)
            let fd = accept(listenFD, nil, nil)
            if fd >= 0 { Glibc.close(fd) }
            state.spareFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
        }
    }
}
