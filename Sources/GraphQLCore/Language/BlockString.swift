// Block strings: lexing `"""..."""` and the spec's BlockStringValue() algorithm (common
// indentation removed, leading and trailing blank lines dropped), on bytes.
// https://spec.graphql.org/September2025/#BlockStringValue()

extension Lexer {
    /// BlockString :: `"""` BlockStringCharacter* `"""`
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    mutating func readBlockString() throws(GraphQLError) -> Token {
        let start = position
        let count = bytes.count
        var token = makeToken(.blockString, start: start, end: start)
        var index = start + 3
        var lineBegin = index
        var lines: [Range<Int>] = []
        var hasEscape = false
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 && code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22 {
                lines.append(lineBegin..<index)
                position = index + 3
                token.end = Int32(truncatingIfNeeded: index + 3)
                token.value = blockStringValue(lines: lines, unescape: hasEscape)
                return token
            }
            if byte == 0x5C && code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22 && code(at: index + 3) == 0x22 {
                hasEscape = true
                index += 4
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                lines.append(lineBegin..<index)
                index += byte == 0x0D && code(at: index + 1) == 0x0A ? 2 : 1
                lineBegin = index
                position = index
                startLine()
                continue
            }
            if byte >= 0x80 { lineAdjust += utf16Adjust(byte) }
            index += 1
        }
        throw syntaxError(at: index, "Unterminated string.")
    }

    /// BlockStringValue(rawValue): the raw lines dedented, blank first and last lines removed,
    /// joined with `\n`, `\"""` turned into `"""`.
    private func blockStringValue(lines: [Range<Int>], unescape: Bool) -> String {
        var commonIndent = Int.max
        var firstNonEmpty = -1
        var lastNonEmpty = -1
        for (number, line) in lines.enumerated() {
            var indent = 0
            while indent < line.count, bytes[line.lowerBound + indent] == 0x20 || bytes[line.lowerBound + indent] == 0x09 {
                indent += 1
            }
            if indent == line.count { continue }
            if firstNonEmpty < 0 { firstNonEmpty = number }
            lastNonEmpty = number
            if number != 0 && indent < commonIndent { commonIndent = indent }
        }
        guard firstNonEmpty >= 0 else { return "" }
        if lines.count == 1 && !unescape {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lines[0]]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(lines[lastNonEmpty].upperBound - lines[firstNonEmpty].lowerBound)
        for number in firstNonEmpty...lastNonEmpty {
            if number != firstNonEmpty { out.append(0x0A) }
            var line = lines[number]
            if number != 0 { line = (line.lowerBound + min(commonIndent, line.count))..<line.upperBound }
            if unescape {
                var index = line.lowerBound
                while index < line.upperBound {
                    let byte = bytes[index]
                    if byte == 0x5C && index + 3 < line.upperBound && bytes[index + 1] == 0x22
                        && bytes[index + 2] == 0x22 && bytes[index + 3] == 0x22 {
                        out.append(contentsOf: [0x22, 0x22, 0x22])
                        index += 4
                    } else {
                        out.append(byte)
                        index += 1
                    }
                }
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// graphql-js's `isPrintableAsBlockString`: whether `value` survives a round trip through a
/// block string (no leading or trailing blank line, no common indentation, no control characters).
public func isPrintableAsBlockString(_ value: String) -> Bool {
    if value.isEmpty { return true }
    var isEmptyLine = true
    var hasIndent = false
    var hasCommonIndent = true
    var seenNonEmptyLine = false
    for unit in value.utf16 {
        switch unit {
        case 0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0008, 0x000B, 0x000C, 0x000E, 0x000F:
            return false // Has non-printable characters
        case 0x000D:
            return false // Has \r or \r\n, which will be replaced as \n
        case 0x000A:
            if isEmptyLine && !seenNonEmptyLine { return false } // Has leading new line
            seenNonEmptyLine = true
            isEmptyLine = true
            hasIndent = false
        case 0x0009, 0x0020:
            hasIndent = hasIndent || isEmptyLine
        default:
            hasCommonIndent = hasCommonIndent && hasIndent
            isEmptyLine = false
        }
    }
    if isEmptyLine { return false } // Has trailing empty lines
    if hasCommonIndent && seenNonEmptyLine { return false } // Has internal indent
    return true
}
