/// What other threads hand to an event loop.
enum EventLoopMessage: Sendable {
    /// An asynchronous handler finished the request on connection `fd` (checked against `serial`).
    case completed(fd: Int32, serial: UInt64, response: HTTPResponse)
    /// Stop accepting, finish in-flight requests, then exit.
    case shutdown
}
