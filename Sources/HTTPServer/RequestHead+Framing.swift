extension RequestHead {
    /// Builds a head after checking the fields that decide framing and persistence (RFC 9112 §6).
    static func framed(method: String, target: String, version: String, headers: HTTPHeaders) throws(HTTPParseError) -> RequestHead {
        let isHTTP11 = version == "HTTP/1.1"
        let hosts = headers.values(for: "Host")
        if isHTTP11 && hosts.count != 1 { throw HTTPParseError(400, hosts.isEmpty ? "missing Host header" : "duplicate Host header") }

        let transferEncodings = headers.values(for: "Transfer-Encoding")
        let contentLengths = headers.values(for: "Content-Length")
        var framing = BodyFraming.none
        if !transferEncodings.isEmpty {
            guard contentLengths.isEmpty else { throw HTTPParseError(400, "both Content-Length and Transfer-Encoding") }
            guard isHTTP11 else { throw HTTPParseError(400, "Transfer-Encoding in an HTTP/1.0 request") }
            let codings = tokens(transferEncodings)
            guard codings.last == "chunked" else { throw HTTPParseError(400, "Transfer-Encoding without chunked last") }
            guard codings.count == 1 else { throw HTTPParseError(501, "unsupported transfer coding") }
            framing = .chunked
        } else if !contentLengths.isEmpty {
            guard contentLengths.count == 1 else { throw HTTPParseError(400, "duplicate Content-Length") }
            let digits = contentLengths[0].utf8
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                throw HTTPParseError(400, "invalid Content-Length")
            }
            guard digits.count <= 15, let length = Int(contentLengths[0]) else { throw HTTPParseError(413, "request body too large") }
            framing = length == 0 ? .none : .length(length)
        }

        let connection = tokens(headers.values(for: "Connection"))
        let keepAlive = isHTTP11 ? !connection.contains("close") : connection.contains("keep-alive") && !connection.contains("close")

        var expectsContinue = false
        if let expect = headers["Expect"] {
            guard expect.lowercased() == "100-continue" else { throw HTTPParseError(417, "unsupported expectation") }
            expectsContinue = isHTTP11
        }
        return RequestHead(method: method, target: target, version: version, headers: headers,
                           keepAlive: keepAlive, framing: framing, expectsContinue: expectsContinue)
    }

    /// Splits comma-separated header values into lowercased, trimmed, non-empty tokens.
    private static func tokens(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingASCIIWhitespace().lowercased() }
            .filter { !$0.isEmpty }
    }
}

private extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
