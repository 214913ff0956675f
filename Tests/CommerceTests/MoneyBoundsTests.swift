import Foundation
import Testing
@testable import Commerce

/// Prices and quantities are bounded where they enter, and every amount is computed with
/// overflow-checked arithmetic: out-of-range data gives an error, never a trap.
@Suite("Money bounds: no arithmetic trap, whatever the prices")
struct MoneyBoundsTests {
    /// The largest price `productUpsert` accepts, as a Decimal string (10,000,000.00 EUR).
    static let largestPrice = "10000000.00"

    /// Creates products with `count` variants priced `price`, each with `stock` units; returns the variant ids.
    static func variants(_ fixture: Fixture, count: Int, price: String, stock: Int) async throws -> [String] {
        var ids: [String] = []
        var left = count, product = 0
        while left > 0 {
            let size = min(left, Storefront.maximumVariants)
            let values = (0..<size).map { "v\($0)" }
            let payload = try await fixture.admin().productUpsert(ProductInput(
                handle: "dear-\(product)", title: "Dear \(product)", options: [ProductOption(name: "N", values: values)],
                variants: values.map { ProductVariantInput(price: price, selectedOptions: [SelectedOption(name: "N", value: $0)], inventoryQuantity: stock) }))
            #expect(payload.userErrors.isEmpty, "\(payload.userErrors)")
            ids += try #require(payload.product).variants.map { GlobalID(type: "ProductVariant", id: $0.id).encoded }
            left -= size
            product += 1
        }
        return ids
    }

    /// `(amount × rate × 2 + (1 + rate)) / ((1 + rate) × 2)`, in 128 bits: the tax included in `amount`.
    static func includedTax(_ amount: Int64, basisPoints: Int64 = 1900) -> Int64 {
        Int64((Int128(amount) * Int128(basisPoints) * 2 + Int128(10_000 + basisPoints)) / (Int128(10_000 + basisPoints) * 2))
    }

    @Test("productUpsert refuses a price or compare-at price over the bound", arguments: BackendKind.allCases)
    func priceBound(kind: BackendKind) async throws {
        let fixture = try await Fixture.empty(kind)
        func upsert(_ price: String, compareAt: String? = nil) async throws -> [String] {
            try await fixture.admin().productUpsert(ProductInput(
                handle: "p-\(UUID().uuidString.prefix(8).lowercased())", title: "P",
                variants: [ProductVariantInput(price: price, compareAtPrice: compareAt)])).userErrors
                .map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" }
        }
        #expect(try await upsert(Self.largestPrice) == [])
        #expect(try await upsert("10000000.01") == ["MAXIMUM_EXCEEDED input.variants.0.price"])
        #expect(try await upsert("999999999999999.99") == ["MAXIMUM_EXCEEDED input.variants.0.price"])
        #expect(try await upsert("1.00", compareAt: "10000000.01") == ["MAXIMUM_EXCEEDED input.variants.0.compareAtPrice"])
        let stock = try await fixture.admin().productUpsert(ProductInput(
            handle: "stock", title: "S", variants: [ProductVariantInput(price: "1", inventoryQuantity: 1_000_000_001)]))
        #expect(stock.userErrors.map(\.code) == [.MAXIMUM_EXCEEDED])
    }

    @Test("inventoryAdjust keeps the stock within the maximum, checked in the backend's write", arguments: BackendKind.allCases)
    func stockMaximum(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        let admin = fixture.admin()
        let maximum = StoreSettings().maximumInventoryQuantity
        let created = try await admin.productUpsert(ProductInput(
            handle: "full", title: "F", variants: [ProductVariantInput(price: "1", inventoryQuantity: maximum - 1)]))
        let variant = try #require(created.product?.variants.first)
        let id = GlobalID(type: "ProductVariant", id: variant.id).encoded
        let over = try await admin.inventoryAdjust(variantId: id, delta: 2)
        #expect(over.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-") \($0.message)" }
                == ["MAXIMUM_EXCEEDED delta The stock can be at most \(maximum); it holds \(maximum - 1)."])
        #expect(try await admin.inventoryAdjust(variantId: id, delta: 1).variant?.quantityAvailable == maximum)
        #expect(try await admin.inventoryAdjust(variantId: id, delta: -5).variant?.quantityAvailable == maximum - 5)
    }

    @Test("the largest price × the largest quantity × the most lines, under every discount and the tax", arguments: BackendKind.allCases)
    func largestCart(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        let settings = StoreSettings()
        let ids = try await Self.variants(fixture, count: settings.maximumLinesPerCall, price: Self.largestPrice,
                                          stock: settings.maximumLineQuantity)
        let store = fixture.storefront()
        let created = try await store.cartCreate(CartInput(lines: ids.map { CartLineInput(merchandiseId: $0, quantity: settings.maximumLineQuantity) }))
        #expect(created.userErrors.isEmpty, "\(created.userErrors)")
        let cart = try #require(created.cart)
        let subtotal: Int64 = 1_000_000_000 * 1000 * 250
        #expect(cart.cost.subtotal.minorUnits == subtotal)
        #expect(cart.cost.tax.minorUnits == Self.includedTax(subtotal))
        // Each seeded code alone: WELCOME10, SUMMER20, FIVEOFF, VIP25 (EXPIRED15 never applies).
        for (code, off) in [("WELCOME10", subtotal / 10), ("SUMMER20", subtotal / 5), ("FIVEOFF", 500), ("VIP25", subtotal / 4), ("EXPIRED15", 0)] {
            let view = try #require(try await store.cartDiscountCodesUpdate(cartId: cart.id, discountCodes: [code]).cart)
            #expect(view.cost.discount.minorUnits == off, "\(code)")
            #expect(view.cost.total.minorUnits == subtotal - off, "\(code)")
            #expect(view.cost.tax.minorUnits == Self.includedTax(subtotal - off), "\(code)")
            #expect(view.lines.map(\.total.minorUnits).reduce(0, +) == subtotal - off, "\(code)")
        }
        let placed = try await store.cartCheckout(cartId: cart.id)
        #expect(placed.userErrors.isEmpty && placed.order?.subtotal.minorUnits == subtotal)
    }

    @Test("a huge price already in the backend gives an error for its cart, not a trap", arguments: BackendKind.allCases)
    func storedHugePrice(kind: BackendKind) async throws {
        let fixture = try await Fixture.empty(kind)
        let huge = Money(minorUnits: Int64.max / 3, currency: .EUR)
        let product = try #require(try await fixture.backends.catalog.upsertProducts([ProductDraft(
            handle: "huge", title: "Huge", description: "", descriptionHtml: "", vendor: "", productType: "", tags: [], options: [],
            images: [], variants: [VariantDraft(id: nil, title: "", sku: nil, price: huge, compareAtPrice: nil, inventoryQuantity: 50,
                                                selectedOptions: [])], seo: SEO())]).first)
        let stored = try await fixture.backends.carts.createCart(
            lines: [LineAddition(variantID: product.variants[0].id, quantity: 7)], discountCodes: ["WELCOME10"],
            buyerIdentity: BuyerIdentity(), at: Date())
        let id = GlobalID(type: "Cart", key: stored.id).encoded
        let store = fixture.storefront()
        await #expect(throws: CommerceError.self) { _ = try await store.cart(id: id) }
        do {
            _ = try await store.cart(id: id)
        } catch {
            #expect(error.code == "AMOUNT_OUT_OF_RANGE")
        }
        await #expect(throws: CommerceError.self) { _ = try await store.cartCheckout(cartId: id) }
        #expect(try await fixture.backends.catalog.variants(ids: [product.variants[0].id])[product.variants[0].id]?.quantityAvailable == 50,
                "no stock was taken")
        // The buyer can still empty the cart.
        let line = GlobalID(type: "CartLine", key: "\(stored.id).\(stored.lines[0].id)").encoded
        let removed = try await store.cartLinesRemove(cartId: id, lineIds: [line])
        #expect(removed.userErrors.isEmpty && removed.cart?.cost.total.minorUnits == 0)
    }
}
