import Foundation

/// Where carts, discount codes and orders are kept: storage only. A backend loads and saves; the
/// domain decides, with `CartRules`, inside the backend's own transaction (`updateCart`,
/// `placeOrder`), so concurrent changes to one cart lose nothing. The operations the storefront
/// calls (`createCart`, `addLines`, `beginCheckout`, `completeCheckout`, …) are written once over
/// these primitives, in an extension.
public protocol CartBackend: Sendable {
    /// Carts by key, each with its lines in the order they were added.
    func carts(ids: [String]) async throws -> [String: Cart]
    /// Saves a new cart, `edit.cart` with `edit.newLines` (each given an id), and returns it as saved
    /// (`edit.saved(newLineIDs:)`).
    func insertCart(_ edit: CartEdit) async throws -> Cart
    /// In one transaction: loads the cart, hands it to `change`, saves the edit it returns (the
    /// cart's fields, `removedLineIDs`, `changedLines`, `newLines`) and returns the cart as saved.
    /// No other change to the cart comes between the load and the save. nil when no cart has the
    /// id; when `change` throws, nothing is saved and the error propagates.
    func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) async throws -> Cart?
    /// Discount codes by key (`DiscountCode.key`): the answer's keys are the keys of the codes asked for.
    func discountCodes(codes: [String]) async throws -> [String: DiscountCode]
    /// Creates or replaces discount codes, by key.
    func upsertDiscountCodes(_ codes: [DiscountCode]) async throws
    /// The ids, sorted, of the carts for which `CartRules.isCheckout(_:startedBefore:)` holds: locked
    /// for a checkout that started before `time`.
    func checkoutsInProgress(startedBefore time: Date) async throws -> [String]
    /// In one transaction: loads the cart, hands it and the highest order number so far (nil before
    /// the first order) to `place`, saves the cart edit and records the order it returns, and returns
    /// the order. nil when no cart has the id; when `place` throws, nothing is saved.
    func placeOrder(cartID: String,
                    _ place: @Sendable (Cart, _ lastNumber: Int?) throws -> (cart: CartEdit, order: Order)) async throws -> Order?
    /// Orders by key.
    func orders(ids: [String]) async throws -> [String: Order]
}
