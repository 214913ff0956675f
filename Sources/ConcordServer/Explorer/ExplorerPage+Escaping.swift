extension ExplorerPage {
    /// `value` as a JSON string literal that is safe inside an HTML `<script>` element.
    ///
    /// Besides JSON's own escapes (quote, backslash, control characters), it escapes `<`, `>`
    /// and `&` as `\u003c`, `\u003e` and `\u0026`, so no value can close the element
    /// (`</script>`) or open a comment (`<!--`), and U+2028 and U+2029, which old JavaScript
    /// parsers treat as line ends. `JSON.parse` reads the result back unchanged.
    internal static func scriptSafeJSONString(_ value: String) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{7F}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// `\uXXXX` for a scalar in the Basic Multilingual Plane.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
