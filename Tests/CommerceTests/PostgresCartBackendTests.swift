import Foundation
import Testing
@testable import Commerce
@testable import CommerceGraphQL
@testable import CommerceMemory
@testable import CommercePostgres

// Runs only against a PostgreSQL server: set CONCORD_TEST_POSTGRES_URL (README, "PostgreSQL"); `.ci/run` does.
@Suite("PostgreSQL carts: the life cycle, concurrent writers, order numbers across servers",
       .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
struct PostgresCartBackendTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000.123_456)

    func draft(_ cart: Cart, at time: Date) -> OrderDraft {
        let lines = cart.lines.map {
            OrderLine(variantID: $0.variantID, title: "T\u{e9}e \"\($0.variantID)\"", variantTitle: "M", sku: nil, quantity: $0.quantity,
                      unitPrice: Money(minorUnits: 1250, currency: .EUR))
        }
        let subtotal = Money(minorUnits: 1250 * Int64(cart.totalQuantity), currency: .EUR)
        return OrderDraft(email: cart.buyerIdentity.email, lines: lines, discountCodes: cart.discountCodes, subtotal: subtotal,
                          discount: .zero(.EUR), tax: Money(minorUnits: 199, currency: .EUR), total: subtotal, createdAt: time)
    }

    /// The cart a change answered, or a recorded issue.
    func changed(_ change: CartChange, sourceLocation: SourceLocation = #_sourceLocation) throws -> Cart {
        guard case .cart(let cart) = change else {
            Issue.record("expected a cart, got \(change)", sourceLocation: sourceLocation)
            throw CartRefusal.notFound
        }
        return cart
    }

    @Test("create, add, update, remove, codes, buyer: each answer is what a later read gives back")
    func editing() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let carts = try PostgresCartBackend(url: url, poolSize: 2)
            let created = try await carts.createCart(
                lines: [LineAddition(variantID: 10, quantity: 2), LineAddition(variantID: 20, quantity: 1), LineAddition(variantID: 10, quantity: 1)],
                discountCodes: [], buyerIdentity: BuyerIdentity(email: "ana@example.com"), at: start)
            #expect(created.status == .OPEN && created.createdAt == start.inWholeMilliseconds && created.updatedAt == created.createdAt)
            #expect(created.lines.map(\.variantID) == [10, 20] && created.lines.map(\.quantity) == [3, 1])
            #expect(try await carts.carts(ids: [created.id, "missing"]) == [created.id: created])

            let later = start + 60
            let added = try changed(try await carts.addLines(cartID: created.id, lines: [LineAddition(variantID: 20, quantity: 2),
                                                                                       LineAddition(variantID: 30, quantity: 1)],
                                                             maximumQuantity: 10, maximumLines: 5, at: later))
            #expect(added.lines.map(\.quantity) == [3, 3, 1] && added.lines.prefix(2).map(\.id) == created.lines.map(\.id))
            #expect(added.updatedAt == later.inWholeMilliseconds && added.createdAt == created.createdAt)
            #expect(try await carts.addLines(cartID: created.id, lines: [LineAddition(variantID: 10, quantity: 8)],
                                             maximumQuantity: 10, maximumLines: 5, at: later) == .maximumExceeded(index: 0, quantity: 11))
            #expect(try await carts.addLines(cartID: created.id, lines: [LineAddition(variantID: 40, quantity: 1)],
                                             maximumQuantity: 10, maximumLines: 3, at: later) == .tooManyLines(maximum: 3))

            let updated = try changed(try await carts.updateLines(cartID: created.id, lines: [
                LineQuantity(lineID: added.lines[0].id, quantity: 5), LineQuantity(lineID: added.lines[2].id, quantity: 0)], at: later))
            #expect(updated.lines.map(\.variantID) == [10, 20] && updated.lines.map(\.quantity) == [5, 3])
            #expect(try await carts.updateLines(cartID: created.id, lines: [LineQuantity(lineID: 999_999, quantity: 1)], at: later)
                    == .lineNotFound(index: 0))

            let removed = try changed(try await carts.removeLines(cartID: created.id, lineIDs: [updated.lines[1].id], at: later))
            #expect(removed.lines.map(\.variantID) == [10])
            let back = try changed(try await carts.addLines(cartID: created.id, lines: [LineAddition(variantID: 20, quantity: 1)],
                                                            maximumQuantity: 10, maximumLines: 5, at: later))
            #expect(back.lines.map(\.variantID) == [10, 20] && back.lines[1].id > back.lines[0].id, "a variant can come back, last")

            _ = try changed(try await carts.setDiscountCodes(cartID: created.id, codes: ["SAVE10", "Fünf"], at: later))
            let buyer = BuyerIdentity(email: "ben@example.com", phone: "+4930123456", countryCode: "DE")
            let last = try changed(try await carts.setBuyerIdentity(cartID: created.id, buyerIdentity: buyer, at: later))
            #expect(last.discountCodes == ["SAVE10", "Fünf"] && last.buyerIdentity == buyer)
            #expect(try await carts.carts(ids: [created.id]) == [created.id: last])
            #expect(try await carts.addLines(cartID: "nope", lines: [LineAddition(variantID: 1, quantity: 1)],
                                             maximumQuantity: 10, maximumLines: 5, at: later) == .notFound)
        }
    }

    @Test("checkout: lock, abort, lock again, complete with number 1001 then 1002; a completed cart stays so")
    func checkout() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let carts = try PostgresCartBackend(url: url)
            let empty = try await carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: start)
            #expect(try await carts.beginCheckout(cartID: empty.id, at: start) == .empty)
            let cart = try await carts.createCart(lines: [LineAddition(variantID: 7, quantity: 2)], discountCodes: ["SAVE10"],
                                                  buyerIdentity: BuyerIdentity(email: "ana@example.com"), at: start)
            let lockedAt = start + 10
            let locked = try changed(try await carts.beginCheckout(cartID: cart.id, at: lockedAt))
            #expect(locked.status == .CHECKING_OUT && locked.checkoutStartedAt == lockedAt.inWholeMilliseconds)
            #expect(try await carts.checkoutsInProgress(startedBefore: lockedAt + 1) == [cart.id])
            #expect(try await carts.checkoutsInProgress(startedBefore: lockedAt - 1).isEmpty)
            #expect(try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 8, quantity: 1)],
                                             maximumQuantity: 10, maximumLines: 5, at: lockedAt) == .completed)

            try await carts.abortCheckout(cartID: cart.id)
            #expect(try await carts.carts(ids: [cart.id])[cart.id]?.status == .OPEN)
            #expect(try await carts.checkoutsInProgress(startedBefore: lockedAt + 1).isEmpty)
            await #expect(throws: CartRefusal.notCheckingOut) {
                try await carts.completeCheckout(cartID: cart.id, order: draft(cart, at: lockedAt))
            }

            let relocked = try changed(try await carts.beginCheckout(cartID: cart.id, at: lockedAt))
            let order = try await carts.completeCheckout(cartID: cart.id, order: draft(relocked, at: start + 20.000_9))
            #expect(order.number == 1001 && order.cartID == cart.id && order.email == "ana@example.com")
            #expect(order.lines.map(\.quantity) == [2] && order.discountCodes == ["SAVE10"] && order.total.minorUnits == 2500)
            #expect(order.createdAt == (start + 20.000_9).inWholeMilliseconds)
            #expect(try await carts.orders(ids: [order.id, "nope"]) == [order.id: order])
            #expect(try await carts.carts(ids: [cart.id])[cart.id]?.status == .COMPLETED)
            await #expect(throws: CartRefusal.notCheckingOut) {
                try await carts.completeCheckout(cartID: cart.id, order: draft(relocked, at: lockedAt))
            }
            await #expect(throws: CartRefusal.notFound) {
                try await carts.completeCheckout(cartID: "nope", order: draft(relocked, at: lockedAt))
            }

            let second = try await carts.createCart(lines: [LineAddition(variantID: 7, quantity: 1)], discountCodes: [],
                                                    buyerIdentity: BuyerIdentity(), at: start)
            let secondLocked = try changed(try await carts.beginCheckout(cartID: second.id, at: lockedAt))
            let next = try await carts.completeCheckout(cartID: second.id, order: draft(secondLocked, at: lockedAt))
            #expect(next.number == 1002 && next.email == nil)
        }
    }

    @Test("discount codes: found without regard to case, replaced by key, every field kept")
    func discountCodes() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let carts = try PostgresCartBackend(url: url)
            let ten = DiscountCode(code: "SAVE10", kind: .percentage(basisPoints: 1000),
                                   startsAt: Date(milliseconds: 1_700_000_000_000), endsAt: Date(milliseconds: 1_800_000_000_000))
            let five = DiscountCode(code: "FiveOff", kind: .fixedAmount(Money(minorUnits: 500, currency: .USD)),
                                    minimumSubtotal: Money(minorUnits: 2000, currency: .USD), combinesWithOtherCodes: true)
            try await carts.upsertDiscountCodes([ten, five])
            #expect(try await carts.discountCodes(codes: ["save10", "FIVEOFF", "unknown"])
                    == [DiscountCode.key("SAVE10"): ten, DiscountCode.key("FiveOff"): five])
            let changedTen = DiscountCode(code: "Save10", kind: .percentage(basisPoints: 1500))
            try await carts.upsertDiscountCodes([changedTen])
            #expect(try await carts.discountCodes(codes: ["SAVE10"]) == [DiscountCode.key("SAVE10"): changedTen])
            #expect(try await carts.discountCodes(codes: []).isEmpty)
        }
    }

    @Test("text PostgreSQL cannot hold: a buyer's NUL is kept, an id or code with NUL finds nothing")
    func nulCharacters() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let carts = try PostgresCartBackend(url: url)
            let buyer = BuyerIdentity(email: "a\u{0}b@example.com")
            let cart = try await carts.createCart(lines: [LineAddition(variantID: 1, quantity: 1)], discountCodes: ["X\u{0}"],
                                                  buyerIdentity: buyer, at: start)
            #expect(try await carts.carts(ids: [cart.id])[cart.id]?.buyerIdentity == buyer)
            #expect(try await carts.carts(ids: ["a\u{0}"]).isEmpty)
            #expect(try await carts.discountCodes(codes: ["SAVE\u{0}"]).isEmpty)
            #expect(try await carts.orders(ids: ["\u{0}"]).isEmpty)
            #expect(try await carts.setBuyerIdentity(cartID: "\u{0}", buyerIdentity: buyer, at: start) == .notFound)
            let locked = try changed(try await carts.beginCheckout(cartID: cart.id, at: start))
            let order = try await carts.completeCheckout(cartID: cart.id, order: draft(locked, at: start))
            #expect(try await carts.orders(ids: [order.id])[order.id]?.email == buyer.email)
        }
    }

    @Test("50 concurrent adds of one unit to one cart, split between two servers' pools: 50 units on one line")
    func concurrentAdds() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let servers = [try PostgresCartBackend(url: url, poolSize: 4), try PostgresCartBackend(url: url, poolSize: 4)]
            let cart = try await servers[0].createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: start)
            let outcomes = try await withThrowingTaskGroup(of: CartChange.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        try await servers[index % 2].addLines(cartID: cart.id, lines: [LineAddition(variantID: 42, quantity: 1)],
                                                              maximumQuantity: 1000, maximumLines: 10, at: self.start)
                    }
                }
                return try await group.reduce(into: [CartChange]()) { $0.append($1) }
            }
            #expect(outcomes.count == 50)
            #expect(outcomes.allSatisfy { if case .cart = $0 { true } else { false } })
            let final = try #require(try await servers[1].carts(ids: [cart.id])[cart.id])
            #expect(final.lines.count == 1 && final.totalQuantity == 50)
        }
    }

    @Test("20 checkouts at once on two servers number their orders 1001 to 1020, each once")
    func numbering() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let servers = [try PostgresCartBackend(url: url, poolSize: 4), try PostgresCartBackend(url: url, poolSize: 4)]
            var locked: [Cart] = []
            for index in 0..<20 {
                let cart = try await servers[index % 2].createCart(lines: [LineAddition(variantID: Int64(index + 1), quantity: 1)],
                                                                   discountCodes: [], buyerIdentity: BuyerIdentity(), at: start)
                locked.append(try changed(try await servers[index % 2].beginCheckout(cartID: cart.id, at: start)))
            }
            let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
                for (index, cart) in locked.enumerated() {
                    group.addTask {
                        try await servers[(index + 1) % 2].completeCheckout(cartID: cart.id, order: self.draft(cart, at: self.start)).number
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(numbers.sorted() == Array(1001...1020))
        }
    }

    @Test("each scratch schema (what the kit's factory gets) is a store of its own")
    func scratchSchemas() async throws {
        let one = try PostgresCartBackend(url: try await PostgresTestDatabase.scratchURL())
        let other = try PostgresCartBackend(url: try await PostgresTestDatabase.scratchURL())
        let cart = try await one.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: start)
        #expect(try await one.carts(ids: [cart.id]).count == 1)
        #expect(try await other.carts(ids: [cart.id]).isEmpty)
    }

    @Test("the storefront over a memory catalog and PostgreSQL carts: seed, add, discount, check out")
    func storefront() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let raw = CommerceBackends(catalog: InMemoryCatalogBackend(), content: InMemoryContentBackend(defaultLocale: "en"),
                                       carts: try PostgresCartBackend(url: url))
            _ = try await StoreSeeder(productCount: 20).seed(into: raw)
            let counter = CallCounter()
            let fixture = Fixture(backends: counter.wrap(raw), counter: counter)
            let store = fixture.storefront()
            let variant = try await fixture.variantID(withStock: 4)
            let cart = try #require(try await store.cartCreate(CartInput(
                lines: [CartLineInput(merchandiseId: variant, quantity: 1)], discountCodes: ["fiveoff"],
                buyerIdentity: CartBuyerIdentityInput(email: "ben@example.com"))).cart)
            let added = try await store.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: variant)])
            #expect(added.userErrors.isEmpty && added.cart?.totalQuantity == 2)
            let placed = try await store.cartCheckout(cartId: cart.id)
            #expect(placed.userErrors.isEmpty)
            let order = try #require(placed.order)
            #expect(order.number == 1001 && order.email == "ben@example.com" && order.discountCodes == ["FIVEOFF"])
            #expect(order.total.minorUnits == order.subtotal.minorUnits - order.discount.minorUnits && order.discount.minorUnits > 0)
            #expect(try await store.cartCheckout(cartId: cart.id).userErrors.map(\.code) == [.CART_COMPLETED])
        }
    }
}
