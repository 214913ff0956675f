import Testing
@testable import HTTPServer

@Suite struct RequestParserTests {
    static let batch = "GET /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Long: " + String(repeating: "v", count: 300) + "\r\n\r\n"
        + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
        + "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nT: 1\r\n\r\n"
        + "\r\nDELETE /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"

    /// Feeds `bytes` in pieces of the given sizes (cycled) and collects the requests.
    static func parseInPieces(_ bytes: [UInt8], sizes: [Int]) throws(HTTPParseError) -> [String] {
        var parser = RequestParser(maxHeaderBytes: 16 * 1024, maxBodyBytes: 1 << 20)
        var buffer: [UInt8] = []
        var position = 0
        var offset = 0
        var step = 0
        var seen: [String] = []
        while offset < bytes.count {
            let size = sizes[step % sizes.count]
            step += 1
            buffer.append(contentsOf: bytes[offset..<min(bytes.count, offset + size)])
            offset += size
            while case .request(let head, let body) = try parser.parse(buffer, &position) {
                seen.append("\(head.method) \(head.target) \(head.keepAlive) \(String(decoding: body, as: UTF8.self))")
            }
        }
        return seen
    }

    static let expected = ["GET /a?x=1 true ", "POST /b true hello", "POST /c true abc0123456789abcdef", "DELETE /d true "]

    @Test func wholeBatchAtOnce() throws {
        #expect(try Self.parseInPieces(Array(Self.batch.utf8), sizes: [100_000]) == Self.expected)
    }

    @Test func everySplitPointGivesTheSameRequests() throws {
        let bytes = Array(Self.batch.utf8)
        for split in 1..<bytes.count {
            #expect(try Self.parseInPieces(bytes, sizes: [split, bytes.count]) == Self.expected, "split at \(split)")
        }
    }

    @Test(arguments: [1, 2, 3, 7, 13])
    func smallPieces(_ size: Int) throws {
        #expect(try Self.parseInPieces(Array(Self.batch.utf8), sizes: [size]) == Self.expected)
    }

    @Test func randomBytesNeverCrashAndAlwaysEndInAnErrorOrMoreInput() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 200)
            var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if generator.next() % 2 == 0 { bytes = Array("GET / HTTP/1.1\r\n".utf8) + bytes }
            var parser = RequestParser(maxHeaderBytes: 64, maxBodyBytes: 64)
            var position = 0
            do {
                while case .request = try parser.parse(bytes, &position) {}
                #expect(position <= bytes.count)
            } catch {
                #expect([400, 413, 417, 431, 501, 505].contains(error.status))
            }
        }
    }
}

/// A small deterministic random number generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
