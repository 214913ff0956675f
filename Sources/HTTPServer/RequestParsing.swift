/// The request parser as the fuzzers in `Fuzz/` drive it (not API: `@_spi(Fuzzing)`).
@_spi(Fuzzing) public enum RequestParsing {
    /// Reads `bytes` as one connection's input arriving `pieceSize` bytes at a time, the way
    /// an event loop does, and describes what came out: one line per request (method, target,
    /// version, headers, keep-alive, body), then `error STATUS` if the input ended in one.
    /// The description must not depend on `pieceSize`.
    public static func outcome(of bytes: [UInt8], pieceSize: Int, maxHeaderBytes: Int = 2048,
                               maxBodyBytes: Int = 8192) -> [String] {
        var parser = RequestParser(maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes)
        var input: [UInt8] = []
        var position = 0
        var lines: [String] = []
        var offset = 0
        let step = max(1, pieceSize)
        while offset < bytes.count {
            let end = min(bytes.count, offset + step)
            input.append(contentsOf: bytes[offset..<end])
            offset = end
            while true {
                do {
                    guard case .request(let head, let body) = try parser.parse(input, &position) else { break }
                    if body.count > maxBodyBytes { lines.append("body over the limit: \(body.count)") }
                    let headers = head.headers.map { "\($0.name): \($0.value)" }.joined(separator: "|")
                    lines.append("\(head.method) \(head.target) \(head.version) [\(headers)] keepAlive=\(head.keepAlive) body=\(body)")
                } catch {
                    lines.append("error \(error.status)")
                    return lines
                }
            }
        }
        return lines
    }
}
