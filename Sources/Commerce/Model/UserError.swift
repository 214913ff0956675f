/// The stable codes of user errors (`UserErrorCode`).
public enum UserErrorCode: String, Sendable, Hashable, CaseIterable {
    case INVALID, BLANK, NOT_FOUND, TAKEN
    case CART_NOT_FOUND, CART_COMPLETED, INVALID_MERCHANDISE_LINE, LINE_NOT_FOUND
    case MINIMUM_NOT_MET, MAXIMUM_EXCEEDED, TOO_MANY_ITEMS, DISCOUNT_CODE_NOT_FOUND
    case EMPTY_CART, NOT_ENOUGH_STOCK
    case CART_CHANNEL_MISMATCH, COUNTRY_NOT_SOLD
}

/// A problem with a mutation's input (`UserError`). A mutation that returns any changed nothing.
public struct UserError: Sendable, Hashable, CustomStringConvertible {
    /// The path to the input field at fault, or nil for the whole input.
    public var field: [String]?
    /// What is wrong.
    public var message: String
    /// The stable code.
    public var code: UserErrorCode

    /// Creates a user error.
    public init(field: [String]?, message: String, code: UserErrorCode) {
        self.field = field
        self.message = message
        self.code = code
    }

    public var description: String {
        "\(code.rawValue) at \(field?.joined(separator: ".") ?? "input"): \(message)"
    }
}
