// Block strings: lexing `"""..."""` and the spec's BlockStringValue() algorithm (common
// indentation removed, leading and trailing blank lines dropped), on bytes.
// https://spec.graphql.org/September2025/#BlockStringValue()

extension Lexer {
    /// BlockString :: `"""` BlockStringCharacter* `"""`
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    @inline(never)
    mutating func readBlockString() throws(GraphQLError) -> Token {
        let start = position
        let count = bytes.count
        var token = makeToken(.blockString, start: start, end: start)
        let base = bytes.baseAddress!
        var index = start + 3
        var isMultiline = false
        var hasEscape = false
        while index < count {
            let byte = base[index]
            // Most bytes are plain ASCII text: skip them eight at a time.
            if byte < 0x80 && byte != 0x22 && byte != 0x5C && byte != 0x0A && byte != 0x0D {
                index = max(index + 1, skipStringText(from: index + 1))
                continue
            }
            if byte == 0x22 {
                if code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22 {
                    position = index + 3
                    token.end = Int32(truncatingIfNeeded: index + 3)
                    stringValue = isMultiline || hasEscape
                        ? blockStringValue(start + 3, index, unescape: hasEscape)
                        : String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 3)..<index]), as: UTF8.self)
                    return token
                }
            } else if byte == 0x5C {
                if code(at: index + 1) == 0x22 && code(at: index + 2) == 0x22 && code(at: index + 3) == 0x22 {
                    hasEscape = true
                    index += 4
                    continue
                }
            } else if byte == 0x0A || byte == 0x0D {
                isMultiline = true
                index += byte == 0x0D && code(at: index + 1) == 0x0A ? 2 : 1
                position = index
                startLine()
                continue
            } else {
                lineAdjust += utf16Adjust(byte)
            }
            index += 1
        }
        throw syntaxError(at: index, "Unterminated string.")
    }

    /// The end of the line that starts at `index` (before its line terminator), not past `end`.
    @inline(__always)
    private func endOfLine(from index: Int, before end: Int) -> Int {
        findLineTerminator(from: index, before: end)
    }

    /// Where the line after the line terminator at `index` starts.
    @inline(__always)
    private func startOfNextLine(after index: Int) -> Int {
        bytes[index] == 0x0D && code(at: index + 1) == 0x0A ? index + 2 : index + 1
    }

    /// BlockStringValue(rawValue) for the raw bytes `start..<end`: the lines after the first lose
    /// their common indentation, leading and trailing blank lines go, lines are joined with
    /// `\n`, and `\"""` becomes `"""`.
    private func blockStringValue(_ start: Int, _ end: Int, unescape: Bool) -> String {
        // Pass 1: the common indentation and the first and last non-blank lines.
        var commonIndent = Int.max
        var firstNonEmpty = -1
        var lastNonEmpty = -1
        var number = 0
        var lineStart = start
        while true {
            let lineEnd = endOfLine(from: lineStart, before: end)
            var indent = 0
            while lineStart + indent < lineEnd && (bytes[lineStart + indent] == 0x20 || bytes[lineStart + indent] == 0x09) {
                indent += 1
            }
            if lineStart + indent < lineEnd {
                if firstNonEmpty < 0 { firstNonEmpty = number }
                lastNonEmpty = number
                if number != 0 && indent < commonIndent { commonIndent = indent }
            }
            if lineEnd >= end { break }
            lineStart = startOfNextLine(after: lineEnd)
            number += 1
        }
        guard firstNonEmpty >= 0 else { return "" }
        // Pass 2: copy the kept lines straight into the string's storage.
        return String(unsafeUninitializedCapacity: end - start) { output in
            var written = 0
            var number = 0
            var lineStart = start
            while number <= lastNonEmpty {
                let lineEnd = endOfLine(from: lineStart, before: end)
                if number >= firstNonEmpty {
                    if number != firstNonEmpty {
                        output[written] = 0x0A
                        written += 1
                    }
                    var index = number == 0 ? lineStart : lineStart + min(commonIndent, lineEnd - lineStart)
                    if !unescape {
                        let length = lineEnd - index
                        if length > 0 {
                            (output.baseAddress! + written).update(from: bytes.baseAddress! + index, count: length)
                            written += length
                        }
                        index = lineEnd
                    }
                    while index < lineEnd {
                        let byte = bytes[index]
                        output[written] = byte
                        written += 1
                        // \""" becomes """: skip the backslash.
                        if unescape && byte == 0x5C && index + 3 < lineEnd && bytes[index + 1] == 0x22
                            && bytes[index + 2] == 0x22 && bytes[index + 3] == 0x22 {
                            written -= 1
                        }
                        index += 1
                    }
                }
                if lineEnd >= end { break }
                lineStart = startOfNextLine(after: lineEnd)
                number += 1
            }
            return written
        }
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
