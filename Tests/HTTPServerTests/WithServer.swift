@testable import HTTPServer

/// Starts a server on an ephemeral port, runs `body`, then shuts it down and waits for it.
func withServer(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in },
                handler: HTTPHandler = echoHandler,
                _ body: (HTTPServer) async throws -> Void) async throws {
    var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
    configuration.eventLoopCount = 2
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, handler: handler)
    try server.start()
    do {
        try await body(server)
    } catch {
        server.shutdown()
        await server.stopped()
        throw error
    }
    server.shutdown()
    await server.stopped()
}

/// Answers with the method, path and body it received.
let echoHandler = HTTPHandler.sync { request in
    var headers = HTTPHeaders()
    headers.add("X-Method", request.method)
    headers.add("X-Path", request.path)
    return HTTPResponse(status: 200, headers: headers, body: request.body)
}
