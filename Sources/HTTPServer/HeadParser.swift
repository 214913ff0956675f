/// Parses a complete request head (request line and header fields, CRLF-terminated lines).
///
/// Follows RFC 9112: `request-line = method SP request-target SP HTTP-version`, then
/// `field-line = field-name ":" OWS field-value OWS`, each line ending in CRLF.
enum HeadParser {
    /// The methods the server knows; others are answered 501.
    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT"]

    /// Parses `bytes` (without the final empty line) into a request head.
    /// Every line in `bytes` ends in CRLF; the caller has already refused bare LFs.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> RequestHead {
        var lines = LineIterator(bytes: bytes)
        guard let requestLine = lines.next() else { throw HTTPParseError(400, "missing request line") }
        let (method, target, version) = try parseRequestLine(requestLine)
        var headers = HTTPHeaders()
        while let line = lines.next() {
            headers.add(contentsOf: try parseFieldLine(line))
        }
        guard knownMethods.contains(method) else { throw HTTPParseError(501, "method \(method) is not implemented") }
        return try RequestHead.framed(method: method, target: target, version: version, headers: headers)
    }

    // request-line = method SP request-target SP HTTP-version
    static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (String, String, String) {
        let parts = line.split(separator: ByteClass.space, maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw HTTPParseError(400, "malformed request line") }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(ByteClass.isTokenChar) else { throw HTTPParseError(400, "malformed method") }
        guard !target.isEmpty, target.allSatisfy(ByteClass.isTargetChar) else { throw HTTPParseError(400, "malformed request target") }
        let versionString = try parseVersion(version)
        return (String(decoding: method, as: UTF8.self), String(decoding: target, as: UTF8.self), versionString)
    }

    // HTTP-version = HTTP-name "/" DIGIT "." DIGIT
    static func parseVersion(_ v: ArraySlice<UInt8>) throws(HTTPParseError) -> String {
        let b = Array(v)
        guard b.count == 8, b[0...4].elementsEqual("HTTP/".utf8), b[6] == UInt8(ascii: "."),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[5]),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[7]) else {
            throw HTTPParseError(400, "malformed HTTP version")
        }
        guard b[5] == UInt8(ascii: "1"), b[7] == UInt8(ascii: "0") || b[7] == UInt8(ascii: "1") else {
            throw HTTPParseError(505, "HTTP version not supported")
        }
        return String(decoding: b, as: UTF8.self)
    }

    // field-line = field-name ":" OWS field-value OWS
    static func parseFieldLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (String, String) {
        guard let first = line.first, first != ByteClass.space, first != ByteClass.tab else {
            throw HTTPParseError(400, "obsolete line folding is not accepted")
        }
        guard let colon = line.firstIndex(of: ByteClass.colon) else { throw HTTPParseError(400, "malformed header field") }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(ByteClass.isTokenChar) else { throw HTTPParseError(400, "malformed header field name") }
        var value = line[(colon + 1)...]
        guard value.allSatisfy(ByteClass.isFieldValueChar) else { throw HTTPParseError(400, "invalid character in header field value") }
        while let f = value.first, f == ByteClass.space || f == ByteClass.tab { value = value.dropFirst() }
        while let l = value.last, l == ByteClass.space || l == ByteClass.tab { value = value.dropLast() }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }
}

/// Walks CRLF-terminated lines, yielding each without its CRLF.
private struct LineIterator {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    mutating func next() -> ArraySlice<UInt8>? {
        guard position < bytes.endIndex else { return nil }
        var i = position
        while i < bytes.endIndex, bytes[i] != ByteClass.lf { i += 1 }
        let end = i > position && bytes[i - 1] == ByteClass.cr ? i - 1 : i
        defer { position = i + 1 }
        return bytes[position..<end]
    }
}

private extension HTTPHeaders {
    mutating func add(contentsOf field: (String, String)) { add(field.0, field.1) }
}
