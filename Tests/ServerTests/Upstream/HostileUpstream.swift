import Foundation
import Glibc
import HTTPTestSupport
import Synchronization

/// An upstream that misbehaves on purpose, on a port of its own: each connection's requests are read
/// and answered as `mode` says. Counts the requests it read; `stop()` closes the listener and every
/// connection.
final class HostileUpstream: Sendable {
    enum Mode: Sendable {
        /// A correct, empty answer (`{"products":[]}`).
        case ok
        /// A correct answer after 5 s.
        case slow
        /// 500, or 503 with `Retry-After` when given.
        case error(Int, retryAfter: Int?)
        /// A head promising 10000 bytes, 100 of them, then a reset.
        case resetMidBody
        /// 200 `application/json` that is not JSON.
        case invalidJSON
        /// 200 `application/json` of 50 MB, streamed.
        case huge
        /// 200 `text/html`.
        case wrongContentType
    }

    let port: Int
    private let listener: Int32
    private let state: Mutex<(mode: Mode, requests: Int, connections: [Int32], stopped: Bool, most: Int)>

    init(_ mode: Mode, port: Int = 0) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(listener, 64) == 0 else { throw TestError("cannot listen: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) { _ = $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        state = Mutex((mode, 0, [], false, 0))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The most connections it had open at once.
    var mostConnections: Int { state.withLock { $0.most } }

    /// Requests read so far.
    var requests: Int { state.withLock { $0.requests } }

    /// Changes how later requests are answered.
    func set(_ mode: Mode) { state.withLock { $0.mode = mode } }

    /// Closes the listener and every connection (the upstream is killed).
    func stop() {
        let open = state.withLock { state -> [Int32] in
            state.stopped = true
            return state.connections
        }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            let stopped = state.withLock { state -> Bool in
                if !state.stopped { state.connections.append(fd) }
                state.most = max(state.most, state.connections.count)
                return state.stopped
            }
            if stopped { close(fd); return }
            Thread { [self] in serve(fd) }.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            state.withLock { $0.connections.removeAll { $0 == fd } }
            close(fd)
        }
        var buffer: [UInt8] = []
        while true {
            guard let request = readRequest(fd, &buffer) else { return }
            _ = request
            let mode = state.withLock { state -> Mode in
                state.requests += 1
                return state.mode
            }
            guard answer(fd, mode) else { return }
        }
    }

    /// Answers one request; false when the connection must end.
    private func answer(_ fd: Int32, _ mode: Mode) -> Bool {
        let json = "{\"products\":[],\"collections\":[],\"variants\":[],\"pages\":[]}"
        switch mode {
        case .ok:
            return write(fd, Self.head(200, "application/json", json.utf8.count) + json)
        case .slow:
            Thread.sleep(forTimeInterval: 5)
            return write(fd, Self.head(200, "application/json", json.utf8.count) + json)
        case .error(let status, let retryAfter):
            let extra = retryAfter.map { "Retry-After: \($0)\r\n" } ?? ""
            return write(fd, "HTTP/1.1 \(status) Failing\r\n\(extra)Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        case .resetMidBody:
            _ = write(fd, Self.head(200, "application/json", 10_000) + String(repeating: " ", count: 100))
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            return false
        case .invalidJSON:
            return write(fd, Self.head(200, "application/json", 9) + "{not json")
        case .huge:
            guard write(fd, Self.head(200, "application/json", 50 << 20) + "{\"products\":[") else { return false }
            let chunk = String(repeating: " ", count: 1 << 16)
            for _ in 0..<800 { guard write(fd, chunk) else { return false } }
            return false
        case .wrongContentType:
            return write(fd, Self.head(200, "text/html", 13) + "<html></html>")
        }
    }

    private static func head(_ status: Int, _ type: String, _ length: Int) -> String {
        "HTTP/1.1 \(status) OK\r\nContent-Type: \(type)\r\nCache-Control: max-age=0, stale-if-error=300\r\nContent-Length: \(length)\r\n\r\n"
    }

    private func write(_ fd: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// One request's head and body, or nil when the connection ended.
    private func readRequest(_ fd: Int32, _ buffer: inout [UInt8]) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let end = Self.find(buffer, [13, 10, 13, 10]) {
                let head = String(decoding: buffer[..<end], as: UTF8.self).lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if buffer.count >= end + 4 + length {
                    let request = Array(buffer[..<(end + 4 + length)])
                    buffer.removeFirst(end + 4 + length)
                    return request
                }
            }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    private static func find(_ data: [UInt8], _ pattern: [UInt8]) -> Int? {
        guard data.count >= pattern.count else { return nil }
        for start in 0...(data.count - pattern.count) where data[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
        return nil
    }
}
