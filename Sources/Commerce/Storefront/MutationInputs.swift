/// `CartLineInput`.
public struct CartLineInput: Sendable, Hashable {
    /// The variant's global id.
    public var merchandiseId: String
    /// Units (default 1).
    public var quantity: Int

    /// Creates an input.
    public init(merchandiseId: String, quantity: Int = 1) {
        self.merchandiseId = merchandiseId
        self.quantity = quantity
    }
}

/// `CartLineUpdateInput`.
public struct CartLineUpdateInput: Sendable, Hashable {
    /// The line's global id.
    public var id: String
    /// The new quantity.
    public var quantity: Int

    /// Creates an input.
    public init(id: String, quantity: Int) {
        self.id = id
        self.quantity = quantity
    }
}

/// `CartBuyerIdentityInput`.
public struct CartBuyerIdentityInput: Sendable, Hashable {
    /// Email.
    public var email: String?
    /// Phone in E.164 form.
    public var phone: String?
    /// ISO 3166-1 alpha-2 country.
    public var countryCode: String?

    /// Creates an input.
    public init(email: String? = nil, phone: String? = nil, countryCode: String? = nil) {
        self.email = email
        self.phone = phone
        self.countryCode = countryCode
    }
}

/// `CartInput`.
public struct CartInput: Sendable, Hashable {
    /// First lines.
    public var lines: [CartLineInput]?
    /// First discount codes.
    public var discountCodes: [String]?
    /// The buyer.
    public var buyerIdentity: CartBuyerIdentityInput?

    /// Creates an input.
    public init(lines: [CartLineInput]? = nil, discountCodes: [String]? = nil, buyerIdentity: CartBuyerIdentityInput? = nil) {
        self.lines = lines
        self.discountCodes = discountCodes
        self.buyerIdentity = buyerIdentity
    }
}

/// The payload of the cart mutations: `{ cart, userErrors }`.
public struct CartPayload: Sendable {
    /// The cart after the change, unchanged when there were user errors; nil when it does not exist.
    public var cart: CartView?
    /// What was wrong.
    public var userErrors: [UserError]
}

/// The payload of `cartCheckout`: `{ order, cart, userErrors }`.
public struct CheckoutPayload: Sendable {
    /// The order placed.
    public var order: Order?
    /// The cart.
    public var cart: CartView?
    /// What was wrong.
    public var userErrors: [UserError]
}
