import GraphQLCore
import Testing
@testable import Commerce

// The static cost (GraphQLCore's `queryCost`) of every document the storefront sends, with the
// variables it sends them with: the default storefront cost maximum (10,000 in
// ConcordServer's AppConfiguration) must leave them room.

@Suite("The storefront's queries and their cost")
struct StorefrontQueryCostTests {
    /// The default storefront maximum (AppConfiguration.storefrontLimits.maxCost).
    static let storefrontMaximum = 10_000

    static let documents: [(name: String, text: String, variables: JSONObject, cost: Int)] = [
        ("home", StorefrontQueries.home, ["locale": .string("de")], 962),
        ("collection", StorefrontQueries.collection, ["handle": .string("summer")], 604),
        ("product", StorefrontQueries.product, ["handle": .string("linen-shirt")], 3783),
        ("search", StorefrontQueries.search, ["query": .string("linen")], 22),
        ("cartCreate", StorefrontQueries.cartCreate, ["input": .object([:])], 2029),
        ("cartLinesAdd", StorefrontQueries.cartLinesAdd, ["cartId": .string("c"), "lines": .array([])], 2029),
        ("cartLinesUpdate", StorefrontQueries.cartLinesUpdate, ["cartId": .string("c"), "lines": .array([])], 2029),
        ("cartDiscounts", StorefrontQueries.cartDiscounts, ["cartId": .string("c"), "codes": .array([])], 2029),
        ("cartBuyer", StorefrontQueries.cartBuyer, ["cartId": .string("c"), "buyer": .object([:])], 13),
        ("checkout", StorefrontQueries.checkout, ["cartId": .string("c")], 57),
    ]

    @Test("every storefront document costs what it did, well under the storefront maximum (product page 3,783)")
    func costs() throws {
        for document in Self.documents {
            let cost = queryCost(schema: GraphQLHarness.schema, document: try parse(document.text), variables: document.variables)
            print("MEASURE cost \(document.name): \(cost)")
            #expect(cost == document.cost, "\(document.name) costs \(cost)")
            #expect(cost * 2 <= Self.storefrontMaximum, "\(document.name) costs \(cost)")
        }
    }
}
