/// Numbers as JavaScript's `String(number)` and `JSON.stringify` print them, so that messages
/// and responses read as graphql-js's do: `1` not `1.0`, `1e+21`, `1e-7`.
public enum JSNumber {
    /// The JavaScript spelling of a double (`NaN` and infinities as JavaScript names them).
    public static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        // Integral values that fit Int64 print as integers; larger ones (up to 1e21) are
        // expanded from Swift's exponent form below (Int64(1e20) would trap).
        if value == value.rounded(), abs(value) < 9.0e18 {
            return String(Int64(value))
        }
        let swift = "\(value)"  // shortest round-trip digits, e.g. "1.5", "1e-07", "1.2e+30"
        guard let e = swift.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return swift }
        var mantissa = String(swift[..<e])
        var exponent = String(swift[swift.index(after: e)...])
        if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
        var sign = "+"
        if exponent.hasPrefix("-") { sign = "-"; exponent.removeFirst() } else if exponent.hasPrefix("+") { exponent.removeFirst() }
        while exponent.count > 1, exponent.hasPrefix("0") { exponent.removeFirst() }
        let power = Int(exponent) ?? 0
        // JavaScript uses plain decimal notation for 1e-7 < |x| < 1e21.
        if sign == "-", power <= 6 {
            let digits = mantissa.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "-", with: "")
            let negative = value < 0
            return (negative ? "-" : "") + "0." + String(repeating: "0", count: power - 1) + digits
        }
        if sign == "+", power < 21 {
            let negative = value < 0
            var digits = mantissa.replacingOccurrences(of: "-", with: "")
            let point = digits.firstIndex(of: ".").map { digits.distance(from: digits.startIndex, to: $0) } ?? digits.count
            digits = digits.replacingOccurrences(of: ".", with: "")
            let intLength = point + power
            if digits.count <= intLength {
                digits += String(repeating: "0", count: intLength - digits.count)
            } else {
                digits.insert(".", at: digits.index(digits.startIndex, offsetBy: intLength))
            }
            return (negative ? "-" : "") + digits
        }
        return mantissa + "e" + sign + exponent
    }
}
