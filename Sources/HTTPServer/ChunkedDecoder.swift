/// Decodes a `Transfer-Encoding: chunked` body incrementally (RFC 9112 §7.1).
///
///     chunked-body = *chunk last-chunk trailer-section CRLF
///     chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
///     last-chunk   = 1*("0") [ chunk-ext ] CRLF
///
/// Chunk extensions and trailer fields are read and ignored.
struct ChunkedDecoder {
    /// The decoded body so far.
    private(set) var body: [UInt8] = []
    private var state = State.size
    private let maxBodyBytes: Int
    private let maxLineBytes: Int
    private var trailerBytes = 0

    private enum State {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer
        case done
    }

    /// The outcome of feeding bytes.
    enum Progress: Equatable {
        case needMore
        case done
    }

    init(maxBodyBytes: Int, maxLineBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxLineBytes = maxLineBytes
    }

    /// Consumes what it can of `buffer[position...]`, advancing `position`.
    mutating func decode(_ buffer: [UInt8], _ position: inout Int) throws(HTTPParseError) -> Progress {
        while true {
            switch state {
            case .size:
                guard let line = try takeLine(buffer, &position) else { return .needMore }
                let size = try Self.chunkSize(line)
                if size == 0 {
                    state = .trailer
                } else {
                    guard size <= maxBodyBytes - body.count else { throw HTTPParseError(413, "request body too large") }
                    state = .data(remaining: size)
                }
            case .data(let remaining):
                let available = min(remaining, buffer.count - position)
                guard available > 0 else { return .needMore }
                body.append(contentsOf: buffer[position..<(position + available)])
                position += available
                state = available == remaining ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard buffer.count - position >= 2 else { return .needMore }
                guard buffer[position] == ByteClass.cr, buffer[position + 1] == ByteClass.lf else {
                    throw HTTPParseError(400, "chunk data not followed by CRLF")
                }
                position += 2
                state = .size
            case .trailer:
                guard let line = try takeLine(buffer, &position) else { return .needMore }
                if line.isEmpty {
                    state = .done
                    return .done
                }
                trailerBytes += line.count + 2
                guard trailerBytes <= maxLineBytes else { throw HTTPParseError(431, "trailer section too large") }
                _ = try HeadParser.parseFieldLine(line)
            case .done:
                return .done
            }
        }
    }

    /// Takes one CRLF-terminated line, or returns nil when it is not complete yet.
    private func takeLine(_ buffer: [UInt8], _ position: inout Int) throws(HTTPParseError) -> ArraySlice<UInt8>? {
        var i = position
        let limit = min(buffer.count, position + maxLineBytes)
        while i < limit, buffer[i] != ByteClass.lf { i += 1 }
        guard i < limit else {
            if buffer.count - position >= maxLineBytes { throw HTTPParseError(400, "chunk line too long") }
            return nil
        }
        guard i > position, buffer[i - 1] == ByteClass.cr else { throw HTTPParseError(400, "bare LF in chunked body") }
        defer { position = i + 1 }
        return buffer[position..<(i - 1)]
    }

    // chunk-size = 1*HEXDIG, then optional chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
    private static func chunkSize(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
        var size = 0
        var digits = 0
        var i = line.startIndex
        while i < line.endIndex, let v = HTTPRequest.hexValue(line[i]) {
            guard digits < 15 else { throw HTTPParseError(413, "chunk size too large") }
            size = size << 4 | Int(v)
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw HTTPParseError(400, "invalid chunk size") }
        var rest = line[i...]
        while let f = rest.first, f == ByteClass.space || f == ByteClass.tab { rest = rest.dropFirst() }
        if let f = rest.first {
            guard f == UInt8(ascii: ";"), rest.allSatisfy(ByteClass.isFieldValueChar) else {
                throw HTTPParseError(400, "invalid chunk size")
            }
        }
        return size
    }
}
