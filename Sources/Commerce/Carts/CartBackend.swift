import Foundation

/// Where carts, discount codes and orders are kept. Every change is atomic per cart, so concurrent
/// mutations of one cart lose nothing.
public protocol CartBackend: Sendable {
    /// Carts by key.
    func carts(ids: [String]) async throws -> [String: Cart]
    /// Creates a cart.
    func createCart(lines: [LineAddition], discountCodes: [String], buyerIdentity: BuyerIdentity,
                    at time: Date) async throws -> Cart
    /// Adds units, merging into the line of the same variant; refuses a line over `maximumQuantity`.
    func addLines(cartID: String, lines: [LineAddition], maximumQuantity: Int, maximumLines: Int, at time: Date) async throws -> CartChange
    /// Sets line quantities; 0 removes the line.
    func updateLines(cartID: String, lines: [LineQuantity], at time: Date) async throws -> CartChange
    /// Removes lines.
    func removeLines(cartID: String, lineIDs: [Int64], at time: Date) async throws -> CartChange
    /// Replaces the discount codes.
    func setDiscountCodes(cartID: String, codes: [String], at time: Date) async throws -> CartChange
    /// Replaces the buyer identity.
    func setBuyerIdentity(cartID: String, buyerIdentity: BuyerIdentity, at time: Date) async throws -> CartChange
    /// Discount codes by code, matched without regard to case; keys are the lowercased codes asked for.
    func discountCodes(codes: [String]) async throws -> [String: DiscountCode]
    /// Creates or replaces discount codes.
    func upsertDiscountCodes(_ codes: [DiscountCode]) async throws
    /// Locks an open, non-empty cart for checkout (status CHECKING_OUT, remembering `time`) and returns it.
    func beginCheckout(cartID: String, at time: Date) async throws -> CartChange
    /// The carts locked for checkout before `time` and still CHECKING_OUT (a checkout that stopped
    /// half way, for `CheckoutRecovery`).
    func checkoutsInProgress(startedBefore time: Date) async throws -> [String]
    /// Unlocks a cart whose checkout failed.
    func abortCheckout(cartID: String) async throws
    /// Records the order, numbering it, and completes the cart, atomically.
    func completeCheckout(cartID: String, order: OrderDraft) async throws -> Order
    /// Orders by key.
    func orders(ids: [String]) async throws -> [String: Order]
}

/// Units of a variant to add.
public struct LineAddition: Sendable, Hashable {
    /// The variant.
    public var variantID: Int64
    /// Units (positive).
    public var quantity: Int

    /// Creates an addition.
    public init(variantID: Int64, quantity: Int) {
        self.variantID = variantID
        self.quantity = quantity
    }
}

/// A new quantity for a line.
public struct LineQuantity: Sendable, Hashable {
    /// The line.
    public var lineID: Int64
    /// Units (0 removes the line).
    public var quantity: Int

    /// Creates a quantity change.
    public init(lineID: Int64, quantity: Int) {
        self.lineID = lineID
        self.quantity = quantity
    }
}

/// The outcome of a cart change. Anything but `.cart` means nothing changed.
public enum CartChange: Sendable, Hashable {
    /// The cart after the change.
    case cart(Cart)
    /// No cart has the id.
    case notFound
    /// The cart is checked out (or being checked out) and cannot change.
    case completed
    /// The input line at `index` names no line of the cart.
    case lineNotFound(index: Int)
    /// The input line at `index` would make a line of `quantity` units, over the maximum.
    case maximumExceeded(index: Int, quantity: Int)
    /// The cart would hold more lines than `maximum`.
    case tooManyLines(maximum: Int)
    /// The cart has no lines to check out.
    case empty
}

/// An order to record at checkout; the backend assigns its key and number.
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
