/// One client connection's state. Owned and touched only by its event loop's thread.
final class Connection {
    /// The socket.
    let fd: Int32
    /// Distinguishes this connection from a later one that reuses the descriptor.
    let serial: UInt64
    /// The peer, as `host:port`.
    let remoteAddress: String

    /// Bytes read and not yet parsed start at `inputStart`.
    var input: [UInt8] = []
    var inputStart = 0
    var parser: RequestParser

    /// Bytes to send start at `outputStart`.
    var output: [UInt8] = []
    var outputStart = 0

    /// An asynchronous handler is answering; its response's framing waits here.
    var inFlight: PendingResponse?
    /// Close once `output` has been sent.
    var closeAfterWrite = false
    /// The peer has shut down its sending side.
    var peerClosed = false
    /// Our side is shut down; remaining input is read and dropped until the peer closes.
    var lingering = false

    /// How many responses were written; a connection with none has yet to send its first request.
    var responses = 0

    /// When the current request's first byte arrived, or 0 between requests.
    var requestStart: UInt64 = 0
    /// When the connection is closed if nothing changes, or 0 for never.
    var deadline: UInt64 = 0
    /// The epoll events currently registered.
    var registeredEvents: UInt32

    init(fd: Int32, serial: UInt64, remoteAddress: String, parser: RequestParser, registeredEvents: UInt32) {
        self.fd = fd
        self.serial = serial
        self.remoteAddress = remoteAddress
        self.parser = parser
        self.registeredEvents = registeredEvents
    }

    /// Whether unsent output is waiting.
    var hasPendingOutput: Bool { outputStart < output.count }

    /// How many response bytes wait to be sent.
    var pendingOutputBytes: Int { output.count - outputStart }

    /// Whether bytes of a further request are buffered (complete or not).
    var hasBufferedInput: Bool { inputStart < input.count }

    /// Whether part of a request has arrived but not all of it.
    var isMidRequest: Bool { hasBufferedInput || parser.isReadingBody }

    /// Whether nothing is happening: no request being read, answered or written.
    var isIdle: Bool { inFlight == nil && !hasPendingOutput && !isMidRequest && !lingering }
}

/// How to frame the response of a request whose handler is still running.
struct PendingResponse {
    var keepAlive: Bool
    var headOnly: Bool
    var http10: Bool
}
