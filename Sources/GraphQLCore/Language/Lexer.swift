// The lexer: turns UTF-8 source bytes into tokens, skipping ignored tokens (white space,
// line terminators, commas, comments and the byte order mark). It never builds a Character
// and allocates only for string values.
// https://spec.graphql.org/September2025/#sec-Language.Source-Text

/// Reads tokens from UTF-8 bytes. The bytes must outlive the lexer (the parser lexes inside
/// `String.withUTF8`).
struct Lexer {
    /// The source text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next token is looked for.
    var position: Int = 0
    /// The current line, 1-based.
    var line: Int32 = 1
    /// Byte offset where the current line starts.
    var lineStart: Int = 0
    /// Bytes minus UTF-16 code units of everything between `lineStart` and `position`, so a
    /// column is `position - lineStart - lineAdjust + 1` without rescanning the line.
    var lineAdjust: Int = 0
    /// The decoded value of the last string or block string token read.
    var stringValue: String = ""

    /// Creates a lexer over `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `index`, or -1 past the end.
    @inline(__always)
    func code(at index: Int) -> Int {
        index < bytes.count ? Int(bytes[index]) : -1
    }

    /// Reads the next token, skipping ignored tokens; at the end returns `<EOF>` again and again.
    /// Never inlined: inlined into the parser's recursive functions it would multiply their
    /// stack frames, and so the stack a deeply nested document needs.
    @inline(never)
    mutating func next() throws(GraphQLError) -> Token {
        let count = bytes.count
        while position < count {
            skipBlanks()
            guard position < count else { break }
            let byte = bytes[position]
            switch byte {
            // WhiteSpace and Comma
            case 0x20, 0x09, 0x2C:
                position += 1
            // LineTerminator
            case 0x0A:
                position += 1
                startLine()
            case 0x0D:
                position += code(at: position + 1) == 0x0A ? 2 : 1
                startLine()
            // UnicodeBOM (U+FEFF, EF BB BF), ignored anywhere
            case 0xEF where code(at: position + 1) == 0xBB && code(at: position + 2) == 0xBF:
                position += 3
                lineAdjust += 2
            // Comment :: # CommentChar*
            case 0x23:
                skipComment()
            case 0x21: return punctuator(.bang)
            case 0x24: return punctuator(.dollar)
            case 0x26: return punctuator(.amp)
            case 0x28: return punctuator(.parenL)
            case 0x29: return punctuator(.parenR)
            case 0x3A: return punctuator(.colon)
            case 0x3D: return punctuator(.equals)
            case 0x40: return punctuator(.at)
            case 0x5B: return punctuator(.bracketL)
            case 0x5D: return punctuator(.bracketR)
            case 0x7B: return punctuator(.braceL)
            case 0x7C: return punctuator(.pipe)
            case 0x7D: return punctuator(.braceR)
            case 0x2E:
                if code(at: position + 1) == 0x2E && code(at: position + 2) == 0x2E {
                    let token = makeToken(.spread, start: position, end: position + 3)
                    position += 3
                    return token
                }
                throw unexpectedCharacter(at: position)
            case 0x22:
                if code(at: position + 1) == 0x22 && code(at: position + 2) == 0x22 {
                    return try readBlockString()
                }
                return try readString()
            case 0x2D, 0x30...0x39:
                return try readNumber()
            case 0x41...0x5A, 0x5F, 0x61...0x7A:
                return readName()
            default:
                throw unexpectedCharacter(at: position)
            }
        }
        return makeToken(.eof, start: count, end: count)
    }

    /// Skips spaces, tabs, commas and `\n` line breaks, the common ignored tokens, in a tight
    /// loop (runs of eight spaces at a time); everything else is left to `next()`.
    @inline(__always)
    mutating func skipBlanks() {
        let count = bytes.count
        let base = bytes.baseAddress!
        var index = position
        while index < count {
            let byte = base[index]
            if byte == 0x20 {
                index += 1
                while index + 8 <= count
                    && UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0x2020_2020_2020_2020 {
                    index += 8
                }
            } else if byte == 0x0A {
                index += 1
                line += 1
                lineStart = index
                lineAdjust = 0
            } else if byte == 0x2C || byte == 0x09 {
                index += 1
            } else {
                break
            }
        }
        position = index
    }

    /// Records that a new line starts at `position`.
    @inline(__always)
    mutating func startLine() {
        line += 1
        lineStart = position
        lineAdjust = 0
    }

    /// A token with the current line and its column.
    @inline(__always)
    func makeToken(_ kind: TokenKind, start: Int, end: Int) -> Token {
        Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), line: line,
              column: Int32(truncatingIfNeeded: start - lineStart - lineAdjust + 1))
    }

    /// A one-byte punctuator at `position`.
    @inline(__always)
    mutating func punctuator(_ kind: TokenKind) -> Token {
        let token = makeToken(kind, start: position, end: position + 1)
        position += 1
        return token
    }

    /// Name :: NameStart NameContinue* [lookahead != NameContinue]
    mutating func readName() -> Token {
        let start = position
        var end = position + 1
        let count = bytes.count
        while end < count, isNameContinue(bytes[end]) { end += 1 }
        position = end
        return makeToken(.name, start: start, end: end)
    }

    /// Comment :: # CommentChar* [lookahead != CommentChar]
    mutating func skipComment() {
        var index = position + 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte >= 0x80 { lineAdjust += utf16Adjust(byte) }
            index += 1
        }
        position = index
    }

    /// The error for a character that starts no token.
    @inline(never)
    func unexpectedCharacter(at index: Int) -> GraphQLError {
        if bytes[index] == 0x27 {
            return syntaxError(at: index, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
        }
        return syntaxError(at: index, "Unexpected character: \(printCodePoint(at: index)).")
    }

    /// graphql-js's `printCodePointAt`: printable ASCII quoted, anything else as `U+XXXX`, `<EOF>` past the end.
    func printCodePoint(at index: Int) -> String {
        guard index < bytes.count else { return "<EOF>" }
        let byte = bytes[index]
        if byte >= 0x20 && byte <= 0x7E {
            return byte == 0x22 ? "'\"'" : "\"" + String(UnicodeScalar(byte)) + "\""
        }
        let scalar = decodeScalar(at: index)
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The Unicode scalar whose UTF-8 encoding starts at `index`.
    func decodeScalar(at index: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        let length = utf8Length(bytes[index])
        guard length > 1, index + length <= bytes.count else { return lead }
        var scalar = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { scalar = (scalar << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return scalar
    }

    /// The byte offset just past the character that starts at `index` (clamped to the end).
    func endOfCharacter(at index: Int) -> Int {
        guard index < bytes.count else { return index }
        return min(bytes.count, index + utf8Length(bytes[index]))
    }

    /// A syntax error at a byte offset: `Syntax Error: message` with its line and column.
    @inline(never)
    func syntaxError(at index: Int, _ message: String) -> GraphQLError {
        GraphQLError("Syntax Error: " + message, locations: [sourceLocation(of: bytes, at: index)])
    }
}

/// NameStart :: Letter | `_`
@inline(__always)
func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F
}

/// NameContinue :: Letter | Digit | `_`
@inline(__always)
func isNameContinue(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= 0x30 && byte <= 0x39)
}

/// Digit :: one of 0 1 2 3 4 5 6 7 8 9
@inline(__always)
func isDigit(_ code: Int) -> Bool {
    code >= 0x30 && code <= 0x39
}

/// How many bytes the UTF-8 sequence led by `byte` has (1 for ASCII and stray continuation bytes).
@inline(__always)
func utf8Length(_ byte: UInt8) -> Int {
    if byte < 0xC0 { return 1 }
    if byte < 0xE0 { return 2 }
    if byte < 0xF0 { return 3 }
    return 4
}

/// What one non-ASCII byte adds to "bytes minus UTF-16 units": continuation bytes count one,
/// a four-byte lead minus one (its scalar takes two UTF-16 units), other leads nothing.
@inline(__always)
func utf16Adjust(_ byte: UInt8) -> Int {
    if byte < 0xC0 { return 1 }
    return byte >= 0xF0 ? -1 : 0
}
