import Commerce
import Foundation
import GraphQLCore

extension CommerceSchema {
    /// `Decimal` is a string such as "29.99" (integers are accepted as input); `DateTime` is ISO 8601.
    static func bindScalars(_ binder: CommerceBinder) throws {
        let schema = binder.schema
        guard let decimal = schema.type(named: "Decimal") as? GraphQLScalarType,
              let dateTime = schema.type(named: "DateTime") as? GraphQLScalarType else {
            throw GraphQLError("The commerce schema needs the Decimal and DateTime scalars.")
        }
        decimal.serialize = { value in
            // Typed resolvers give JSON strings: that case first (a cast that matches is cheap).
            switch value {
            case let json as JSON:
                guard case .string(let text) = json, isDecimal(text) else { throw GraphQLError("Decimal cannot represent value: \(inspect(json))") }
                return json
            case let money as Money: return .string(money.decimalString)
            case let text as String: return .string(text)
            default: throw GraphQLError("Decimal cannot represent value: \(value)")
            }
        }
        let parseDecimal: (JSON) throws -> JSON = { value in
            switch value {
            case .string(let text) where isDecimal(text): return .string(text)
            case .int(let number): return .string(String(number))
            default: throw GraphQLError("Decimal cannot represent a non-decimal value: \(inspect(value)); use a string such as \"29.99\".")
            }
        }
        decimal.parseValue = parseDecimal
        decimal.parseLiteral = { node, variables in try parseDecimal(try valueFromASTUntyped(node, variables: variables)) }
        dateTime.serialize = { value in
            switch value {
            case let json as JSON:
                guard case .string = json else { throw GraphQLError("DateTime cannot represent value: \(inspect(json))") }
                return json
            case let date as Date: return .string(DateTimeFormat.format(date))
            case let text as String: return .string(text)
            default: throw GraphQLError("DateTime cannot represent value: \(value)")
            }
        }
        let parseDate: (JSON) throws -> JSON = { value in
            guard case .string(let text) = value, DateTimeFormat.parse(text) != nil else {
                throw GraphQLError("DateTime cannot represent a value that is not an ISO 8601 date and time with an offset: \(inspect(value)).")
            }
            return value
        }
        dateTime.parseValue = parseDate
        dateTime.parseLiteral = { node, variables in try parseDate(try valueFromASTUntyped(node, variables: variables)) }
    }

    /// Digits with at most one point and an optional leading minus.
    static func isDecimal(_ text: String) -> Bool {
        var digitsInPart = 0, points = 0, first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digitsInPart += 1
            case UInt8(ascii: "-") where first: continue
            case UInt8(ascii: ".") where digitsInPart > 0 && points == 0:
                points = 1
                digitsInPart = 0
            default: return false
            }
        }
        return digitsInPart > 0
    }

    static func inspect(_ value: JSON) -> String {
        switch value {
        case .string(let text): return "\"\(text)\""
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .null: return "null"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
