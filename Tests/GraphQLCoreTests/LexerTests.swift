import Testing
@testable import GraphQLCore

/// One lexed token, as tests compare it.
struct LexedToken: Equatable, CustomStringConvertible {
    var kind: TokenKind
    var text: String
    var line: Int32
    var column: Int32
    var description: String { "\(kind.description) \(text) \(line):\(column)" }
}

/// Every token of `source` (up to and excluding `<EOF>`), with its source text or string value.
func lexAll(_ source: String) throws -> [LexedToken] {
    var source = source
    let result: Result<[LexedToken], GraphQLError> = source.withUTF8 { bytes in
        var lexer = Lexer(bytes)
        var tokens: [LexedToken] = []
        do throws(GraphQLError) {
            while true {
                let token = try lexer.next()
                if token.kind == .eof { return .success(tokens) }
                let isString = token.kind == .string || token.kind == .blockString
                let text = isString ? lexer.stringValue
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
                tokens.append(LexedToken(kind: token.kind, text: text, line: token.line, column: token.column))
            }
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// The string value `source` lexes to (it must be one string or block string token).
func lexString(_ source: String) throws -> String? {
    let tokens = try lexAll(source)
    return tokens.count == 1 ? tokens[0].text : nil
}

@Suite struct LexerTests {
    @Test func punctuators() throws {
        let tokens = try lexAll("! $ & ( ) ... : = @ [ ] { | }")
        #expect(tokens.map(\.kind) == [.bang, .dollar, .amp, .parenL, .parenR, .spread, .colon, .equals, .at,
                                        .bracketL, .bracketR, .braceL, .pipe, .braceR])
        #expect(tokens.map(\.column) == [1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25, 27, 29])
    }

    @Test func namesAndIgnoredTokens() throws {
        #expect(try lexAll("\u{FEFF} foo") == [LexedToken(kind: .name, text: "foo", line: 1, column: 3)])
        #expect(try lexAll("\n \r\n \r  foo\n") == [LexedToken(kind: .name, text: "foo", line: 4, column: 3)])
        #expect(try lexAll("\n\n    foo\n\n\n") == [LexedToken(kind: .name, text: "foo", line: 3, column: 5)])
        #expect(try lexAll("\n    #comment\n    foo#comment\n") == [LexedToken(kind: .name, text: "foo", line: 3, column: 5)])
        #expect(try lexAll(",,,foo,,,") == [LexedToken(kind: .name, text: "foo", line: 1, column: 4)])
        #expect(try lexAll("\tfoo \u{FEFF}_bar9 __A") == [
            LexedToken(kind: .name, text: "foo", line: 1, column: 2),
            LexedToken(kind: .name, text: "_bar9", line: 1, column: 7),
            LexedToken(kind: .name, text: "__A", line: 1, column: 13),
        ])
        #expect(try lexAll("# only a comment").isEmpty)
        #expect(try lexAll("").isEmpty)
    }

    @Test func columnsCountUTF16UnitsAfterUnicode() throws {
        // é is 2 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 units.
        let tokens = try lexAll("\"é😀\" a # é😀 \n  \"😀\" b \"\"\"\n😀\"\"\" c")
        #expect(tokens == [
            LexedToken(kind: .string, text: "é😀", line: 1, column: 1),
            LexedToken(kind: .name, text: "a", line: 1, column: 7),
            LexedToken(kind: .string, text: "😀", line: 2, column: 3),
            LexedToken(kind: .name, text: "b", line: 2, column: 8),
            LexedToken(kind: .blockString, text: "😀", line: 2, column: 10),
            LexedToken(kind: .name, text: "c", line: 3, column: 7),
        ])
    }

    @Test func numbers() throws {
        let sources = ["4", "4.123", "-4", "9", "0", "-0", "-4.123", "0.123", "123e4", "123E4", "123e-4", "123e+4",
                       "-1.123e4", "-1.123E4", "-1.123e-4", "-1.123e+4", "-1.123e4567", "0e0", "0.0"]
        for source in sources {
            let isFloat = source.contains(".") || source.contains("e") || source.contains("E")
            #expect(try lexAll(source) == [LexedToken(kind: isFloat ? .float : .int, text: source, line: 1, column: 1)])
        }
        #expect(try lexAll("1,2 -3").map(\.text) == ["1", "2", "-3"])
    }

    @Test func strings() throws {
        #expect(try lexString("\"\"") == "")
        #expect(try lexString("\"simple\"") == "simple")
        #expect(try lexString("\" white space \"") == " white space ")
        #expect(try lexString("\"quote \\\"\"") == "quote \"")
        #expect(try lexString("\"escaped \\n\\r\\b\\t\\f\"") == "escaped \n\r\u{8}\t\u{C}")
        #expect(try lexString("\"slashes \\\\ \\/\"") == "slashes \\ /")
        #expect(try lexString("\"unescaped unicode outside BMP 😀\"") == "unescaped unicode outside BMP 😀")
        #expect(try lexString("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"") == "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}")
        #expect(try lexString("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"") == "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}")
        #expect(try lexString("\"string with unicode escape outside BMP \\u{1F600}\"") == "string with unicode escape outside BMP 😀")
        #expect(try lexString("\"string with minimal unicode escape \\u{0}\"") == "string with minimal unicode escape \u{0}")
        #expect(try lexString("\"string with maximal unicode escape \\u{10FFFF}\"") == "string with maximal unicode escape \u{10FFFF}")
        #expect(try lexString("\"string with maximal minimal unicode escape \\u{00000000}\"") == "string with maximal minimal unicode escape \u{0}")
        #expect(try lexString("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"") == "string with unicode surrogate pair escape 😀")
        #expect(try lexString("\"string with minimal surrogate pair escape \\uD800\\uDC00\"") == "string with minimal surrogate pair escape \u{10000}")
        #expect(try lexString("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"") == "string with maximal surrogate pair escape \u{10FFFF}")
        #expect(try lexString("\"control \u{0} and \u{7F} are source characters\"") == "control \u{0} and \u{7F} are source characters")
    }

    @Test func blockStrings() throws {
        #expect(try lexString("\"\"\"\"\"\"") == "")
        #expect(try lexString("\"\"\"simple\"\"\"") == "simple")
        #expect(try lexString("\"\"\" white space \"\"\"") == " white space ")
        #expect(try lexString("\"\"\"contains \" quote\"\"\"") == "contains \" quote")
        #expect(try lexString("\"\"\"contains \\\"\"\" triple quote\"\"\"") == "contains \"\"\" triple quote")
        #expect(try lexString("\"\"\"multi\nline\"\"\"") == "multi\nline")
        #expect(try lexString("\"\"\"multi\rline\r\nnormalized\"\"\"") == "multi\nline\nnormalized")
        #expect(try lexString("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"") == "unescaped \\n\\r\\b\\t\\f\\u1234")
        #expect(try lexString("\"\"\"unescaped unicode outside BMP 😀\"\"\"") == "unescaped unicode outside BMP 😀")
        #expect(try lexString("\"\"\"slashes \\\\ \\/\"\"\"") == "slashes \\\\ \\/")
        #expect(try lexString("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"") == "spans\n  multiple\n    lines")
        // The first line keeps its indentation; tabs count as indentation; blank lines go.
        #expect(try lexString("\"\"\"  first\n\t\tsecond\n\t\t  third\n   \n\"\"\"") == "  first\nsecond\n  third")
        #expect(try lexString("\"\"\"\n    \n  \n\"\"\"") == "")
        // Only lines after the first set the common indentation, even when shorter.
        #expect(try lexString("\"\"\"\n    a\n  b\n      c\"\"\"") == "  a\nb\n    c")
    }

    @Test func blockStringsCountLines() throws {
        let tokens = try lexAll("\"\"\"\r\n  a\r\n  b\r\n\"\"\" c\n d")
        #expect(tokens.map(\.line) == [1, 4, 5])
        #expect(tokens.map(\.column) == [1, 5, 2])
    }

    @Test(arguments: [
        ("\n\n    ?\n", "Syntax Error: Unexpected character: \"?\".", 3, 5),
        ("\"", "Syntax Error: Unterminated string.", 1, 2),
        ("\"\"\"", "Syntax Error: Unterminated string.", 1, 4),
        ("\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5),
        ("\"no end quote", "Syntax Error: Unterminated string.", 1, 14),
        ("'single quotes'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        ("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7),
        ("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7),
        ("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6),
        ("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6),
        ("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6),
        ("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6),
        ("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6),
        ("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6),
        ("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6),
        ("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6),
        ("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6),
        ("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6),
        ("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6),
        ("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11),
        ("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15),
        ("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11),
        ("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16),
        ("\"bad surrogate \\u{DEAD} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16),
        ("\"bad \\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 6),
        ("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39),
        ("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26),
        ("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25),
        ("\"bad \\uD83D\\not an escape\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6),
        ("\"é😀 \\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 6),
        // Escapes are quoted in UTF-16 units, as graphql-js slices them.
        ("\"\\uD😀8\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD😀8\".", 1, 2),
        ("\"\\u😀\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u😀\"\".", 1, 2),
        ("\"\\u{é}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{é\".", 1, 2),
        ("\"\\", "Syntax Error: Invalid character escape sequence: \"\\\".", 1, 2),
        ("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2),
        ("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        ("01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        ("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1),
        ("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3),
        (".123", "Syntax Error: Unexpected character: \".\".", 1, 1),
        ("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3),
        ("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2),
        ("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5),
        ("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 5),
        ("1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 1, 5),
        ("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6),
        ("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 6),
        ("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5),
        ("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2),
        ("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2),
        ("12a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3),
        ("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2),
        ("--1", "Syntax Error: Invalid number, expected digit but got: \"-\".", 1, 2),
        ("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 3),
        ("..", "Syntax Error: Unexpected character: \".\".", 1, 1),
        ("~", "Syntax Error: Unexpected character: \"~\".", 1, 1),
        ("\u{0}", "Syntax Error: Unexpected character: U+0000.", 1, 1),
        ("\u{7}", "Syntax Error: Unexpected character: U+0007.", 1, 1),
        ("\u{203B}", "Syntax Error: Unexpected character: U+203B.", 1, 1),
        ("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1),
        ("\u{200B}", "Syntax Error: Unexpected character: U+200B.", 1, 1),
        ("é", "Syntax Error: Unexpected character: U+00E9.", 1, 1),
        ("{ a(b: \"é😀\") ? }", "Syntax Error: Unexpected character: \"?\".", 1, 15),
        ("# é😀\n  😀", "Syntax Error: Unexpected character: U+1F600.", 2, 3),
        ("\u{FEFF} ?", "Syntax Error: Unexpected character: \"?\".", 1, 3),
        ("\"\"\"\n  é\n😀 \"\"\" ?", "Syntax Error: Unexpected character: \"?\".", 3, 8),
        ("\"\"\" ", "Syntax Error: Unterminated string.", 1, 5),
        ("\"\"\"\r\n\r\n", "Syntax Error: Unterminated string.", 3, 1),
        ("{ a }\r\n\r\n?", "Syntax Error: Unexpected character: \"?\".", 3, 1),
        ("{ a }\r?", "Syntax Error: Unexpected character: \"?\".", 2, 1),
        ("\"\"\"x\"\"\" 1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 11)
    ])
    func errors(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        #expect(throws: GraphQLError(message, locations: [SourceLocation(line: line, column: column)])) { try parse(source) }
    }
}
