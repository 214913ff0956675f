// Printing of value literals, as graphql-js's `print` prints them: `[1, 2]`, `{a: 1, b: "x"}`,
// strings escaped by `printString`, block strings as block strings.

extension ValueNode {
    /// The literal as graphql-js's `print` writes it.
    public var printed: String {
        switch kind {
        case .variable(let name): return "$" + name
        case .int(let text), .float(let text): return text
        case .string(let value, let block): return block ? printBlockString(value) : printString(value)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .enumValue(let name): return name
        case .list(let items): return "[" + items.map(\.printed).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{" + fields.map { "\($0.name.value): \($0.value.printed)" }.joined(separator: ", ") + "}"
        }
    }
}

/// A string literal as graphql-js's `printString` writes it: `"`, `\` and the C0 and C1
/// control characters escaped (`\n`, `\u0000`, `\u007F`, ...).
public func printString(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
        switch scalar.value {
        case 0x22: out += "\\\""
        case 0x5C: out += "\\\\"
        case 0x08: out += "\\b"
        case 0x09: out += "\\t"
        case 0x0A: out += "\\n"
        case 0x0C: out += "\\f"
        case 0x0D: out += "\\r"
        case 0x00...0x1F, 0x7F...0x9F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// A block string as graphql-js's `printBlockString` writes it (graphql-js 16's choices of
/// leading and trailing line breaks).
public func printBlockString(_ value: String) -> String {
    let escaped = value.replacingOccurrences(of: "\"\"\"", with: "\\\"\"\"")
    let lines = escaped.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        .split(separator: "\n", omittingEmptySubsequences: false)
    let isSingleLine = lines.count == 1
    let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { line in
        line.isEmpty || line.first == " " || line.first == "\t"
    }
    let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
    let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
    let hasTrailingSlash = value.hasSuffix("\\")
    let forceTrailingNewline = hasTrailingQuote || hasTrailingSlash
    let printAsMultipleLines = !isSingleLine || value.utf16.count > 70
        || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes
    var result = ""
    let skipLeadingNewLine = isSingleLine && (value.first == " " || value.first == "\t")
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
    result += escaped
    if printAsMultipleLines || forceTrailingNewline { result += "\n" }
    return "\"\"\"" + result + "\"\"\""
}
