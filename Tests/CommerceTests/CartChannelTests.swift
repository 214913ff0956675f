import Foundation
import Testing
@testable import Commerce

/// Carts keep their channel (issue 13), through the storefront: a request sees only its channel's
/// carts, and a move re-prices every line and the totals in the new channel's currency.
@Suite("Carts and channels")
struct CartChannelTests {
    static let webEU = Channel.seeded[0], kiosk = Channel.seeded[1], webUK = Channel.seeded[2]

    static func storefront(_ fixture: Fixture, _ allowed: [Channel], country: String? = nil) -> (Storefront, ChannelSession) {
        let session = ChannelSession(allowed: allowed, requested: .resolve(allowed: allowed, country: country, language: nil))
        return (Storefront(backends: fixture.backends, scopes: Scope.storefrontDefaults, session: session), session)
    }

    /// The ids of the seeded variants every one of `channels` sells with at least `stock` units, by id.
    static func variants(_ fixture: Fixture, soldIn channels: [Channel], stock: Int) async throws -> [Int64] {
        var common: Set<Int64>?
        for channel in channels {
            let page = try await fixture.backends.catalog.searchProducts(ProductSearch(
                filter: ProductFilter(), sortKey: .ID, reverse: false, window: PageWindow(limit: 250)), in: CatalogContext(channel))
            let ids = Set(page.items.flatMap(\.item.variants).filter { $0.quantityAvailable >= stock }.map(\.id))
            common = common.map { $0.intersection(ids) } ?? ids
        }
        return (common ?? []).sorted()
    }

    static func gid(_ id: Int64) -> String { GlobalID(type: "ProductVariant", id: id).encoded }

    @Test("a move to another allowed channel re-prices every line and the totals in its currency", arguments: BackendKind.allCases)
    func move(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 40)
        let (store, session) = Self.storefront(fixture, [Self.webEU, Self.webUK])
        let both = try await Self.variants(fixture, soldIn: [Self.webEU, Self.webUK], stock: 10)
        try #require(both.count >= 4, "the seed sells too few variants in both web-eu and web-uk")
        let a = Self.gid(both[0]), b = Self.gid(both[3])
        let ukPrices = try await fixture.backends.catalog.variants(ids: [both[0], both[3]], in: CatalogContext(Self.webUK))
        let created = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: a, quantity: 2),
                                                                              CartLineInput(merchandiseId: b, quantity: 1)])).cart)
        #expect(created.cart.channel == "web-eu" && created.cart.currency == .EUR)
        let moved = try await store.cartBuyerIdentityUpdate(cartId: created.id, buyerIdentity: CartBuyerIdentityInput(countryCode: "GB"))
        #expect(moved.userErrors.isEmpty, "\(moved.userErrors)")
        let view = try #require(moved.cart)
        #expect(view.cart.channel == "web-uk" && view.cart.currency == .GBP && view.cart.buyerIdentity.countryCode == "GB")
        #expect(view.lines.count == 2)
        for line in view.lines {
            // The UK's own price list, read from the catalog in web-uk's context.
            #expect(line.unitPrice == ukPrices[line.line.variantID]?.price && line.unitPrice.currency == .GBP)
            #expect(line.subtotal == Money(minorUnits: line.unitPrice.minorUnits * Int64(line.line.quantity), currency: .GBP))
        }
        let amounts = view.lines.flatMap { [$0.unitPrice, $0.subtotal, $0.total] } + [view.cost.subtotal, view.cost.discount, view.cost.tax, view.cost.total]
        #expect(Set(amounts.map(\.currency)) == [.GBP], "one currency in the whole cart")
        #expect(view.cost.subtotal.minorUnits == view.lines.map(\.subtotal.minorUnits).reduce(0, +))
        #expect(session.answered.channel.code == "web-uk" && session.answered.country == "GB")
        let stored = try await fixture.backends.carts.carts(ids: [created.cart.id])[created.cart.id]
        #expect(stored?.channel == "web-uk" && stored?.currency == .GBP)
        // The cart is in the UK now: this request's (web-eu) context no longer sees it, a UK one does and checks it out in pounds.
        #expect(try await store.cart(id: created.id) == nil)
        let (uk, _) = Self.storefront(fixture, [Self.webEU, Self.webUK], country: "GB")
        let checkout = try await uk.cartCheckout(cartId: created.id)
        let order = try #require(checkout.order, "\(checkout.userErrors)")
        #expect(order.total == view.cost.total && order.lines.map(\.unitPrice) == view.lines.map(\.unitPrice))
    }

    @Test("a cart of another channel is neither shown nor changed, and says so", arguments: BackendKind.allCases)
    func otherChannel(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 40)
        let (eu, _) = Self.storefront(fixture, [Self.webEU])
        let (kiosk, _) = Self.storefront(fixture, [Self.kiosk])
        let sold = try await Self.variants(fixture, soldIn: [Self.webEU, Self.kiosk], stock: 2)
        let a = Self.gid(try #require(sold.first, "the seed sells nothing in both web-eu and the kiosk"))
        let cart = try #require(try await eu.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: a)])).cart)
        #expect(try await kiosk.cart(id: cart.id) == nil)
        let add = try await kiosk.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: a)])
        #expect(add.cart == nil && add.userErrors.map(\.code) == [.CART_CHANNEL_MISMATCH])
        let bad = try await kiosk.cartLinesAdd(cartId: cart.id, lines: [CartLineInput(merchandiseId: a, quantity: 0)])
        #expect(bad.cart == nil && bad.userErrors.map(\.code).contains(.CART_CHANNEL_MISMATCH), "input errors too, with no cart")
        let checkout = try await kiosk.cartCheckout(cartId: cart.id)
        #expect(checkout.order == nil && checkout.cart == nil && checkout.userErrors.map(\.code) == [.CART_CHANNEL_MISMATCH])
        let unknown = try await kiosk.cartLinesAdd(cartId: GlobalID(type: "Cart", key: "nothing-here").encoded, lines: [CartLineInput(merchandiseId: a)])
        #expect(unknown.userErrors.map(\.code) == [.CART_NOT_FOUND])
        // Unchanged, and still the EU's.
        let again = try #require(try await eu.cart(id: cart.id))
        #expect(again.lines.map(\.line.quantity) == [1] && again.cart.status == .OPEN)
        // A kiosk cart is priced in the kiosk's prices.
        let created = try await kiosk.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: a)]))
        let kioskCart = try #require(created.cart, "\(created.userErrors)")
        #expect(kioskCart.cart.channel == "kiosk-berlin")
        let kioskPrice = try await fixture.backends.catalog.variants(ids: [sold[0]], in: CatalogContext(Self.kiosk))[sold[0]]?.price
        #expect(kioskCart.lines[0].unitPrice == kioskPrice)
    }

    @Test("a move needs a channel selling to the country and a price for every line")
    func refusedMoves() async throws {
        let fixture = try await Fixture.seeded(.memory, productCount: 40)
        let (eu, _) = Self.storefront(fixture, [Self.webEU])
        // A variant web-eu sells and web-uk does not.
        let inEU = try await Self.variants(fixture, soldIn: [Self.webEU], stock: 10)
        let inUK = try await fixture.backends.catalog.variants(ids: inEU, in: CatalogContext(Self.webUK))
        let a = Self.gid(try #require(inEU.first { inUK[$0] == nil }, "the seed's UK sells every EU variant"))
        let cart = try #require(try await eu.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: a)])).cart)
        let nowhere = try await eu.cartBuyerIdentityUpdate(cartId: cart.id, buyerIdentity: CartBuyerIdentityInput(countryCode: "GB"))
        #expect(nowhere.userErrors.map(\.code) == [.COUNTRY_NOT_SOLD] && nowhere.cart?.cart.channel == "web-eu")
        // Within the channel: the buyer changes, the channel stays.
        let french = try await eu.cartBuyerIdentityUpdate(cartId: cart.id, buyerIdentity: CartBuyerIdentityInput(countryCode: "FR"))
        #expect(french.userErrors.isEmpty && french.cart?.cart.channel == "web-eu" && french.cart?.cart.buyerIdentity.countryCode == "FR")
        // A variant web-uk does not sell: the move is refused and changes nothing.
        let session = ChannelSession(allowed: [Self.webEU, Self.webUK], requested: .resolve(allowed: [Self.webEU, Self.webUK], country: nil, language: nil))
        let plain = Storefront(backends: fixture.backends, scopes: Scope.storefrontDefaults, session: session)
        let unpriced = try await plain.cartBuyerIdentityUpdate(cartId: cart.id, buyerIdentity: CartBuyerIdentityInput(countryCode: "GB"))
        #expect(unpriced.userErrors.map(\.code) == [.INVALID_MERCHANDISE_LINE] && unpriced.cart?.cart.channel == "web-eu")
        #expect(unpriced.cart?.cart.buyerIdentity.countryCode == "FR", "a refused move changes nothing")
    }

    @Test("@inContext's resolution: country picks among the allowed channels, language falls back along its chain")
    func resolution() {
        let allowed = [Self.kiosk, Self.webEU, Self.webUK]
        let home = StorefrontContext.resolve(allowed: allowed, country: nil, language: nil)
        #expect([home.channel.code, home.country, home.language] == ["kiosk-berlin", "DE", "de"] && home.languages == ["de"])
        let france = StorefrontContext.resolve(allowed: allowed, country: "fr", language: "de-AT")
        #expect([france.channel.code, france.country, france.language] == ["web-eu", "FR", "de"] && france.languages == ["de", "en"])
        let germany = StorefrontContext.resolve(allowed: allowed, country: "DE", language: "en")
        #expect(germany.channel.code == "kiosk-berlin" && germany.language == "de", "the home channel sells to DE; it has no English")
        let elsewhere = StorefrontContext.resolve(allowed: allowed, country: "US", language: "xx")
        #expect([elsewhere.channel.code, elsewhere.country, elsewhere.language] == ["kiosk-berlin", "DE", "de"])
        #expect(StorefrontContext.chain(of: "de-AT") == ["de-AT", "de"] && StorefrontContext.chain(of: "zh_Hant_TW") == ["zh-Hant-TW", "zh-Hant", "zh"])
    }
}
