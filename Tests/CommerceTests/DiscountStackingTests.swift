import Foundation
import Testing
@testable import Commerce

/// The seeded codes do not combine: of several applicable ones, the best applies alone.
@Suite("Discount codes: the seeded codes do not stack")
struct DiscountStackingTests {
    @Test("WELCOME10 with FIVEOFF and SUMMER20: only SUMMER20, the best, applies", arguments: BackendKind.allCases)
    func seededCodesDoNotStack(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        let product = try #require(try await fixture.admin().productUpsert(ProductInput(
            handle: "hundred", title: "Hundred", variants: [ProductVariantInput(price: "100.00", inventoryQuantity: 5)])).product)
        let variant = GlobalID(type: "ProductVariant", id: product.variants[0].id).encoded
        let store = fixture.storefront()
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant)],
                                                                     discountCodes: ["WELCOME10", "FIVEOFF", "SUMMER20"])).cart)
        #expect(cart.cost.subtotal.minorUnits == 10_000)
        #expect(cart.discountCodes.map(\.applicable) == [false, false, true])
        #expect(cart.cost.discount.minorUnits == 2_000)
        #expect(cart.cost.total.minorUnits == 8_000)
        let order = try #require(try await store.cartCheckout(cartId: cart.id).order)
        #expect(order.discountCodes == ["SUMMER20"] && order.total.minorUnits == 8_000)
    }

    @Test("combining codes stack in the order entered, never below zero; the best choice applies", arguments: BackendKind.allCases)
    func combining(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        try await fixture.backends.carts.upsertDiscountCodes([
            DiscountCode(code: "TEN", kind: .percentage(basisPoints: 1000), combinesWithOtherCodes: true),
            DiscountCode(code: "FIVE", kind: .fixedAmount(Money(minorUnits: 500, currency: .EUR)), combinesWithOtherCodes: true),
            DiscountCode(code: "EIGHTY", kind: .fixedAmount(Money(minorUnits: 8_000, currency: .EUR)), combinesWithOtherCodes: true),
            DiscountCode(code: "FIFTY", kind: .fixedAmount(Money(minorUnits: 5_000, currency: .EUR)), combinesWithOtherCodes: true),
            DiscountCode(code: "TWENTY", kind: .percentage(basisPoints: 2000)),
            DiscountCode(code: "TENNER", kind: .fixedAmount(Money(minorUnits: 1_000, currency: .EUR))),
        ])
        let product = try #require(try await fixture.admin().productUpsert(ProductInput(
            handle: "hundred", title: "Hundred", variants: [ProductVariantInput(price: "100.00", inventoryQuantity: 5)])).product)
        let variant = GlobalID(type: "ProductVariant", id: product.variants[0].id).encoded
        let store = fixture.storefront()
        let cart = try #require(try await store.cartCreate(CartInput(lines: [CartLineInput(merchandiseId: variant)])).cart)
        func apply(_ codes: [String]) async throws -> (discount: Int64, applicable: [Bool], reasons: [DiscountCodeReason?], tax: Int64) {
            let view = try #require(try await store.cartDiscountCodesUpdate(cartId: cart.id, discountCodes: codes).cart)
            #expect(view.cost.total.minorUnits == 10_000 - view.cost.discount.minorUnits)
            return (view.cost.discount.minorUnits, view.discountCodes.map(\.applicable), view.discountCodes.map(\.reason), view.cost.tax.minorUnits)
        }
        // 10% of 100.00, then 5.00 of the 90.00 left; the other order takes 5.00, then 10% of 95.00.
        #expect(try await apply(["TEN", "FIVE"]).discount == 1_500)
        #expect(try await apply(["FIVE", "TEN"]).discount == 1_450)
        #expect(try await apply(["TEN", "FIVE"]).tax == MoneyBoundsTests.includedTax(8_500))
        // Stacked, they give 15.00; TWENTY alone gives 20.00 and wins.
        let best = try await apply(["TEN", "FIVE", "TWENTY"])
        #expect(best.discount == 2_000 && best.applicable == [false, false, true])
        #expect(best.reasons == [.DOES_NOT_COMBINE, .DOES_NOT_COMBINE, nil])
        // Never below zero: 80.00, then the 20.00 left of FIFTY's 50.00; a third code finds nothing left.
        let all = try await apply(["EIGHTY", "FIFTY", "TEN"])
        #expect(all.discount == 10_000 && all.applicable == [true, true, false] && all.reasons[2] == .NOTHING_TO_DISCOUNT)
        // A tie between codes that do not combine: the one entered first.
        let tie = try await apply(["TENNER", "WELCOME10"])
        #expect(tie.discount == 1_000 && tie.applicable == [true, false])
        let other = try await apply(["WELCOME10", "TENNER", "EXPIRED15"])
        #expect(other.applicable == [true, false, false] && other.reasons == [nil, .DOES_NOT_COMBINE, .EXPIRED])
    }
}
