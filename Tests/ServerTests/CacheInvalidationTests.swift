import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// Only a mutation that changed public data empties the response cache: one refused as
/// FORBIDDEN or ending in user errors keeps every stored answer.
extension CommerceServiceTests {
    @Test func onlyCommittedPublicWritesInvalidate() async throws {
        try await Self.withService(ScopeEnforcement.shopAndPartner) { service in
            let port = service.server.port
            let variant = ScopeEnforcement.variant
            let read = "{ products(first: 1, sortKey: ID) { nodes { title variants(first: 1) { nodes { quantityAvailable } } } } }"
            try await io {
                let client = try TestClient(port: port)
                let shop = "storefront-token-0001", partner = "partner-token-0001"
                func hits() -> Int { service.app.graphQL.responses?.statistics.hits ?? -1 }
                func query() throws { _ = try ScopeEnforcement.post(client, shop, read) }
                try query()
                try query()
                #expect(hits() == 1)

                let forbidden = try ScopeEnforcement.post(client, shop, #"mutation { inventoryAdjust(variantId: "\#(variant)", delta: 1) { userErrors { code } } }"#)
                #expect(forbidden.contains("FORBIDDEN"), "\(forbidden)")
                try query()
                #expect(hits() == 2, "a FORBIDDEN mutation keeps the stored answers")

                let refused = try ScopeEnforcement.post(client, partner, #"mutation { productUpsert(input: {title: "No handle", variants: [{price: "1"}]}) { userErrors { code } } }"#)
                #expect(refused.contains(#""code":"BLANK""#), "\(refused)")
                let short = try ScopeEnforcement.post(client, partner, #"mutation { inventoryAdjust(variantId: "\#(variant)", delta: -1000000) { userErrors { code } } }"#)
                #expect(short.contains("NOT_ENOUGH_STOCK"), "\(short)")
                let checkout = try ScopeEnforcement.post(client, shop, #"mutation { cartCheckout(cartId: "Z2lkOi8vY29uY29yZC9DYXJ0L3g") { userErrors { code } } }"#)
                #expect(checkout.contains("CART_NOT_FOUND"), "\(checkout)")
                try query()
                #expect(hits() == 3, "mutations ending in user errors keep the stored answers")
                let nothing = try ScopeEnforcement.post(client, partner, #"mutation { inventoryAdjust(variantId: "\#(variant)", delta: 0) { userErrors { code } } }"#)
                #expect(nothing.contains(#""userErrors":[]"#), "\(nothing)")
                try query()
                #expect(hits() == 4, "a zero stock change writes nothing public")

                let adjusted = try ScopeEnforcement.post(client, partner, #"mutation { inventoryAdjust(variantId: "\#(variant)", delta: 5) { userErrors { code } } }"#)
                #expect(adjusted.contains(#""userErrors":[]"#), "\(adjusted)")
                try query()
                #expect(hits() == 4, "a stock change invalidates")
                try query()
                #expect(hits() == 5)

                let upsert = try ScopeEnforcement.post(client, partner, #"mutation { productUpsert(input: {handle: "new-one", title: "New", variants: [{price: "1"}]}) { userErrors { code } } }"#)
                #expect(upsert.contains(#""userErrors":[]"#), "\(upsert)")
                try query()
                #expect(hits() == 5, "a product write invalidates")
                try query()

                let cart = try ScopeEnforcement.post(client, shop, #"mutation { cartCreate(input: {lines: [{merchandiseId: "\#(variant)"}]}) { cart { id } userErrors { code } } }"#)
                let cartID = try #require(cart.range(of: #""id":""#).map { String(cart[$0.upperBound...].prefix { $0 != "\"" }) }, "\(cart)")
                try query()
                #expect(hits() == 7, "a cart write keeps the stored answers")
                let placed = try ScopeEnforcement.post(client, shop, #"mutation { cartCheckout(cartId: "\#(cartID)") { order { number } userErrors { code } } }"#)
                #expect(placed.contains(#""order":{"number""#), "\(placed)")
                try query()
                #expect(hits() == 7, "a checkout takes stock and invalidates")
            }
        }
    }
}
