extension EventLoop {
    /// Parses and answers buffered requests in order until one is in flight, more input is
    /// needed, or the connection is to be closed; then sends what was produced.
    func process(_ connection: Connection) {
        parsing: while connection.inFlight == nil && !connection.closeAfterWrite {
            do {
                switch try connection.parser.parse(connection.input, &connection.inputStart) {
                case .needMore:
                    if connection.parser.awaitingContinue {
                        connection.output.append(contentsOf: "HTTP/1.1 100 Continue\r\n\r\n".utf8)
                        connection.parser.continueSent()
                    }
                    break parsing
                case .request(let head, let body):
                    connection.requestStart = connection.inputStart < connection.input.count ? now : 0
                    dispatch(head, body, on: connection)
                }
            } catch {
                let response = HTTPResponse(status: error.status, text: error.reason + "\n")
                write(response, PendingResponse(keepAlive: false, headOnly: false, http10: false), to: connection)
            }
        }
        if connection.peerClosed && connection.inFlight == nil {
            // Nothing more can arrive: answer what was complete, then close.
            connection.closeAfterWrite = true
        }
        flush(connection)
    }

    /// Calls the handler for one request; a synchronous answer is written at once.
    private func dispatch(_ head: RequestHead, _ body: [UInt8], on connection: Connection) {
        let request = HTTPRequest(method: head.method, target: head.target, version: head.version,
                                  headers: head.headers, body: body, remoteAddress: connection.remoteAddress)
        let pending = PendingResponse(keepAlive: head.keepAlive, headOnly: head.method == "HEAD",
                                      http10: head.version == "HTTP/1.0")
        switch server.handler {
        case .sync(let respond):
            write(respond(request), pending, to: connection)
        case .async(let respond):
            start(respond, request, pending, on: connection)
        case .staged(let begin):
            switch begin(request) {
            case .response(let response):
                write(response, pending, to: connection)
            case .later(let finish):
                start({ _ in await finish() }, request, pending, on: connection)
            }
        }
    }

    /// Runs an asynchronous handler in a task; its response comes back through the mailbox.
    private func start(_ respond: @escaping @Sendable (HTTPRequest) async -> HTTPResponse, _ request: HTTPRequest,
                       _ pending: PendingResponse, on connection: Connection) {
        connection.inFlight = pending
        let fd = connection.fd, serial = connection.serial
        Task {
            let response = await respond(request)
            self.post(.completed(fd: fd, serial: serial, response: response))
        }
    }

    /// Serializes a response into the connection's output, deciding whether to keep the connection.
    func write(_ response: HTTPResponse, _ pending: PendingResponse, to connection: Connection) {
        var keepAlive = pending.keepAlive && !draining
        if let value = response.headers["Connection"], value.lowercased().contains("close") { keepAlive = false }
        serializer.write(response, close: !keepAlive, keepAlive10: keepAlive && pending.http10,
                         headOnly: pending.headOnly, into: &connection.output)
        if !keepAlive { connection.closeAfterWrite = true }
    }
}
