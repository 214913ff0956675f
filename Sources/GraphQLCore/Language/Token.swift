// Lexical tokens, as the lexer hands them to the parser.
// https://spec.graphql.org/September2025/#sec-Language.Source-Text.Lexical-Tokens

/// The kinds of token, spelled as graphql-js spells them in error messages.
enum TokenKind: UInt8, Sendable {
    case sof, eof
    case bang, dollar, amp, parenL, parenR, spread, colon, equals, at, bracketL, bracketR, braceL, pipe, braceR
    case name, int, float, string, blockString

    /// graphql-js's `getTokenKindDesc`: punctuators quoted, others by kind name.
    var description: String {
        switch self {
        case .sof: return "<SOF>"
        case .eof: return "<EOF>"
        case .bang: return "\"!\""
        case .dollar: return "\"$\""
        case .amp: return "\"&\""
        case .parenL: return "\"(\""
        case .parenR: return "\")\""
        case .spread: return "\"...\""
        case .colon: return "\":\""
        case .equals: return "\"=\""
        case .at: return "\"@\""
        case .bracketL: return "\"[\""
        case .bracketR: return "\"]\""
        case .braceL: return "\"{\""
        case .pipe: return "\"|\""
        case .braceR: return "\"}\""
        case .name: return "Name"
        case .int: return "Int"
        case .float: return "Float"
        case .string: return "String"
        case .blockString: return "BlockString"
        }
    }

    /// Whether tokens of this kind carry a value in error messages (`Name "x"`).
    var hasValue: Bool {
        switch self {
        case .name, .int, .float, .string, .blockString: return true
        default: return false
        }
    }
}

/// One token: its kind, byte range, and the line and column where it starts. A plain value
/// (no references), so copying it costs nothing; names and numbers are read from the source
/// bytes on demand, and the lexer keeps the decoded value of the last string it read.
struct Token: Sendable {
    /// What it is.
    var kind: TokenKind
    /// Byte offset of its first byte.
    var start: Int32
    /// Byte offset one past its last byte.
    var end: Int32
    /// 1-based line of `start`.
    var line: Int32
    /// 1-based column of `start`, in UTF-16 code units.
    var column: Int32
}
