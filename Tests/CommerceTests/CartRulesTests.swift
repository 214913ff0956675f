import Foundation
import Testing
@testable import Commerce

@Suite("Cart rules as plain functions on cart values")
struct CartRulesTests {
    let created = Date(timeIntervalSince1970: 1_000_000)
    let later = Date(timeIntervalSince1970: 2_000_000)

    /// A cart with lines 1 (variant 10, 2 units) and 2 (variant 20, 1 unit).
    func cart(_ status: CartStatus = .OPEN, lines: [CartLine]? = nil) -> Cart {
        Cart(id: "c", lines: lines ?? [CartLine(id: 1, variantID: 10, quantity: 2), CartLine(id: 2, variantID: 20, quantity: 1)],
             discountCodes: [], buyerIdentity: BuyerIdentity(), status: status, createdAt: created, updatedAt: created)
    }

    func draft(at time: Date) -> OrderDraft {
        OrderDraft(email: "a@example.com", lines: [], discountCodes: ["SAVE"], subtotal: .zero(.EUR), discount: .zero(.EUR),
                   tax: .zero(.EUR), total: .zero(.EUR), createdAt: time)
    }

    @Test("a new cart is OPEN, created and updated now, its lines of one variant merged and all new")
    func newCart() {
        let edit = CartRules.newCart(id: "n", lines: [LineAddition(variantID: 10, quantity: 1), LineAddition(variantID: 20, quantity: 2),
                                                      LineAddition(variantID: 10, quantity: 3)],
                                     discountCodes: ["A"], buyerIdentity: BuyerIdentity(email: "a@example.com"), at: created)
        #expect(edit.cart.status == .OPEN && edit.cart.createdAt == created && edit.cart.updatedAt == created)
        #expect(edit.cart.lines.isEmpty)
        #expect(edit.newLines == [LineAddition(variantID: 10, quantity: 4), LineAddition(variantID: 20, quantity: 2)])
        #expect(edit.saved(newLineIDs: [7, 8]).lines == [CartLine(id: 7, variantID: 10, quantity: 4), CartLine(id: 8, variantID: 20, quantity: 2)])
    }

    @Test("adding raises the line of the same variant, appends new variants once, and stamps the time")
    func addMerges() throws {
        let edit = try CartRules.addLines([LineAddition(variantID: 10, quantity: 3), LineAddition(variantID: 30, quantity: 1),
                                           LineAddition(variantID: 30, quantity: 2)],
                                          to: cart(), maximumQuantity: 10, maximumLines: 5, at: later)
        #expect(edit.changedLines == [CartLine(id: 1, variantID: 10, quantity: 5)])
        #expect(edit.newLines == [LineAddition(variantID: 30, quantity: 3)])
        #expect(edit.removedLineIDs.isEmpty)
        #expect(edit.cart.updatedAt == later)
        #expect(edit.saved(newLineIDs: [9]).lines.map(\.quantity) == [5, 1, 3])
    }

    @Test("adding refuses the first input line over the maximum, with the merged quantity")
    func addMaximum() {
        #expect(throws: CartRefusal.maximumExceeded(index: 1, quantity: 12)) {
            try CartRules.addLines([LineAddition(variantID: 20, quantity: 1), LineAddition(variantID: 10, quantity: 10)],
                                   to: cart(), maximumQuantity: 10, maximumLines: 5, at: later)
        }
        #expect(throws: CartRefusal.maximumExceeded(index: 1, quantity: 11)) {
            try CartRules.addLines([LineAddition(variantID: 30, quantity: 6), LineAddition(variantID: 30, quantity: 5)],
                                   to: cart(), maximumQuantity: 10, maximumLines: 5, at: later)
        }
    }

    @Test("adding refuses a cart left with more lines than the maximum, but not one at it")
    func addTooManyLines() throws {
        #expect(throws: CartRefusal.tooManyLines(maximum: 3)) {
            try CartRules.addLines([LineAddition(variantID: 30, quantity: 1), LineAddition(variantID: 40, quantity: 1)],
                                   to: cart(), maximumQuantity: 10, maximumLines: 3, at: later)
        }
        let edit = try CartRules.addLines([LineAddition(variantID: 30, quantity: 1), LineAddition(variantID: 10, quantity: 1)],
                                          to: cart(), maximumQuantity: 10, maximumLines: 3, at: later)
        #expect(edit.newLines.count == 1)
    }

    @Test("adding never overflows a line's quantity")
    func addSaturates() {
        let full = cart(lines: [CartLine(id: 1, variantID: 10, quantity: .max)])
        #expect(throws: CartRefusal.maximumExceeded(index: 0, quantity: .max)) {
            try CartRules.addLines([LineAddition(variantID: 10, quantity: .max)], to: full, maximumQuantity: 10, maximumLines: 5, at: later)
        }
    }

    @Test("only an OPEN cart changes", arguments: [CartStatus.CHECKING_OUT, .COMPLETED])
    func onlyOpenChanges(status: CartStatus) {
        let locked = cart(status)
        #expect(throws: CartRefusal.notOpen) {
            try CartRules.addLines([LineAddition(variantID: 10, quantity: 1)], to: locked, maximumQuantity: 10, maximumLines: 5, at: later)
        }
        #expect(throws: CartRefusal.notOpen) { try CartRules.updateLines([LineQuantity(lineID: 1, quantity: 1)], in: locked, at: later) }
        #expect(throws: CartRefusal.notOpen) { try CartRules.removeLines([1], from: locked, at: later) }
        #expect(throws: CartRefusal.notOpen) { try CartRules.setDiscountCodes(["A"], on: locked, at: later) }
        #expect(throws: CartRefusal.notOpen) { try CartRules.setBuyerIdentity(BuyerIdentity(), on: locked, at: later) }
        #expect(throws: CartRefusal.notOpen) { try CartRules.beginCheckout(locked, at: later) }
        #expect(CartChange(.notOpen) == .completed)
    }

    @Test("updating sets quantities, 0 removes, the last entry for a line wins")
    func update() throws {
        let edit = try CartRules.updateLines([LineQuantity(lineID: 2, quantity: 0), LineQuantity(lineID: 1, quantity: 0),
                                              LineQuantity(lineID: 1, quantity: 7)], in: cart(), at: later)
        #expect(edit.cart.lines == [CartLine(id: 1, variantID: 10, quantity: 7)])
        #expect(edit.changedLines == [CartLine(id: 1, variantID: 10, quantity: 7)])
        #expect(edit.removedLineIDs == [2])
        #expect(edit.newLines.isEmpty && edit.cart.updatedAt == later)
    }

    @Test("updating or removing an unknown line is refused by its input index, before anything changes")
    func unknownLine() {
        #expect(throws: CartRefusal.lineNotFound(index: 1)) {
            try CartRules.updateLines([LineQuantity(lineID: 1, quantity: 0), LineQuantity(lineID: 9, quantity: 1)], in: cart(), at: later)
        }
        #expect(throws: CartRefusal.lineNotFound(index: 2)) { try CartRules.removeLines([2, 2, 3], from: cart(), at: later) }
        #expect(CartChange(.lineNotFound(index: 2)) == .lineNotFound(index: 2))
    }

    @Test("removing drops the named lines; naming one twice is no error")
    func remove() throws {
        let edit = try CartRules.removeLines([1, 1], from: cart(), at: later)
        #expect(edit.cart.lines.map(\.id) == [2])
        #expect(edit.removedLineIDs == [1] && edit.changedLines.isEmpty)
    }

    @Test("discount codes and buyer identity are replaced")
    func fields() throws {
        #expect(try CartRules.setDiscountCodes(["A", "B"], on: cart(), at: later).cart.discountCodes == ["A", "B"])
        let buyer = BuyerIdentity(email: "b@example.com", countryCode: "DE")
        let edit = try CartRules.setBuyerIdentity(buyer, on: cart(), at: later)
        #expect(edit.cart.buyerIdentity == buyer && edit.cart.updatedAt == later)
    }

    @Test("checkout locks an open, non-empty cart and remembers when, without touching updatedAt")
    func begin() throws {
        #expect(throws: CartRefusal.empty) { try CartRules.beginCheckout(cart(lines: []), at: later) }
        let edit = try CartRules.beginCheckout(cart(), at: later)
        #expect(edit.cart.status == .CHECKING_OUT && edit.cart.checkoutStartedAt == later)
        #expect(edit.cart.updatedAt == created && edit.cart.lines == cart().lines)
    }

    @Test("aborting reopens only a CHECKING_OUT cart", arguments: [CartStatus.OPEN, .COMPLETED])
    func abort(other: CartStatus) throws {
        var locked = cart(.CHECKING_OUT)
        locked.checkoutStartedAt = later
        let edit = try CartRules.abortCheckout(locked)
        #expect(edit.cart.status == .OPEN && edit.cart.checkoutStartedAt == nil)
        #expect(throws: CartRefusal.notCheckingOut) { try CartRules.abortCheckout(cart(other)) }
    }

    @Test("only a CHECKING_OUT cart completes", arguments: [CartStatus.OPEN, .COMPLETED])
    func completeOnlyCheckingOut(other: CartStatus) throws {
        #expect(throws: CartRefusal.notCheckingOut) {
            try CartRules.completeCheckout(cart(other), placing: draft(at: later), id: "o", after: nil)
        }
        var locked = cart(.CHECKING_OUT)
        locked.checkoutStartedAt = created
        let (edit, order) = try CartRules.completeCheckout(locked, placing: draft(at: later), id: "o", after: nil)
        #expect(edit.cart.status == .COMPLETED && edit.cart.updatedAt == later && edit.cart.checkoutStartedAt == nil)
        #expect(edit.changedLines.isEmpty && edit.removedLineIDs.isEmpty && edit.newLines.isEmpty)
        #expect(order == Order(id: "o", number: 1001, cartID: "c", status: .CONFIRMED, email: "a@example.com", lines: [],
                               discountCodes: ["SAVE"], subtotal: .zero(.EUR), discount: .zero(.EUR), tax: .zero(.EUR),
                               total: .zero(.EUR), createdAt: later))
    }

    @Test("orders are numbered from 1001, one after the highest so far")
    func numbering() throws {
        #expect(try CartRules.completeCheckout(cart(.CHECKING_OUT), placing: draft(at: later), id: "o", after: 1041).order.number == 1042)
        #expect(try CartRules.completeCheckout(cart(.CHECKING_OUT), placing: draft(at: later), id: "o", after: nil).order.name == "#1001")
    }

    @Test("a checkout in progress is a CHECKING_OUT cart locked before the time; a lock with no start counts as old")
    func inProgress() {
        var locked = cart(.CHECKING_OUT)
        #expect(CartRules.isCheckout(locked, startedBefore: created))
        locked.checkoutStartedAt = later
        #expect(!CartRules.isCheckout(locked, startedBefore: later))
        #expect(CartRules.isCheckout(locked, startedBefore: later.addingTimeInterval(1)))
        #expect(!CartRules.isCheckout(cart(.OPEN), startedBefore: later))
    }

    @Test("through a backend, completing a cart that is not CHECKING_OUT records nothing", arguments: BackendKind.allCases)
    func backendCompletesOnlyCheckingOut(kind: BackendKind) async throws {
        let carts = try await kind.makeBackends().carts
        let open = try await carts.createCart(lines: [LineAddition(variantID: 1, quantity: 1)], discountCodes: [],
                                              buyerIdentity: BuyerIdentity(), at: created)
        await #expect(throws: CartRefusal.notCheckingOut) { try await carts.completeCheckout(cartID: open.id, order: draft(at: later)) }
        await #expect(throws: CartRefusal.notFound) { try await carts.completeCheckout(cartID: "none", order: draft(at: later)) }
        #expect(try await carts.carts(ids: [open.id])[open.id] == open)
        _ = try await carts.beginCheckout(cartID: open.id, at: later)
        let order = try await carts.completeCheckout(cartID: open.id, order: draft(at: later))
        #expect(order.number == 1001)
        #expect(try await carts.orders(ids: [order.id]) == [order.id: order])
        #expect(try await carts.carts(ids: [open.id])[open.id]?.status == .COMPLETED)
        await #expect(throws: CartRefusal.notCheckingOut) { try await carts.completeCheckout(cartID: open.id, order: draft(at: later)) }
    }
}
