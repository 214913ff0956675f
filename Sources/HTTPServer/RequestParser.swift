/// Reads requests one after another from a connection's input buffer.
///
/// The head is found by its terminating empty line; every LF in it must follow a CR. The body
/// is then read by Content-Length or chunked framing, within the configured limits.
struct RequestParser {
    /// What one call to `parse` produced.
    enum Event {
        /// More bytes are needed.
        case needMore
        /// A whole request: its head and body.
        case request(RequestHead, [UInt8])
    }

    private enum State {
        case head
        case fixedBody(RequestHead, length: Int)
        case chunkedBody(RequestHead, ChunkedDecoder)
    }

    private var state = State.head
    /// Where the search for the end of the head resumes.
    private var scanned = 0
    private let maxHeaderBytes: Int
    private let maxBodyBytes: Int

    /// A head whose body has not fully arrived yet and that asked for `100 Continue`.
    private(set) var awaitingContinue = false

    init(maxHeaderBytes: Int, maxBodyBytes: Int) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
    }

    /// Whether the parser is reading a body (the head has been accepted).
    var isReadingBody: Bool {
        if case .head = state { return false }
        return true
    }

    /// Marks the pending `100 Continue` as sent.
    mutating func continueSent() { awaitingContinue = false }

    /// Parses from `buffer[position...]`, advancing `position` past what it consumed.
    mutating func parse(_ buffer: [UInt8], _ position: inout Int) throws(HTTPParseError) -> Event {
        switch state {
        case .head:
            return try parseHead(buffer, &position)
        case .fixedBody(let head, let length):
            guard buffer.count - position >= length else { return .needMore }
            let body = Array(buffer[position..<(position + length)])
            position += length
            return finish(head, body)
        case .chunkedBody(let head, var decoder):
            state = .head
            let progress = try decoder.decode(buffer, &position)
            guard progress == .done else {
                state = .chunkedBody(head, decoder)
                return .needMore
            }
            return finish(head, decoder.body)
        }
    }

    private mutating func finish(_ head: RequestHead, _ body: [UInt8]) -> Event {
        state = .head
        scanned = 0
        awaitingContinue = false
        return .request(head, body)
    }

    private mutating func parseHead(_ buffer: [UInt8], _ position: inout Int) throws(HTTPParseError) -> Event {
        // Empty lines before a request line are ignored (RFC 9112 §2.2).
        while scanned == 0, buffer.count - position >= 2, buffer[position] == ByteClass.cr, buffer[position + 1] == ByteClass.lf {
            position += 2
        }
        if scanned == 0, position < buffer.count, buffer[position] == ByteClass.lf { throw HTTPParseError(400, "bare LF") }
        var i = position + scanned
        let end = buffer.count
        var headEnd = -1
        while i < end {
            if buffer[i] == ByteClass.lf {
                guard i > position, buffer[i - 1] == ByteClass.cr else { throw HTTPParseError(400, "bare LF") }
                // CRLF CRLF: the empty line ends the head.
                if i - position >= 3, buffer[i - 2] == ByteClass.lf {
                    headEnd = i + 1
                    break
                }
            }
            i += 1
            if i - position > maxHeaderBytes { throw HTTPParseError(431, "request header fields too large") }
        }
        guard headEnd >= 0 else {
            // Resume one byte back so a CR at the end is re-examined with its LF.
            scanned = max(0, end - position - 1)
            return .needMore
        }
        scanned = 0
        guard headEnd - position <= maxHeaderBytes else { throw HTTPParseError(431, "request header fields too large") }
        let head = try HeadParser.parse(buffer[position..<(headEnd - 2)])
        position = headEnd
        switch head.framing {
        case .none:
            return .request(head, [])
        case .length(let length):
            guard length <= maxBodyBytes else { throw HTTPParseError(413, "request body too large") }
            state = .fixedBody(head, length: length)
            awaitingContinue = head.expectsContinue && buffer.count - position < length
            return try parse(buffer, &position)
        case .chunked:
            state = .chunkedBody(head, ChunkedDecoder(maxBodyBytes: maxBodyBytes, maxLineBytes: maxHeaderBytes))
            awaitingContinue = head.expectsContinue && buffer.count == position
            return try parse(buffer, &position)
        }
    }
}
