import Commerce
import Foundation

extension BackendKit {
    static let cartCases: [BackendKitCase] = [
        BackendKitCase(.carts, "create merges lines of one variant and keeps codes and buyer; carts by id; unknown ids absent") { try await cartCreation($0) },
        BackendKitCase(.carts, "add merges into the variant's line, update sets quantities (0 removes), remove; line ids stay") { try await cartLineChanges($0) },
        BackendKitCase(.carts, "refused changes change nothing: unknown cart, line not found by index, maximum quantity, maximum lines") { try await cartRefusals($0) },
        BackendKitCase(.carts, "discount codes: upsert, lookup without regard to case, replace; a cart's codes and buyer replaced") { try await cartCodesAndBuyer($0) },
        BackendKitCase(.carts, "checkout: begin locks an open non-empty cart, abort reopens, complete numbers the order; no change after") { try await cartCheckoutStates($0) },
    ]

    /// A fixed clock for cart writes (2024-06-01 00:00 UTC plus `seconds`).
    static func cartTime(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_717_200_000 + seconds) }

    /// The cart's lines as (variant, quantity) pairs.
    static func lines(_ cart: Cart) -> [[Int64]] { cart.lines.map { [$0.variantID, Int64($0.quantity)] } }

    /// The cart of a change, or a failure naming what was expected.
    static func changed(_ check: BackendKitCheck, _ change: CartChange, _ what: String, file: String = #fileID, line: Int = #line) throws -> Cart {
        guard case .cart(let cart) = change else { throw check.failure("\(what): expected the changed cart, got \(change)", file: file, line: line) }
        return cart
    }

    static func cartCreation(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let buyer = BuyerIdentity(email: "ana@example.com", phone: "+4930123456", countryCode: "DE")
        let cart = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 2), LineAddition(variantID: 12, quantity: 1),
                                                      LineAddition(variantID: 11, quantity: 3)],
                                              discountCodes: ["WELCOME10", "FiveOff"], buyerIdentity: buyer, at: cartTime(0))
        try check.equal(lines(cart), [[11, 5], [12, 1]], "a new cart's lines: one per variant, in the order first added")
        try check.equal(Set(cart.lines.map(\.id)).count, 2, "each line has its own id")
        try check.equal(cart.discountCodes, ["WELCOME10", "FiveOff"], "a new cart's codes, as given")
        try check.equal(cart.buyerIdentity, buyer, "a new cart's buyer")
        try check.equal(cart.status, .OPEN, "a new cart is open")
        try check.equal([cart.createdAt.milliseconds, cart.updatedAt.milliseconds], [cartTime(0).milliseconds, cartTime(0).milliseconds],
                        "a new cart's times")
        let empty = try await carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: cartTime(1))
        try check.expect(empty.id != cart.id && !empty.id.isEmpty, "carts get distinct keys, got \(cart.id) and \(empty.id)")
        try check.equal(empty.lines, [], "a cart created without lines")
        let read = try await carts.carts(ids: [cart.id, "no-such-cart", empty.id])
        try check.equal(Set(read.keys), [cart.id, empty.id], "carts(ids:) holds the keys that name carts")
        let again = try check.require(read[cart.id], "the cart by key")
        try check.equal([again.id] + again.discountCodes, [cart.id] + cart.discountCodes, "the cart read back: key and codes")
        try check.equal(again.lines, cart.lines, "the cart read back: lines")
        try check.equal(again.buyerIdentity, buyer, "the cart read back: buyer")
        try check.equal([again.createdAt.milliseconds, again.updatedAt.milliseconds], [cartTime(0).milliseconds, cartTime(0).milliseconds],
                        "the cart read back: times")
        try check.equal(try await carts.carts(ids: []).count, 0, "carts(ids: [])")
    }

    static func cartLineChanges(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let cart = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 2), LineAddition(variantID: 12, quantity: 1)],
                                              discountCodes: [], buyerIdentity: BuyerIdentity(), at: cartTime(0))
        let (first, second) = (cart.lines[0].id, cart.lines[1].id)
        let added = try changed(check, try await carts.addLines(
            cartID: cart.id, lines: [LineAddition(variantID: 12, quantity: 2), LineAddition(variantID: 13, quantity: 1)],
            maximumQuantity: 1000, maximumLines: 10, at: cartTime(10)), "adding lines")
        try check.equal(lines(added), [[11, 2], [12, 3], [13, 1]], "units of a variant in the cart raise its line; a new variant appends one")
        try check.equal(Array(added.lines.map(\.id).prefix(2)), [first, second], "lines keep their ids when raised")
        try check.equal(added.updatedAt.milliseconds, cartTime(10).milliseconds, "a change sets updatedAt")
        try check.equal(added.createdAt.milliseconds, cartTime(0).milliseconds, "a change keeps createdAt")
        let third = added.lines[2].id
        let updated = try changed(check, try await carts.updateLines(
            cartID: cart.id, lines: [LineQuantity(lineID: first, quantity: 5), LineQuantity(lineID: third, quantity: 0)], at: cartTime(20)),
            "updating lines")
        try check.equal(lines(updated), [[11, 5], [12, 3]], "an update sets quantities; 0 removes the line")
        let removed = try changed(check, try await carts.removeLines(cartID: cart.id, lineIDs: [second], at: cartTime(30)), "removing a line")
        try check.equal(lines(removed), [[11, 5]], "a removed line is gone")
        try check.equal(removed.updatedAt.milliseconds, cartTime(30).milliseconds, "updatedAt after removing")
        let readd = try changed(check, try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 12, quantity: 1)],
                                                                maximumQuantity: 1000, maximumLines: 10, at: cartTime(40)), "adding a removed variant again")
        try check.equal(lines(readd), [[11, 5], [12, 1]], "a variant added again after removal gets a new line at the end")
        try check.expect(![first, second, third].contains(readd.lines[1].id), "a new line gets a new id, got \(readd.lines[1].id)")
        let read = try await carts.carts(ids: [cart.id])[cart.id]
        try check.equal(read?.lines, readd.lines, "the cart's lines read back")
        try check.equal(read?.updatedAt.milliseconds, cartTime(40).milliseconds, "the cart's updatedAt read back")
    }

    static func cartRefusals(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let cart = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 998), LineAddition(variantID: 12, quantity: 1)],
                                              discountCodes: ["A"], buyerIdentity: BuyerIdentity(email: "a@example.com"), at: cartTime(0))
        let other = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 1)], discountCodes: [],
                                               buyerIdentity: BuyerIdentity(), at: cartTime(0))
        func unchanged(_ what: String) async throws {
            let read = try check.require(try await carts.carts(ids: [cart.id])[cart.id], "the cart after \(what)")
            try check.equal(lines(read), lines(cart), "\(what) changes no line")
            try check.equal(read.discountCodes, ["A"], "\(what) changes no code")
            try check.equal(read.updatedAt.milliseconds, cartTime(0).milliseconds, "\(what) leaves updatedAt")
        }
        let missing = "no-such-cart", add = [LineAddition(variantID: 11, quantity: 1)]
        try check.equal(try await carts.addLines(cartID: missing, lines: add, maximumQuantity: 1000, maximumLines: 10, at: cartTime(1)), .notFound,
                        "adding to an unknown cart")
        try check.equal(try await carts.updateLines(cartID: missing, lines: [LineQuantity(lineID: cart.lines[0].id, quantity: 1)], at: cartTime(1)),
                        .notFound, "updating an unknown cart")
        try check.equal(try await carts.removeLines(cartID: missing, lineIDs: [cart.lines[0].id], at: cartTime(1)), .notFound, "removing from an unknown cart")
        try check.equal(try await carts.setDiscountCodes(cartID: missing, codes: [], at: cartTime(1)), .notFound, "codes of an unknown cart")
        try check.equal(try await carts.setBuyerIdentity(cartID: missing, buyerIdentity: BuyerIdentity(), at: cartTime(1)), .notFound,
                        "the buyer of an unknown cart")
        try check.equal(try await carts.beginCheckout(cartID: missing, at: cartTime(1)), .notFound, "checking out an unknown cart")

        let (first, second) = (cart.lines[0].id, cart.lines[1].id)
        let foreign = other.lines[0].id
        try check.equal(try await carts.updateLines(cartID: cart.id, lines: [LineQuantity(lineID: second, quantity: 4),
                                                                             LineQuantity(lineID: foreign, quantity: 1)], at: cartTime(1)),
                        .lineNotFound(index: 1), "updating another cart's line, second")
        try await unchanged("a refused update")
        try check.equal(try await carts.removeLines(cartID: cart.id, lineIDs: [first, foreign + 1000], at: cartTime(1)),
                        .lineNotFound(index: 1), "removing a line that does not exist, second")
        try await unchanged("a refused removal")
        try check.equal(try await carts.removeLines(cartID: cart.id, lineIDs: [foreign], at: cartTime(1)), .lineNotFound(index: 0),
                        "removing another cart's line")
        try check.equal(lines(try check.require(try await carts.carts(ids: [other.id])[other.id], "the other cart")), [[11, 1]],
                        "the other cart keeps its line")

        try check.equal(try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 11, quantity: 3)], maximumQuantity: 1000,
                                                 maximumLines: 10, at: cartTime(1)),
                        .maximumExceeded(index: 0, quantity: 1001), "raising a line over the maximum")
        try check.equal(try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 12, quantity: 1), LineAddition(variantID: 11, quantity: 1),
                                                                          LineAddition(variantID: 11, quantity: 2)],
                                                 maximumQuantity: 1000, maximumLines: 10, at: cartTime(1)),
                        .maximumExceeded(index: 2, quantity: 1001), "lines of one call that together go over the maximum")
        try check.equal(try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 13, quantity: 1001)], maximumQuantity: 1000,
                                                 maximumLines: 10, at: cartTime(1)),
                        .maximumExceeded(index: 0, quantity: 1001), "a new line over the maximum")
        try await unchanged("a refused addition over the maximum")
        try check.equal(try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 13, quantity: 1), LineAddition(variantID: 14, quantity: 1)],
                                                 maximumQuantity: 1000, maximumLines: 3, at: cartTime(1)),
                        .tooManyLines(maximum: 3), "a fourth line in a cart of at most 3")
        try await unchanged("a refused addition over the line maximum")
        let full = try changed(check, try await carts.addLines(
            cartID: cart.id, lines: [LineAddition(variantID: 11, quantity: 2), LineAddition(variantID: 13, quantity: 1)],
            maximumQuantity: 1000, maximumLines: 3, at: cartTime(2)), "filling the cart to its maximums exactly")
        try check.equal(lines(full), [[11, 1000], [12, 1], [13, 1]], "a line at the maximum, a cart at the line maximum")
        let grown = try changed(check, try await carts.addLines(cartID: cart.id, lines: [LineAddition(variantID: 12, quantity: 1)],
                                                                maximumQuantity: 1000, maximumLines: 3, at: cartTime(3)),
                                "raising a line of a full cart")
        try check.equal(lines(grown), [[11, 1000], [12, 2], [13, 1]], "a full cart's lines can still grow")
    }

    static func cartCodesAndBuyer(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let welcome = DiscountCode(code: "WELCOME10", kind: .percentage(basisPoints: 1000))
        let fiveOff = DiscountCode(code: "FiveOff", kind: .fixedAmount(Money(minorUnits: 500, currency: .EUR)),
                                   minimumSubtotal: Money(minorUnits: 2000, currency: .EUR), startsAt: cartTime(-3600), endsAt: cartTime(3600),
                                   combinesWithOtherCodes: true)
        try await carts.upsertDiscountCodes([welcome, fiveOff])
        let found = try await carts.discountCodes(codes: ["welcome10", "FIVEOFF", "nope"])
        try check.equal(Set(found.keys), ["welcome10", "fiveoff"], "codes found without regard to case, keyed by the lowercased code asked for")
        try check.equal(found["welcome10"], welcome, "a percentage code read back")
        try check.equal(found["fiveoff"], fiveOff, "a fixed code with a minimum, a start, an end, combining, read back")
        try await carts.upsertDiscountCodes([DiscountCode(code: "Welcome10", kind: .percentage(basisPoints: 1500))])
        let replaced = try await carts.discountCodes(codes: ["WELCOME10"])
        try check.equal(replaced["welcome10"], DiscountCode(code: "Welcome10", kind: .percentage(basisPoints: 1500)),
                        "a code upserted again under another case replaces it")
        try check.equal(try await carts.discountCodes(codes: []).count, 0, "discountCodes(codes: [])")

        let cart = try await carts.createCart(lines: [], discountCodes: ["WELCOME10"], buyerIdentity: BuyerIdentity(email: "a@example.com"),
                                              at: cartTime(0))
        let coded = try changed(check, try await carts.setDiscountCodes(cartID: cart.id, codes: ["FiveOff", "Welcome10"], at: cartTime(5)),
                                "replacing the codes")
        try check.equal(coded.discountCodes, ["FiveOff", "Welcome10"], "the cart's codes are replaced, in order")
        try check.equal(coded.updatedAt.milliseconds, cartTime(5).milliseconds, "updatedAt after replacing the codes")
        let cleared = try changed(check, try await carts.setDiscountCodes(cartID: cart.id, codes: [], at: cartTime(6)), "clearing the codes")
        try check.equal(cleared.discountCodes, [], "a cart's codes cleared")
        let buyer = BuyerIdentity(phone: "+4930123456", countryCode: "AT")
        let bought = try changed(check, try await carts.setBuyerIdentity(cartID: cart.id, buyerIdentity: buyer, at: cartTime(7)), "replacing the buyer")
        try check.equal(bought.buyerIdentity, buyer, "the buyer is replaced whole (the email is gone)")
        let read = try await carts.carts(ids: [cart.id])[cart.id]
        try check.equal(read?.buyerIdentity, buyer, "the buyer read back")
        try check.equal(read?.discountCodes, [], "the codes read back")
        try check.equal(read?.updatedAt.milliseconds, cartTime(7).milliseconds, "updatedAt read back")
    }
}
