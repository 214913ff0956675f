import Foundation
import HTTPServer

/// `concord serve --take-over F`: asks the `concord serve --pid-file F` running now for its
/// listening socket, over `F.sock`. Nothing changes for the old process until `confirm`: a
/// process that fails to start and exits leaves it serving.
public final class TakeOver: Sendable {
    /// The listening socket, a duplicate of the old process's, for `HTTPServerConfiguration.listener`.
    public let listener: Int32
    /// The old process's id.
    public let oldProcess: Int32
    private let channel: UnixSocket

    /// Connects to the control socket and receives the listener; the error says what to do when
    /// there is no socket or nothing answers.
    public init(pidFile: String) throws {
        let path = PIDFile.socketPath(pidFile)
        let failure = { (reason: String) in
            ServerConfigurationError("cannot take over from \(path): \(reason) (is a concord serve running with --pid-file \(pidFile)?)")
        }
        let received: (descriptor: Int32, line: String)
        do {
            channel = try UnixSocket(connectingTo: path, timeout: HandOverControl.answerTimeout)
            try channel.send(line: "take-over \(getpid())")
            received = try channel.receiveDescriptor()
        } catch {
            throw failure(error.description)
        }
        guard received.line.hasPrefix("listener "), let pid = Int32(received.line.dropFirst("listener ".count)) else {
            close(received.descriptor)
            throw failure("unexpected answer \(received.line)")
        }
        (listener, oldProcess) = (received.descriptor, pid)
    }

    /// Tells the old process this one serves the listener now, and waits until it has stopped
    /// accepting (it then finishes its connections and exits on its own).
    public func confirm() throws {
        let answer: String?
        do {
            try channel.send(line: "taken")
            answer = try channel.readLine()
        } catch {
            throw ServerConfigurationError("process \(oldProcess) did not confirm the hand-over: \(error.description)")
        }
        guard answer == "released" else {
            throw ServerConfigurationError("process \(oldProcess) did not confirm the hand-over: it closed the connection")
        }
    }

    /// Tells the old process the pid file and the control socket are this process's now; it
    /// exits once its connections are finished, not before.
    public func finish() {
        try? channel.send(line: "ready")
    }

    /// Whether a `concord serve` answers on `pidFile`'s control socket (its process id).
    public static func runningServer(pidFile: String) -> Int32? {
        guard let channel = try? UnixSocket(connectingTo: PIDFile.socketPath(pidFile), timeout: 2),
              (try? channel.send(line: "pid")) != nil, let line = try? channel.readLine(), line.hasPrefix("pid ") else { return nil }
        return Int32(line.dropFirst("pid ".count))
    }
}
