/// What other threads hand to an event loop.
enum EventLoopMessage: Sendable {
    /// An asynchronous handler finished the request on connection `fd` (checked against `serial`).
    case completed(fd: Int32, serial: UInt64, response: HTTPResponse)
    /// A connection accepted by another loop, for this loop to serve.
    case adopt(fd: Int32, address: String)
    /// Stop accepting, finish in-flight requests, then exit.
    case shutdown
    /// Another process serves the listening socket now: stop watching it, take what is queued,
    /// then drain gently (see `EventLoop.beginHandOver`) and call `done` once no longer accepting.
    case handOver(idleGrace: Double, timeout: Double, done: @Sendable () -> Void)
}
