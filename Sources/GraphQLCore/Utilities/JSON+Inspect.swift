/// `inspect` as graphql-js words values in messages: strings quoted as JSON, numbers as
/// JavaScript prints them, arrays as `[1, 2]`, objects as `{ a: 1 }`, nesting past two
/// levels as `[Array]` / `[Object]`, and at most 10 items.
extension JSON {
    /// The value as graphql-js's `inspect` prints it.
    public var inspected: String { inspect(depth: 0) }

    private func inspect(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return JSNumber.string(value)
        case .string(let value): return JSONWriter.quoted(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if depth >= 2 { return "[Array]" }
            var parts = items.prefix(10).map { $0.inspect(depth: depth + 1) }
            if items.count > 10 {
                let more = items.count - 10
                parts.append(more == 1 ? "... 1 more item" : "... \(more) more items")
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let object):
            if object.isEmpty { return "{}" }
            if depth >= 2 { return "[Object]" }
            let parts = object.map { "\($0.key): \($0.value.inspect(depth: depth + 1))" }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }
}
