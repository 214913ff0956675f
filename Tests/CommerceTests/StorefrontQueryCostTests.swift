import Foundation
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

    @Test("the collection page costs the same with inline page sizes, with variables and through fragments (604)")
    func normalizedForms() throws {
        let schema = GraphQLHarness.schema
        func cost(_ text: String, _ variables: JSONObject) throws -> Int {
            queryCost(schema: schema, document: try parse(text), variables: variables)
        }
        let inline = try cost(StorefrontQueries.collection, ["handle": .string("summer")])
        let withVariables = StorefrontQueries.collection
            .replacingOccurrences(of: "query Collection($handle: String!, $after: String)",
                                  with: "query Collection($handle: String!, $after: String, $page: Int!, $variants: Int = 3)")
            .replacingOccurrences(of: "products(first: 50,", with: "products(first: $page,")
            .replacingOccurrences(of: "variants(first: 3)", with: "variants(first: $variants)")
        let fragments = """
            query Collection($handle: String!, $after: String) {
              collection(handle: $handle) { id title description seo { title description } ...Grid }
            }
            fragment Grid on Collection {
              products(first: 50, after: $after, sortKey: PRICE) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { ...Card } }
              }
            }
            fragment Card on Product {
              id handle title vendor availableForSale
              featuredImage { url(transform: {maxWidth: 600}) altText width height }
              priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }
              compareAtPriceRange { maxVariantPrice { amount } }
              ... on Product { variants(first: 3) { nodes { id title availableForSale } } }
            }
            fragment Money on Money { amount currencyCode }
            """
        #expect(inline == 604)
        #expect(try cost(withVariables, ["handle": .string("summer"), "page": .int(50)]) == inline)
        #expect(try cost(fragments, ["handle": .string("summer")]) == inline)
        // and the variables do change it: the same document with 10 a page
        #expect(try cost(withVariables, ["handle": .string("summer"), "page": .int(10)]) < inline)
    }
}
