#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A small blocking HTTP/1.1 client for webhook deliveries: one `POST` per connection
/// (`Connection: close`), the answer read to its end, with a deadline on connecting, sending and
/// receiving. Call it off Swift's cooperative pool (the dispatcher runs it on its own queue).
enum WebhookHTTPClient {
    /// What an endpoint answered.
    struct Answer: Sendable {
        /// The status code.
        var status: Int
        /// `Retry-After`, in seconds from now, when given (seconds or an HTTP date).
        var retryAfter: TimeInterval?
    }

    /// Why no answer came.
    struct Failure: Error, Sendable {
        var message: String
    }

    /// Posts `body` with `headers` to `url`, giving up after `timeout` seconds per step.
    static func post(_ url: WebhookURL, headers: [(String, String)], body: [UInt8], timeout: TimeInterval) throws(Failure) -> Answer {
        let fd = try connect(url, timeout: timeout)
        defer { close(fd) }
        var head = "POST \(url.target) HTTP/1.1\r\nHost: \(url.host):\(url.port)\r\nUser-Agent: Concord-Webhooks/1\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let request = Array((head + "\r\n").utf8) + body
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(message: "sending failed: \(String(cString: strerror(errno)))") }
            sent += n
        }
        var answer: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 16384)
        while answer.count < 1 << 20 {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            guard n > 0 else {
                if !answer.isEmpty, headEnd(answer) != nil { break }
                throw Failure(message: errno == EAGAIN ? "no answer within \(timeout) s" : "receiving failed: \(String(cString: strerror(errno)))")
            }
            answer += chunk[0..<n]
            if isComplete(answer) { break }
        }
        return try parse(answer)
    }

    private static func connect(_ url: WebhookURL, timeout: TimeInterval) throws(Failure) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(url.host, String(url.port), &hints, &list) == 0, let first = list else {
            throw Failure(message: "cannot resolve \(url.host)")
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first, reason = "no address"
        while let address = entry {
            entry = address.pointee.ai_next
            let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            // On Linux, SO_SNDTIMEO also bounds connect().
            var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            if Glibc.connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return fd }
            reason = String(cString: strerror(errno))
            close(fd)
        }
        throw Failure(message: "cannot connect to \(url.host):\(url.port): \(reason)")
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 { return i }
        return nil
    }

    /// Whether the answer's body is all there by its Content-Length or its last chunk (without
    /// either, the close ends it).
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let end = headEnd(bytes) else { return false }
        let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
        if head.contains("transfer-encoding: chunked") { return bytes.count >= end + 9 && bytes.suffix(5).elementsEqual(Array("0\r\n\r\n".utf8)) }
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return bytes.count - end - 4 >= length
    }

    private static func parse(_ bytes: [UInt8]) throws(Failure) -> Answer {
        let head = String(decoding: bytes[..<(headEnd(bytes) ?? bytes.count)], as: UTF8.self)
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]), (100...599).contains(status) else {
            throw Failure(message: bytes.isEmpty ? "the connection closed with no answer" : "not an HTTP answer")
        }
        var retryAfter: TimeInterval?
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == "retry-after" else { continue }
            retryAfter = WebhookRetrySchedule.retryAfter(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Answer(status: status, retryAfter: retryAfter)
    }
}
