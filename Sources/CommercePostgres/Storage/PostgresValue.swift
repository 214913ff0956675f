/// A statement parameter. Every parameter travels in PostgreSQL's text form, bound to a placeholder
/// (`$1`, `$2`, …) and never written into the statement; the server parses it as the placeholder's type.
enum PostgresValue: Sendable, Hashable {
    /// Text, or NULL.
    case text(String?)
    /// A whole number, or NULL.
    case integer(Int64?)
    /// A truth value, or NULL.
    case boolean(Bool?)
    /// A real number (`float8`), or NULL.
    case real(Double?)

    /// The text the server receives; nil for NULL.
    var textForm: String? {
        switch self {
        case .text(let text): return text
        case .integer(let number): return number.map { String($0) }
        case .boolean(let flag): return flag.map { $0 ? "t" : "f" }
        case .real(let number): return number.map { $0.isFinite ? "\($0)" : $0.isNaN ? "NaN" : $0 < 0 ? "-Infinity" : "Infinity" }
        }
    }

    /// Whether PostgreSQL's `text` can hold `text`: anything but the NUL character.
    static func isStorable(_ text: String) -> Bool {
        !text.utf8.contains(0)
    }
}
