import Commerce
import Foundation

// Carts keep their channel (issue 13): the store keeps a cart's channel and currency as written,
// through every change, and a move changes both with the buyer in one edit.
extension BackendKit {
    static let cartChannelCases: [BackendKitCase] = [
        BackendKitCase(.carts, "a cart keeps its channel and currency: as created, read back, and through line and buyer changes") { try await cartChannelKept($0) },
        BackendKitCase(.carts, "a move changes channel, currency and buyer together; one from a channel the cart is not in changes nothing") { try await cartChannelMove($0) },
    ]

    static func cartChannelKept(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let kiosk = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 1)], discountCodes: [],
                                               buyerIdentity: BuyerIdentity(countryCode: "DE"), channel: "kiosk-berlin", currency: .EUR,
                                               at: cartTime(0))
        let uk = try await carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(countryCode: "GB"),
                                            channel: "web-uk", currency: .GBP, at: cartTime(1))
        let plain = try await carts.createCart(lines: [], discountCodes: [], buyerIdentity: BuyerIdentity(), at: cartTime(2))
        try check.equal([kiosk.channel, kiosk.currency.rawValue], ["kiosk-berlin", "EUR"], "a new cart's channel and currency, as given")
        let read = try await carts.carts(ids: [kiosk.id, uk.id, plain.id])
        try check.equal(read[kiosk.id], kiosk, "the kiosk cart read back")
        try check.equal([read[uk.id]?.channel, read[uk.id]?.currency.rawValue], ["web-uk", "GBP"], "the UK cart's channel and currency read back")
        try check.equal([read[plain.id]?.channel, read[plain.id]?.currency.rawValue], [Channel.defaultCode, "EUR"],
                        "a cart created without a channel is the default channel's, in euros")
        let added = try changed(check, try await carts.addLines(cartID: uk.id, lines: [LineAddition(variantID: 12, quantity: 2)],
                                                              maximumQuantity: 1000, maximumLines: 500, at: cartTime(3)), "add to the UK cart")
        let buyer = try changed(check, try await carts.setBuyerIdentity(cartID: added.id, buyerIdentity: BuyerIdentity(email: "a@example.com", countryCode: "GB"),
                                                                      at: cartTime(4)), "the UK cart's buyer")
        let stored = try await carts.carts(ids: [uk.id])[uk.id]
        try check.equal([added.channel, buyer.channel, stored?.channel], ["web-uk", "web-uk", "web-uk"], "line and buyer changes keep the channel")
        try check.equal([added.currency, buyer.currency, stored?.currency], [.GBP, .GBP, .GBP], "line and buyer changes keep the currency")
    }

    static func cartChannelMove(_ check: BackendKitCheck) async throws {
        let carts = check.backends.carts
        let cart = try await carts.createCart(lines: [LineAddition(variantID: 11, quantity: 2), LineAddition(variantID: 12, quantity: 1)],
                                              discountCodes: [], buyerIdentity: BuyerIdentity(countryCode: "DE"), channel: "web-eu",
                                              currency: .EUR, at: cartTime(0))
        let wrong = try await carts.moveCart(cartID: cart.id, from: "kiosk-berlin", to: "web-uk", currency: .GBP,
                                             buyerIdentity: BuyerIdentity(countryCode: "GB"), at: cartTime(1))
        try check.equal(wrong, .otherChannel, "a move from a channel the cart is not in is refused")
        try check.equal(try await carts.carts(ids: [cart.id])[cart.id], cart, "a refused move changes nothing")
        let moved = try changed(check, try await carts.moveCart(cartID: cart.id, from: "web-eu", to: "web-uk", currency: .GBP,
                                                              buyerIdentity: BuyerIdentity(email: "b@example.com", countryCode: "GB"), at: cartTime(2)),
                                "the move")
        let stored = try await carts.carts(ids: [cart.id])[cart.id]
        try check.equal(stored, moved, "the moved cart read back as the move returned it")
        try check.equal([stored?.channel, stored?.currency.rawValue, stored?.buyerIdentity.countryCode], ["web-uk", "GBP", "GB"],
                        "channel, currency and country moved together")
        try check.equal(stored.map(lines), lines(cart), "a move keeps the lines")
        try check.equal(stored?.updatedAt.milliseconds, cartTime(2).milliseconds, "a move is a change")
        _ = try changed(check, try await carts.beginCheckout(cartID: cart.id, at: cartTime(3)), "begin checkout")
        let locked = try await carts.moveCart(cartID: cart.id, from: "web-uk", to: "web-eu", currency: .EUR,
                                              buyerIdentity: BuyerIdentity(countryCode: "DE"), at: cartTime(4))
        try check.equal(locked, .completed, "a cart being checked out does not move")
        try check.equal(try await carts.carts(ids: [cart.id])[cart.id]?.channel, "web-uk", "…and keeps its channel")
    }
}
