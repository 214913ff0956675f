import Foundation

/// The state of an order (`OrderStatus`).
public enum OrderStatus: String, Sendable, Hashable, Codable {
    case CONFIRMED, FULFILLED, CANCELLED
}

/// An order placed by checking out a cart; its lines are copies made at checkout.
public struct Order: Sendable, Hashable {
    /// The secret key (the global id wraps it).
    public var id: String
    /// The order's number, from 1001.
    public var number: Int
    /// The cart it came from.
    public var cartID: String
    /// The state.
    public var status: OrderStatus
    /// The buyer's email.
    public var email: String?
    /// What was bought.
    public var lines: [OrderLine]
    /// The discount codes that applied.
    public var discountCodes: [String]
    /// Sum of lines.
    public var subtotal: Money
    /// Discounts.
    public var discount: Money
    /// Tax included in the total.
    public var tax: Money
    /// What the buyer pays.
    public var total: Money
    /// When the order was placed.
    public var createdAt: Date

    /// Creates an order.
    public init(id: String, number: Int, cartID: String, status: OrderStatus, email: String?, lines: [OrderLine],
                discountCodes: [String], subtotal: Money, discount: Money, tax: Money, total: Money, createdAt: Date) {
        self.id = id
        self.number = number
        self.cartID = cartID
        self.status = status
        self.email = email
        self.lines = lines
        self.discountCodes = discountCodes
        self.subtotal = subtotal
        self.discount = discount
        self.tax = tax
        self.total = total
        self.createdAt = createdAt
    }

    /// The number of a store's first order; each next one is one higher than the highest so far.
    public static let firstNumber = 1001

    /// The name shown to the buyer, such as "#1001".
    public var name: String { "#\(number)" }
}

/// One line of an order.
public struct OrderLine: Sendable, Hashable, Codable {
    /// The variant bought.
    public var variantID: Int64
    /// The product's title at checkout.
    public var title: String
    /// The variant's title at checkout.
    public var variantTitle: String
    /// The SKU at checkout.
    public var sku: String?
    /// Units.
    public var quantity: Int
    /// The unit price at checkout.
    public var unitPrice: Money

    /// Creates a line.
    public init(variantID: Int64, title: String, variantTitle: String, sku: String?, quantity: Int, unitPrice: Money) {
        self.variantID = variantID
        self.title = title
        self.variantTitle = variantTitle
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
    }

    /// The unit price times the quantity (`amountOutOfRange` for stored data beyond the bounds).
    public var totalAmount: Money {
        get throws(CommerceError) { try unitPrice.multiplied(by: quantity) }
    }
}
