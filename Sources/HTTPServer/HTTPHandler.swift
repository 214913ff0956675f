/// What the server calls for each request.
///
/// A synchronous handler runs on the connection's event loop and needs no task hop; keep it
/// short and non-blocking. An asynchronous handler runs in a new task and its response is
/// handed back to the loop. A staged handler starts on the loop and either answers there or
/// hands over the rest of the work to a task.
public enum HTTPHandler: Sendable {
    /// Answers on the event loop thread.
    case sync(@Sendable (HTTPRequest) -> HTTPResponse)
    /// Answers from a task.
    case async(@Sendable (HTTPRequest) async -> HTTPResponse)
    /// Starts on the event loop thread; finishes there or in a task.
    case staged(@Sendable (HTTPRequest) -> HTTPHandlerResult)
}

/// What a staged handler's first, synchronous stage produced.
public enum HTTPHandlerResult: Sendable {
    /// The response, ready now.
    case response(HTTPResponse)
    /// The rest of the work, to run in a task.
    case later(@Sendable () async -> HTTPResponse)
}
