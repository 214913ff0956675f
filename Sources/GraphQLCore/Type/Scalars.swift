import Foundation

// The built-in scalars and their coercion rules, with graphql-js 16's messages.
// https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars

/// The built-in scalar types. They are shared by every schema.
public enum BuiltInScalars {
    /// `Int`: a signed 32-bit integer.
    public static let int = GraphQLScalarType(
        name: "Int",
        description: "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        serialize: serializeInt, parseValue: parseIntValue, parseLiteral: parseIntLiteral)

    /// `Float`: a double-precision number.
    public static let float = GraphQLScalarType(
        name: "Float",
        description: "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        serialize: serializeFloat, parseValue: parseFloatValue, parseLiteral: parseFloatLiteral)

    /// `String`: UTF-8 text.
    public static let string = GraphQLScalarType(
        name: "String",
        description: "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        serialize: serializeString, parseValue: parseStringValue, parseLiteral: parseStringLiteral)

    /// `Boolean`: true or false.
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        serialize: serializeBoolean, parseValue: parseBooleanValue, parseLiteral: parseBooleanLiteral)

    /// `ID`: a unique identifier, serialized as a string.
    public static let id = GraphQLScalarType(
        name: "ID",
        description: "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        serialize: serializeID, parseValue: parseIDValue, parseLiteral: parseIDLiteral)

    /// All five, in the order the spec lists them.
    public static let all: [GraphQLScalarType] = [string, int, float, boolean, id]

    /// The built-in scalar with this name, if any.
    public static func named(_ name: String) -> GraphQLScalarType? {
        switch name {
        case "Int": return int
        case "Float": return float
        case "String": return string
        case "Boolean": return boolean
        case "ID": return id
        default: return nil
        }
    }

    // MARK: Int

    private static let int32Range = Int(Int32.min)...Int(Int32.max)

    private static func serializeInt(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value) ?? .string("\(value)")
        var number: Double?
        switch json {
        case .int(let int):
            guard int32Range.contains(int) else { throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(int)") }
            return .int(int)
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .double(let double): number = double
        case .string(let text): number = jsNumber(text)
        default: break
        }
        guard let number, number.isFinite, number == number.rounded() else {
            throw GraphQLError("Int cannot represent non-integer value: \(json.inspected)")
        }
        guard number >= Double(Int32.min), number <= Double(Int32.max) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(json.inspected)")
        }
        return .int(Int(number))
    }

    private static func parseIntValue(_ value: JSON) throws -> JSON {
        switch value {
        case .int(let int):
            guard int32Range.contains(int) else { throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(int)") }
            return value
        case .double(let double) where double.isFinite && double == double.rounded():
            guard double >= Double(Int32.min), double <= Double(Int32.max) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(JSNumber.string(double))")
            }
            return .int(Int(double))
        default:
            throw GraphQLError("Int cannot represent non-integer value: \(value.inspected)")
        }
    }

    private static func parseIntLiteral(_ node: ValueNode, _ variables: JSONObject?) throws -> JSON {
        guard case .int(let text) = node.kind else {
            throw GraphQLError("Int cannot represent non-integer value: \(node.printed)", nodes: [node.loc])
        }
        guard let int = Int(text), int32Range.contains(int) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(text)", nodes: [node.loc])
        }
        return .int(int)
    }

    // MARK: Float

    private static func serializeFloat(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value) ?? .string("\(value)")
        switch json {
        case .int: return json
        case .double(let double) where double.isFinite: return json
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .string(let text):
            if let number = jsNumber(text), number.isFinite { return .double(number) }
        default: break
        }
        throw GraphQLError("Float cannot represent non numeric value: \(json.inspected)")
    }

    private static func parseFloatValue(_ value: JSON) throws -> JSON {
        switch value {
        case .int(let int): return .double(Double(int))
        case .double(let double) where double.isFinite: return value
        default: throw GraphQLError("Float cannot represent non numeric value: \(value.inspected)")
        }
    }

    private static func parseFloatLiteral(_ node: ValueNode, _ variables: JSONObject?) throws -> JSON {
        switch node.kind {
        case .int(let text), .float(let text): return .double(Double(text) ?? .nan)
        default: throw GraphQLError("Float cannot represent non numeric value: \(node.printed)", nodes: [node.loc])
        }
    }

    // MARK: String

    private static func serializeString(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value) ?? .null
        switch json {
        case .string: return json
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .int(let int): return .string(String(int))
        case .double(let double) where double.isFinite: return .string(JSNumber.string(double))
        default: throw GraphQLError("String cannot represent value: \(json.inspected)")
        }
    }

    private static func parseStringValue(_ value: JSON) throws -> JSON {
        guard case .string = value else { throw GraphQLError("String cannot represent a non string value: \(value.inspected)") }
        return value
    }

    private static func parseStringLiteral(_ node: ValueNode, _ variables: JSONObject?) throws -> JSON {
        guard case .string(let value, _) = node.kind else {
            throw GraphQLError("String cannot represent a non string value: \(node.printed)", nodes: [node.loc])
        }
        return .string(value)
    }

    // MARK: Boolean

    private static func serializeBoolean(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value) ?? .null
        switch json {
        case .bool: return json
        case .int(let int): return .bool(int != 0)
        case .double(let double) where double.isFinite: return .bool(double != 0)
        default: throw GraphQLError("Boolean cannot represent a non boolean value: \(json.inspected)")
        }
    }

    private static func parseBooleanValue(_ value: JSON) throws -> JSON {
        guard case .bool = value else { throw GraphQLError("Boolean cannot represent a non boolean value: \(value.inspected)") }
        return value
    }

    private static func parseBooleanLiteral(_ node: ValueNode, _ variables: JSONObject?) throws -> JSON {
        guard case .boolean(let value) = node.kind else {
            throw GraphQLError("Boolean cannot represent a non boolean value: \(node.printed)", nodes: [node.loc])
        }
        return .bool(value)
    }

    // MARK: ID

    private static func serializeID(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value) ?? .null
        switch json {
        case .string: return json
        case .int(let int): return .string(String(int))
        case .double(let double) where double.isFinite && double == double.rounded(): return .string(JSNumber.string(double))
        default: throw GraphQLError("ID cannot represent value: \(json.inspected)")
        }
    }

    private static func parseIDValue(_ value: JSON) throws -> JSON {
        switch value {
        case .string: return value
        case .int(let int): return .string(String(int))
        case .double(let double) where double.isFinite && double == double.rounded(): return .string(JSNumber.string(double))
        default: throw GraphQLError("ID cannot represent value: \(value.inspected)")
        }
    }

    private static func parseIDLiteral(_ node: ValueNode, _ variables: JSONObject?) throws -> JSON {
        switch node.kind {
        case .string(let value, _): return .string(value)
        case .int(let text): return .string(text)
        default: throw GraphQLError("ID cannot represent a non-string and non-integer value: \(node.printed)", nodes: [node.loc])
        }
    }

    /// JavaScript's `Number(text)` for the strings resolvers return: decimal numbers with
    /// surrounding whitespace; `nil` for anything that would be NaN or for an empty string.
    private static func jsNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return Double(trimmed)
    }
}
