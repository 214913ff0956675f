/// A JSON parser over UTF-8 bytes (RFC 8259) that keeps object keys in document order.
///
/// Integers that fit `Int` become `.int`; other numbers `.double`. A repeated key keeps its
/// last value in the first key's place, as `JSON.parse` does. Errors name the byte offset.
public struct JSONParser {
    /// Why a text is not JSON, and where.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What was wrong.
        public var message: String
        /// The byte offset where it was found.
        public var offset: Int
        /// `message at byte offset`.
        public var description: String { "\(message) at byte \(offset)" }

        /// Creates an error.
        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    /// What a parse accepts beyond RFC 8259's grammar, and how deep it may nest.
    public struct Options: Sendable, Hashable {
        /// The most objects and arrays nested in one another ("JSON nested too deeply" past it).
        public var maxDepth: Int
        /// Whether a string whose bytes are not UTF-8 is an error ("Invalid UTF-8 in a string",
        /// at the offset just past it) rather than decoded with U+FFFD in place of the bad bytes.
        public var rejectsInvalidUTF8: Bool
        /// Whether a leading UTF-8 byte order mark is skipped (RFC 8259 8.1 allows ignoring it).
        public var skipsByteOrderMark: Bool

        /// Creates options; the defaults nest 512 deep, repair bad UTF-8 and refuse a BOM.
        public init(maxDepth: Int = 512, rejectsInvalidUTF8: Bool = false, skipsByteOrderMark: Bool = false) {
            self.maxDepth = maxDepth
            self.rejectsInvalidUTF8 = rejectsInvalidUTF8
            self.skipsByteOrderMark = skipsByteOrderMark
        }

        /// For bytes from the network: nest at most `maxDepth` deep, refuse bad UTF-8, skip a BOM.
        public static func strict(maxDepth: Int) -> Options {
            Options(maxDepth: maxDepth, rejectsInvalidUTF8: true, skipsByteOrderMark: true)
        }
    }

    /// Parses a JSON text from a string.
    public static func parse(_ text: String, options: Options = Options()) throws(ParseError) -> JSON {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(ParseError) in try parse(bytes: bytes, options: options) } }.get()
    }

    /// Parses a JSON text from UTF-8 bytes.
    public static func parse(bytes: [UInt8], options: Options = Options()) throws(ParseError) -> JSON {
        try bytes.withUnsafeBufferPointer { buffer in Result { () throws(ParseError) in try parse(bytes: buffer, options: options) } }.get()
    }

    /// Parses a JSON text from a buffer of UTF-8 bytes.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, options: Options = Options()) throws(ParseError) -> JSON {
        var parser = JSONParser(bytes: bytes, options: options)
        if options.skipsByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("Unexpected data after the JSON value") }
        return value
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let options: Options
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, options: Options) {
        self.bytes = bytes
        self.options = options
    }

    private func error(_ message: String) -> ParseError { ParseError(message: message, offset: position) }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    // value = object / array / string / number / true / false / null
    private mutating func parseValue(depth: Int) throws(ParseError) -> JSON {
        guard let byte = current else { throw error("Unexpected end of JSON") }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            guard depth < options.maxDepth else { throw error("JSON nested too deeply") }
        }
        switch byte {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("Unexpected character '\(Unicode.Scalar(byte))'")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(ParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("Unexpected end of JSON") }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
        guard matches else { throw error("Unexpected character '\(Unicode.Scalar(bytes[position]))'") }
        position += count
    }

    // object = { [ member *( , member ) ] }   member = string : value
    private mutating func parseObject(depth: Int) throws(ParseError) -> JSONObject {
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return object }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("Expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("Expected ':' after an object key") }
            position += 1
            skipWhitespace()
            object[key] = try parseValue(depth: depth + 1)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return object
            case nil: throw error("Unexpected end of JSON")
            default: throw error("Expected ',' or '}' in an object")
            }
        }
    }

    // array = [ [ value *( , value ) ] ]
    private mutating func parseArray(depth: Int) throws(ParseError) -> [JSON] {
        position += 1
        var items: [JSON] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return items }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return items
            case nil: throw error("Unexpected end of JSON")
            default: throw error("Expected ',' or ']' in an array")
            }
        }
    }

    // string = " *char "   with \" \\ \/ \b \f \n \r \t \uXXXX escapes
    private mutating func parseString() throws(ParseError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return try decodeString(raw)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("Unescaped control character in a string") }
            position += 1
        }
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try out.withUnsafeBufferPointer { raw in Result { () throws(ParseError) in try decodeString(raw) } }.get()
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &out)
            default:
                if byte < 0x20 { throw error("Unescaped control character in a string") }
                out.append(byte)
                position += 1
            }
        }
        throw error("Unterminated string")
    }

    /// A string's bytes as text: repaired with U+FFFD, or refused when the options say so.
    private func decodeString(_ raw: UnsafeBufferPointer<UInt8>) throws(ParseError) -> String {
        guard options.rejectsInvalidUTF8 else { return String(decoding: raw, as: UTF8.self) }
        guard let text = String(validating: raw, as: UTF8.self) else { throw error("Invalid UTF-8 in a string") }
        return text
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(ParseError) {
        guard let byte = current else { throw error("Unterminated string") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let save = position
                position += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            // A lone surrogate becomes U+FFFD, as decoding it to UTF-8 must.
            let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: String(Character(unicode)).utf8)
        default:
            position -= 1
            throw error("Invalid escape '\\\(Unicode.Scalar(byte))'")
        }
    }

    private mutating func parseHex4() throws(ParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("Unterminated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("Invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    // number = [ - ] int [ frac ] [ exp ]
    private mutating func parseNumber() throws(ParseError) -> JSON {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw error("Expected a digit")
        }
        if first == UInt8(ascii: "0") {
            position += 1
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard skipDigits() > 0 else { throw error("Expected a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw error("Expected a digit in the exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let int = Int(text) { return .int(int) }
        guard let double = Double(text) else { throw error("Invalid number") }
        return .double(double)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }
}
