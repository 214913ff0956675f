import Dispatch
import Foundation
import HTTPServer
import Synchronization

/// The control socket of `concord serve --pid-file F`, at `F.sock` (mode 0600): a process started
/// with `--take-over F` asks it for the listening socket, gets a duplicate of it (SCM_RIGHTS),
/// starts serving it, and says so; this process then stops accepting, drains
/// (`HTTPServer.handOver`) and exits. Until the new process says it serves, nothing changes here:
/// a new process that fails, or goes away, leaves this one serving as before.
///
/// The conversation, one line each way: `take-over PID` → the descriptor with `listener PID`;
/// `taken` → `released` once no loop here accepts any more; then `ready` once the new process has
/// written the pid file and its own control socket (this process exits only after it, so that
/// once it is gone the pid file names its successor). `pid` → `pid PID`.
public final class HandOverControl: Sendable {
    /// How long connections of a process that handed over may take to finish (then it exits).
    public static let drainTimeout: Double = 30
    /// How long an idle kept-alive connection stays open after a hand-over, for its client to
    /// send one more request (answered with `Connection: close`) rather than find it closed.
    public static let idleGrace: Double = 1
    /// How long either side waits for the other's next line.
    static let answerTimeout: Double = 10

    private let listener: UnixListener
    private let pidFile: String
    private let handedOver = Mutex(false)
    private let conversing = DispatchGroup()

    /// Writes the pid file and opens the control socket beside it for `server`'s listener;
    /// `log` gets one line for each hand-over, done or abandoned.
    public init(pidFile: String, server: HTTPServer, log: @escaping @Sendable (String) -> Void) throws {
        self.pidFile = pidFile
        do { listener = try UnixListener(path: PIDFile.socketPath(pidFile)) } catch {
            throw ServerConfigurationError(error.description)
        }
        try PIDFile.write(pidFile)
        conversing.enter()
        let thread = Thread { [self] in
            defer { conversing.leave() }
            while let peer = listener.accept(timeout: Self.answerTimeout) {
                guard Self.converse(with: peer, server: server, log: log) else { continue }
                handedOver.withLock { $0 = true }
                listener.stop(unlinking: false)
                return
            }
        }
        thread.name = "concord-control"
        thread.start()
    }

    /// Whether the listener was handed over to another process.
    public var isHandedOver: Bool { handedOver.withLock { $0 } }

    /// At exit: waits for a hand-over's last line, closes the control socket, and removes it and
    /// the pid file unless the listener was handed over (the new process owns them then).
    public func close() {
        if !isHandedOver { listener.stop(unlinking: true) }
        _ = conversing.wait(timeout: .now() + Self.answerTimeout + 1)
        guard !isHandedOver else { return }
        PIDFile.removeIfOurs(pidFile)
    }

    /// Answers one client; true when it took the listener over.
    private static func converse(with peer: UnixSocket, server: HTTPServer, log: (String) -> Void) -> Bool {
        do {
            guard let request = try peer.readLine() else { return false }
            if request == "pid" {
                try peer.send(line: "pid \(getpid())")
                return false
            }
            guard request.hasPrefix("take-over "), server.listenerDescriptor >= 0 else {
                try peer.send(line: "error unknown request")
                return false
            }
            let newProcess = request.dropFirst("take-over ".count)
            try peer.send(descriptor: server.listenerDescriptor, line: "listener \(getpid())")
            guard try peer.readLine() == "taken" else {
                log("hand-over to process \(newProcess) abandoned by it; still serving")
                return false
            }
            let connections = server.connectionCount
            server.handOver(idleGrace: idleGrace, timeout: drainTimeout)
            try? peer.send(line: "released")
            log("handed the listener over to process \(newProcess); finishing \(connections) connections, then exiting")
            _ = try? peer.readLine()  // `ready`, or the new process went away: either way it is done
            return true
        } catch {
            log("hand-over failed, still serving: \(error)")
            return false
        }
    }
}
