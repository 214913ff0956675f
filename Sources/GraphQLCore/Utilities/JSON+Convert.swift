import Foundation

/// Conversion of plain Swift values (what resolvers return) to `JSON`.
public enum JSONConvertible {
    /// The JSON form of a Swift value made of JSON, strings, numbers, booleans, arrays and
    /// string-keyed dictionaries; `nil` if the value has no JSON form.
    public static func json(from value: Any) -> JSON? {
        switch value {
        case let json as JSON: return json
        case let string as String: return .string(string)
        case let bool as Bool: return .bool(bool)
        case let int as Int: return .int(int)
        case let double as Double: return .double(double)
        case let int as Int32: return .int(Int(int))
        case let int as Int64: return .int(Int(int))
        case let float as Float: return .double(Double(float))
        case let substring as Substring: return .string(String(substring))
        case let array as [Any]:
            var items: [JSON] = []
            items.reserveCapacity(array.count)
            for item in array {
                guard let json = json(from: item) else { return nil }
                items.append(json)
            }
            return .array(items)
        case let object as JSONObject: return .object(object)
        case let dictionary as [String: Any]:
            var object = JSONObject()
            for (key, item) in dictionary {
                guard let json = json(from: item) else { return nil }
                object[key] = json
            }
            return .object(object)
        case is NSNull: return .null
        case Optional<Any>.none: return .null
        default: return nil
        }
    }
}

/// `valueFromASTUntyped`: a literal's JSON form with no type to guide it. Ints become `.int`
/// (or `.double` past Int's range), floats `.double`, enum values their name as a string.
/// A variable takes its value from `variables`, `.null` when absent.
public func valueFromASTUntyped(_ node: ValueNode, variables: JSONObject?) throws -> JSON {
    switch node.kind {
    case .null: return .null
    case .int(let text): return Int(text).map(JSON.int) ?? .double(Double(text) ?? 0)
    case .float(let text): return .double(Double(text) ?? 0)
    case .string(let value, _): return .string(value)
    case .boolean(let value): return .bool(value)
    case .enumValue(let name): return .string(name)
    case .list(let items): return .array(try items.map { try valueFromASTUntyped($0, variables: variables) })
    case .object(let fields):
        var object = JSONObject()
        for field in fields { object[field.name.value] = try valueFromASTUntyped(field.value, variables: variables) }
        return .object(object)
    case .variable(let name): return variables?[name] ?? .null
    }
}
