/// What the server calls for each request.
///
/// A synchronous handler runs on the connection's event loop and needs no task hop; keep it
/// short and non-blocking. An asynchronous handler runs in a new task and its response is
/// handed back to the loop.
public enum HTTPHandler: Sendable {
    /// Answers on the event loop thread.
    case sync(@Sendable (HTTPRequest) -> HTTPResponse)
    /// Answers from a task.
    case async(@Sendable (HTTPRequest) async -> HTTPResponse)
    /// Answers on the loop when it can (returns a response), otherwise returns nil and the
    /// asynchronous closure is called from a task.
    case hybrid(sync: @Sendable (HTTPRequest) -> HTTPResponse?, async: @Sendable (HTTPRequest) async -> HTTPResponse)
}
