import Foundation

/// Splits text into search tokens exactly as SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer
/// does, so that both backends match the same words (`SQLiteTokenizerTests` compares the two over
/// every code point). Tokens are runs of letters, digits and private-use characters, case-folded, with
/// diacritics removed from letters whose base is a Latin letter (`é` → `e`, `ǘ` → `u`; `ø`, `ß`, `ł`
/// and Greek accents stay). Combining diacritics U+0300–U+0331 that FTS5 knows are dropped inside a
/// token. FTS5's tables are Unicode 6.1's: a character assigned later (such as a newer emoji) is part
/// of a token, unchanged, and so is an unassigned one; the handful of characters whose category changed
/// since keep the old one.
public enum SearchTokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: current.append(scalar); continue
                case 0x41...0x5A: current.append(Unicode.Scalar(value + 0x20)!); continue
                default: break
                }
            } else if droppedDiacritics.contains(value) {
                continue
            } else if let folded = tokenCharacter(scalar) {
                current.append(folded)
                continue
            }
            if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// The folded form of a non-ASCII character that belongs to a token, or nil for a separator.
    private static func tokenCharacter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value == 0xFFFE || value == 0xFFFF || formerSpacingMarks.contains(value) { return nil }
        if value == 0x1885 || value == 0x1886 { return scalar }  // letters in Unicode 6.1, marks since 9.0
        guard isKnown(scalar) else { return scalar }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse, .unassigned:
            return fold(scalar)
        default:
            return nil
        }
    }

    /// Case folding (simple: one character to one), then diacritics removed down to a Latin letter.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var folded = scalar
        if let exception = foldingExceptions[scalar.value] {
            folded = Unicode.Scalar(exception)!
        } else if let lower = scalar.properties.lowercaseMapping.unicodeScalars.first, isKnown(lower) {
            folded = lower
        }
        return asciiBases[folded.value] ?? folded
    }

    /// Whether Unicode 6.1, whose tables FTS5's tokenizer holds, assigned the character.
    private static func isKnown(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 6 || (age.major == 6 && age.minor <= 1)
    }

    /// The combining diacritics FTS5 removes (they neither split nor appear in a token).
    private static let droppedDiacritics: Set<UInt32> = [
        0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x309, 0x30A, 0x30B, 0x30C, 0x30F, 0x311,
        0x31B, 0x323, 0x324, 0x325, 0x326, 0x327, 0x328, 0x32D, 0x32E, 0x330, 0x331,
    ]

    /// Letters in today's Unicode that were spacing marks (separators) in Unicode 6.1.
    private static let formerSpacingMarks: Set<UInt32> = Set(0x19B0...0x19C0).union([0x19C8, 0x19C9, 0x1CF2, 0x1CF3])

    /// Where simple case folding differs from the lowercase mapping.
    private static let foldingExceptions: [UInt32: UInt32] = [
        0x00B5: 0x03BC, 0x017F: 0x0073, 0x0345: 0x03B9, 0x03C2: 0x03C3, 0x03D0: 0x03B2, 0x03D1: 0x03B8,
        0x03D5: 0x03C6, 0x03D6: 0x03C0, 0x03F0: 0x03BA, 0x03F1: 0x03C1, 0x03F5: 0x03B5, 0x1E9B: 0x1E61,
        0x1FBE: 0x03B9,
    ]

    /// Folded letters that lose their diacritics: those of Latin-1, Latin Extended-A and -B and Latin
    /// Extended Additional whose canonical decomposition is a Latin letter and dropped diacritics
    /// (FTS5 leaves U+01E1, ǡ, as it is).
    private static let asciiBases: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) where value != 0x1E1 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.count > 1, let base = parts.first, base.isASCII, base.properties.isAlphabetic,
                  parts.dropFirst().allSatisfy({ droppedDiacritics.contains($0.value) }) else { continue }
            table[UInt32(value)] = Unicode.Scalar(base.value | 0x20)!
        }
        return table
    }()
}
