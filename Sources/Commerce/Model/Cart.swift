import Foundation

/// Whether a cart can still change (`CartStatus`); CHECKING_OUT is internal and shows as OPEN.
public enum CartStatus: String, Sendable, Hashable, Codable {
    case OPEN, CHECKING_OUT, COMPLETED
}

/// A cart as the cart backend stores it: lines reference variants by id; prices come from the catalog.
public struct Cart: Sendable, Hashable {
    /// The secret, unguessable key (the global id wraps it).
    public var id: String
    /// The lines, in the order they were added.
    public var lines: [CartLine]
    /// The discount codes entered, as the store spells them.
    public var discountCodes: [String]
    /// Who is buying.
    public var buyerIdentity: BuyerIdentity
    /// Whether the cart can still change.
    public var status: CartStatus
    /// When the cart was created.
    public var createdAt: Date
    /// When the cart was last changed.
    public var updatedAt: Date
    /// When the checkout now in progress locked the cart (nil unless the status is CHECKING_OUT).
    public var checkoutStartedAt: Date?
    /// The code of the channel the cart was created in (or moved to): only requests in that channel
    /// may use it, and its lines are priced in that channel.
    public var channel: String
    /// The currency every amount of the cart is in: its channel's.
    public var currency: CurrencyCode

    /// Creates a cart.
    public init(id: String, lines: [CartLine], discountCodes: [String], buyerIdentity: BuyerIdentity,
                status: CartStatus, createdAt: Date, updatedAt: Date, checkoutStartedAt: Date? = nil,
                channel: String = Channel.defaultCode, currency: CurrencyCode = .EUR) {
        self.id = id
        self.lines = lines
        self.discountCodes = discountCodes
        self.buyerIdentity = buyerIdentity
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.checkoutStartedAt = checkoutStartedAt
        self.channel = channel
        self.currency = currency
    }

    /// The units across all lines (at most `Int.max`, whatever is stored).
    public var totalQuantity: Int { Self.saturatingSum(lines.map(\.quantity)) }

    /// The sum of quantities, stopping at `Int.max` instead of overflowing.
    static func saturatingSum(_ quantities: [Int]) -> Int {
        var sum = 0
        for quantity in quantities {
            let (next, overflow) = sum.addingReportingOverflow(quantity)
            sum = overflow ? (quantity > 0 ? Int.max : Int.min) : next
        }
        return sum
    }
}

/// One variant in a cart.
public struct CartLine: Sendable, Hashable {
    /// The line's store-internal id.
    public var id: Int64
    /// The variant's id.
    public var variantID: Int64
    /// Units.
    public var quantity: Int

    /// Creates a line.
    public init(id: Int64, variantID: Int64, quantity: Int) {
        self.id = id
        self.variantID = variantID
        self.quantity = quantity
    }
}

/// Who is buying.
public struct BuyerIdentity: Sendable, Hashable, Codable {
    /// Email.
    public var email: String?
    /// Phone in E.164 form.
    public var phone: String?
    /// ISO 3166-1 alpha-2 country.
    public var countryCode: String?

    /// Creates an identity.
    public init(email: String? = nil, phone: String? = nil, countryCode: String? = nil) {
        self.email = email
        self.phone = phone
        self.countryCode = countryCode
    }
}
