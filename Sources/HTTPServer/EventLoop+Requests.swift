extension EventLoop {
    /// Parses and answers buffered requests in order until one is in flight, more input is
    /// needed, the connection is to be closed or its unsent output reaches
    /// `maxPendingOutputBytes`; then sends what was produced. When that output leaves at once,
    /// answering goes on here (a loop, not a recursion); otherwise it resumes when the socket
    /// has taken it all (see `handle`).
    func process(_ connection: Connection) {
        while true {
            let stalled = answerBuffered(connection)
            if !stalled && connection.peerClosed && connection.inFlight == nil {
                // Nothing more can arrive: answer what was complete, then close.
                connection.closeAfterWrite = true
            }
            flush(connection)
            guard stalled, connections[connection.fd] === connection, !connection.hasPendingOutput else { return }
        }
    }

    /// Answers buffered requests; true when it stopped because the output is over its bound
    /// with requests possibly still buffered.
    private func answerBuffered(_ connection: Connection) -> Bool {
        while connection.inFlight == nil && !connection.closeAfterWrite {
            if connection.pendingOutputBytes >= configuration.maxPendingOutputBytes {
                return connection.isMidRequest
            }
            do {
                switch try connection.parser.parse(connection.input, &connection.inputStart) {
                case .needMore:
                    if connection.parser.awaitingContinue {
                        connection.output.append(contentsOf: "HTTP/1.1 100 Continue\r\n\r\n".utf8)
                        connection.parser.continueSent()
                    }
                    return false
                case .request(let head, let body):
                    connection.requestStart = connection.hasBufferedInput ? now : 0
                    dispatch(head, body, on: connection)
                }
            } catch {
                let response = HTTPResponse(status: error.status, text: error.reason + "\n")
                write(response, PendingResponse(keepAlive: false, headOnly: false, http10: false), to: connection)
            }
        }
        return false
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
        connection.responses += 1
    }
}
