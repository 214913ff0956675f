import Foundation
import GraphQLCore
import Testing
@testable import Commerce
@testable import CommerceSQLite

@Suite("Backend calls and time per request on the seeded SQLite store", .serialized)
struct RequestCostTests {
    /// Runs `query` `rounds` times, each with a fresh storefront (one request); returns the calls of the last
    /// request by method and the mean milliseconds per request.
    static func measure(_ query: String, variables: JSONObject, fixture: Fixture, rounds: Int) async throws -> (calls: Int, byMethod: [String: Int], milliseconds: Double) {
        _ = try await GraphQLHarness.run(query, variables: variables, store: fixture.storefront())  // warm up
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        for _ in 0..<rounds {
            fixture.counter.reset()
            let start = clock.now
            let response = try await GraphQLHarness.run(query, variables: variables, store: fixture.storefront())
            elapsed += clock.now - start
            #expect(response["errors"] == nil)
        }
        var byMethod: [String: Int] = [:]
        for method in ["catalog.products", "catalog.collections", "catalog.collectionsByHandle", "catalog.searchProducts",
                       "catalog.countProducts", "catalog.variants", "content.pagesByHandle", "content.localization"] {
            let count = fixture.counter.count(method)
            if count > 0 { byMethod[method] = count }
        }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return (fixture.counter.total(), byMethod, ms / Double(rounds))
    }

    @Test("home page: one page call, one product batch for 5 carousels, one collection batch (the default locale is a setting, not a call)")
    func home() async throws {
        let fixture = try await Fixture.seeded(.sqlite)
        let result = try await Self.measure(StorefrontQueries.home, variables: ["locale": .string("de")], fixture: fixture, rounds: 20)
        #expect(result.byMethod == ["content.pagesByHandle": 1, "catalog.products": 1, "catalog.collections": 1])
        print("MEASURE home page: \(result.calls) backend calls \(result.byMethod.sorted { $0.key < $1.key }), \(String(format: "%.2f", result.milliseconds)) ms per request")
    }

    @Test("50-product collection page: collection, one search, one count")
    func collectionPage() async throws {
        let fixture = try await Fixture.seeded(.sqlite)
        let result = try await Self.measure(StorefrontQueries.collection, variables: ["handle": .string("summer")], fixture: fixture, rounds: 20)
        #expect(result.byMethod == ["catalog.collectionsByHandle": 1, "catalog.searchProducts": 1, "catalog.countProducts": 1])
        print("MEASURE collection page (50 products): \(result.calls) backend calls \(result.byMethod.sorted { $0.key < $1.key }), \(String(format: "%.2f", result.milliseconds)) ms per request")
    }

    @Test("the same collection page without GraphQL: the backends' share of the time")
    func collectionPageBackendsOnly() async throws {
        let fixture = try await Fixture.seeded(.sqlite)
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        let rounds = 20
        for _ in 0...rounds {
            let start = clock.now
            let store = fixture.storefront()
            let collection = try #require(try await store.collection(id: nil, handle: "summer"))
            let page = try await store.products(in: collection, PageArguments(first: 50), sortKey: "PRICE", reverse: false)
            #expect(page.nodes.count == 50)
            _ = try await page.totalCount()
            elapsed += clock.now - start
        }
        let ms = (Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15) / Double(rounds + 1)
        print("MEASURE collection page backends only: \(String(format: "%.2f", ms)) ms per request")
    }
}
