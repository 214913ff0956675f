import Foundation

/// An order to record at checkout; the checkout gives it its key, and the store its number.
public struct OrderDraft: Sendable, Hashable {
    /// The buyer's email.
    public var email: String?
    /// The lines.
    public var lines: [OrderLine]
    /// The codes that applied.
    public var discountCodes: [String]
    /// Sum of lines.
    public var subtotal: Money
    /// Discounts.
    public var discount: Money
    /// Tax included.
    public var tax: Money
    /// What the buyer pays.
    public var total: Money
    /// When the order is placed.
    public var createdAt: Date

    /// Creates a draft.
    public init(email: String?, lines: [OrderLine], discountCodes: [String], subtotal: Money, discount: Money,
                tax: Money, total: Money, createdAt: Date) {
        self.email = email
        self.lines = lines
        self.discountCodes = discountCodes
        self.subtotal = subtotal
        self.discount = discount
        self.tax = tax
        self.total = total
        self.createdAt = createdAt
    }
}
