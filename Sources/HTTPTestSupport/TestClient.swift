#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPServer

/// A blocking TCP client for tests, with a receive timeout so no test can hang (generous, for
/// machines where other suites keep the cooperative pool busy for seconds).
// unchecked: a test uses a client from one thread at a time; `buffer` is its only `var`
public final class TestClient: @unchecked Sendable {
    /// The socket.
    public let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:port.
    public init(port: Int, timeout: Double = 30) throws {
        // The socket is `self.fd` only once connected: a class whose init throws after every
        // property is set runs its deinit, which would close the descriptor a second time, and
        // by then its number may be another thread's connection.
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw TestError("socket failed") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let reason = String(cString: strerror(errno))
            close(socketFD)
            throw TestError("connect failed: \(reason)")
        }
        fd = socketFD
    }

    deinit { close(fd) }

    /// Sends text as UTF-8.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Sends bytes, all of them.
    public func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw TestError("send failed: \(String(cString: strerror(errno)))") }
            sent += n
        }
    }

    /// Reads more bytes into the buffer; false at end of stream, throws on timeout or error.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n > 0 {
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
        if n == 0 { return false }
        if errno == ECONNRESET { return false }
        throw TestError("recv failed: \(String(cString: strerror(errno)))")
    }

    /// Reads one response (status line, headers, Content-Length body). A connection that ends
    /// before any byte of it throws "connection closed before a response" (what an HTTP client
    /// retries on a reused connection); one that ends later says where.
    public func readResponse(headRequest: Bool = false) throws -> TestResponse {
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                var lines = head.components(separatedBy: "\r\n")
                let statusLine = lines.removeFirst()
                let parts = statusLine.split(separator: " ", maxSplits: 2)
                guard parts.count >= 2, let status = Int(parts[1]) else { throw TestError("bad status line \(statusLine)") }
                var headers = HTTPHeaders()
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers.add(String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                }
                let length = headRequest ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
                while buffer.count < end + 4 + length {
                    guard try fill() else { throw TestError("connection closed inside a body") }
                }
                let body = Array(buffer[(end + 4)..<(end + 4 + length)])
                buffer.removeFirst(end + 4 + length)
                return TestResponse(status: status, headers: headers, body: body)
            }
            guard try fill() else {
                throw TestError(buffer.isEmpty ? "connection closed before a response" : "connection closed inside a response head")
            }
        }
    }

    /// Whether the server closes the connection (end of stream) with no further bytes.
    public func isClosedByServer() throws -> Bool {
        guard buffer.isEmpty else { return false }
        return try !fill()
    }

    /// Half-closes our sending side.
    public func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    private func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] && Array(buffer[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}
