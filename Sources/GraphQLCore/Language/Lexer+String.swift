// StringValue with every escape (`\n`, `\u0041`, `\u{1F600}`, surrogate pairs) and
// BlockString with the spec's dedent. Values are decoded straight from the bytes.
// https://spec.graphql.org/September2025/#sec-String-Value

extension Lexer {
    /// StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"`
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter
    @inline(never)
    mutating func readString() throws(GraphQLError) -> Token {
        let start = position
        let count = bytes.count
        var index = start + 1
        var chunkStart = index
        var buffer: [UInt8] = []
        var hasEscape = false
        var adjust = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 {
                let value: String
                if hasEscape {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                    value = String(decoding: buffer, as: UTF8.self)
                } else {
                    value = String(decoding: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]), as: UTF8.self)
                }
                let token = makeToken(.string, start: start, end: index + 1)
                stringValue = value
                lineAdjust += adjust
                position = index + 1
                return token
            }
            if byte == 0x5C {
                if !hasEscape { buffer.reserveCapacity(index - chunkStart + 16) }
                hasEscape = true
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                index += try readEscape(at: index, into: &buffer)
                chunkStart = index
                continue
            }
            if byte == 0x0A || byte == 0x0D { break }
            if byte >= 0x80 {
                adjust += utf16Adjust(byte)
                index += 1
            } else {
                index = max(index + 1, skipStringText(from: index + 1))
            }
        }
        throw syntaxError(at: index, "Unterminated string.")
    }

    /// Decodes the escape sequence at `index` (a `\`) into `buffer`; returns its length in bytes.
    private func readEscape(at index: Int, into buffer: inout [UInt8]) throws(GraphQLError) -> Int {
        let next = code(at: index + 1)
        if next == 0x75 {
            return code(at: index + 2) == 0x7B
                ? try readVariableWidthUnicode(at: index, into: &buffer)
                : try readFixedWidthUnicode(at: index, into: &buffer)
        }
        // EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
        let decoded: UInt8
        switch next {
        case 0x22: decoded = 0x22
        case 0x5C: decoded = 0x5C
        case 0x2F: decoded = 0x2F
        case 0x62: decoded = 0x08
        case 0x66: decoded = 0x0C
        case 0x6E: decoded = 0x0A
        case 0x72: decoded = 0x0D
        case 0x74: decoded = 0x09
        default:
            throw syntaxError(at: index, "Invalid character escape sequence: \"\(text(from: index, units: 2))\".")
        }
        buffer.append(decoded)
        return 2
    }

    /// EscapedUnicode :: `{` HexDigit+ `}` (a Unicode scalar value, at most 8 digits)
    private func readVariableWidthUnicode(at index: Int, into buffer: inout [UInt8]) throws(GraphQLError) -> Int {
        var point: Int32 = 0
        var size = 3
        // Cannot be longer than 12 characters (\u{00000000}).
        while size < 12 {
            let code = self.code(at: index + size)
            size += 1
            if code == 0x7D {
                // At least 5 characters (\u{0}), and a Unicode scalar value.
                guard size >= 5, let scalar = Unicode.Scalar(UInt32(bitPattern: point)) else { break }
                appendUTF8(scalar, to: &buffer)
                return size
            }
            point = (point &<< 4) | hexValue(code)
            if point < 0 { break }
        }
        throw syntaxError(at: index, "Invalid Unicode escape sequence: \"\(text(from: index, units: size))\".")
    }

    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, where a leading surrogate must be
    /// followed by `\u` and a trailing surrogate.
    private func readFixedWidthUnicode(at index: Int, into buffer: inout [UInt8]) throws(GraphQLError) -> Int {
        let unit = read16BitHex(at: index + 2)
        if unit >= 0, let scalar = Unicode.Scalar(UInt32(unit)) {
            appendUTF8(scalar, to: &buffer)
            return 6
        }
        if unit >= 0xD800 && unit <= 0xDBFF && code(at: index + 6) == 0x5C && code(at: index + 7) == 0x75 {
            let trailing = read16BitHex(at: index + 8)
            if trailing >= 0xDC00 && trailing <= 0xDFFF {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trailing) - 0xDC00)
                appendUTF8(Unicode.Scalar(value)!, to: &buffer)
                return 12
            }
        }
        throw syntaxError(at: index, "Invalid Unicode escape sequence: \"\(text(from: index, units: 6))\".")
    }

    /// Four hex digits at `index` as a number, negative if any is not a hex digit.
    private func read16BitHex(at index: Int) -> Int32 {
        (hexValue(code(at: index)) << 12) | (hexValue(code(at: index + 1)) << 8)
            | (hexValue(code(at: index + 2)) << 4) | hexValue(code(at: index + 3))
    }

    /// The source text of `units` UTF-16 code units from byte offset `start`, clamped to the
    /// source, for error messages (graphql-js slices its UTF-16 string; a surrogate pair cut in
    /// half is kept whole).
    func text(from start: Int, units: Int) -> String {
        var end = start
        var counted = 0
        while counted < units && end < bytes.count {
            let length = utf8Length(bytes[end])
            counted += length == 4 ? 2 : 1
            end = min(bytes.count, end + length)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

/// The value of a hex digit, or -1.
@inline(__always)
private func hexValue(_ code: Int) -> Int32 {
    switch code {
    case 0x30...0x39: return Int32(code - 0x30)
    case 0x41...0x46: return Int32(code - 0x37)
    case 0x61...0x66: return Int32(code - 0x57)
    default: return -1
    }
}

/// Appends a scalar's UTF-8 encoding.
@inline(__always)
private func appendUTF8(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
    UTF8.encode(scalar) { buffer.append($0) }
}
