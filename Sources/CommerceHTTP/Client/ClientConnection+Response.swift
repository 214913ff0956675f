import Foundation
import Commerce

extension ClientConnection {
    /// The most bytes a status line and header fields may take.
    static let maxHeadBytes = 64 * 1024

    /// Reads one answer before the deadline: the head, then a body framed by `Content-Length`,
    /// chunks or the end of the stream, never more than `maxBodyBytes` of it.
    func readResponse(deadline: RequestDeadline, maxBodyBytes: Int) throws(UpstreamFailure) -> ClientResponse {
        var data = buffered
        buffered = []
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find([13, 10, 13, 10], in: data)
            if headEnd != nil { break }
            guard data.count <= Self.maxHeadBytes else { throw .malformed("header over \(Self.maxHeadBytes) bytes") }
            let more = try receive(deadline: deadline)
            guard !more.isEmpty else { throw .connectionLost }
            data += more
        }
        let head = String(decoding: data[..<headEnd!], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]), (100...599).contains(status) else {
            throw .malformed("not an HTTP/1.x status line")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed("a header line without a colon") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var rest = Array(data[(headEnd! + 4)...])
        let connection = headers["connection"]?.lowercased()
        var keepAlive = statusLine[0] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive"
        let body: [UInt8]
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try readChunked(&rest, deadline: deadline, maxBodyBytes: maxBodyBytes)
        } else if let lengthText = headers["content-length"] {
            guard let length = Int(lengthText), length >= 0 else { throw .malformed("bad Content-Length") }
            guard length <= maxBodyBytes else { throw .tooLarge(maxBodyBytes) }
            while rest.count < length {
                let more = try receive(deadline: deadline)
                guard !more.isEmpty else { throw .connectionLost }
                rest += more
            }
            body = Array(rest[..<length])
            buffered = Array(rest[length...])
        } else {
            keepAlive = false
            while true {
                let more = try receive(deadline: deadline)
                if more.isEmpty { break }
                rest += more
                guard rest.count <= maxBodyBytes else { throw .tooLarge(maxBodyBytes) }
            }
            body = rest
        }
        return ClientResponse(status: status, headers: headers, body: body, keepAlive: keepAlive)
    }

    private func readChunked(_ data: inout [UInt8], deadline: RequestDeadline, maxBodyBytes: Int) throws(UpstreamFailure) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            var lineEnd = Self.find([13, 10], in: data)
            while lineEnd == nil {
                guard data.count < 1024 else { throw .malformed("chunk size line too long") }
                let more = try receive(deadline: deadline)
                guard !more.isEmpty else { throw .connectionLost }
                data += more
                lineEnd = Self.find([13, 10], in: data)
            }
            let sizeText = String(decoding: data[..<lineEnd!], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0 else { throw .malformed("bad chunk size") }
            guard body.count + size <= maxBodyBytes else { throw .tooLarge(maxBodyBytes) }
            let needed = lineEnd! + 2 + size + 2
            while data.count < needed {
                let more = try receive(deadline: deadline)
                guard !more.isEmpty else { throw .connectionLost }
                data += more
            }
            if size == 0 { buffered = Array(data[needed...]); return body }
            body += data[(lineEnd! + 2)..<(lineEnd! + 2 + size)]
            data = Array(data[needed...])
        }
    }

    /// Where `pattern` first starts in `data`.
    static func find(_ pattern: [UInt8], in data: [UInt8]) -> Int? {
        guard data.count >= pattern.count else { return nil }
        for start in 0...(data.count - pattern.count) where data[start] == pattern[0] {
            if data[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
        }
        return nil
    }
}
