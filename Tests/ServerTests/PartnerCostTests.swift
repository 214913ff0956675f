import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Synchronization
import Testing
import HTTPTestSupport

/// What the partner cost tests send.
private enum Partner {
    static let bearer = "partner-cost-token-01"
    /// A bucket of 1,000 points restored at 1 a second: the tests' queries drain it faster than it refills.
    static let tokens = [
        AccessToken(name: "acme", kind: .partner, token: bearer, cost: CostRate(bucketSize: 1000, restoreRate: 1)),
        AccessToken(name: "shop", kind: .storefront, token: "storefront-cost-token-1"),
    ]

    static func post(_ port: Int, _ query: String, bearer: String = bearer) async throws -> TestResponse {
        let body = try JSONWriter.encode(["query": .string(query)])
        return try await io {
            try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(bearer)"), gqlAccept, jsonBody], body: body)
        }
    }

    /// `extensions.cost`: requested, actual, and the throttle status's three numbers.
    static func cost(_ response: TestResponse) -> (requested: Int, actual: Int, maximum: Int, available: Int, rate: Double)? {
        guard case .object(let root)? = response.json, case .object(let extensions)? = root["extensions"],
              case .object(let cost)? = extensions["cost"], case .int(let requested)? = cost["requestedQueryCost"],
              case .int(let actual)? = cost["actualQueryCost"], case .object(let status)? = cost["throttleStatus"],
              case .int(let maximum)? = status["maximumAvailable"], case .int(let available)? = status["currentlyAvailable"],
              let rate = status["restoreRate"] else { return nil }
        let restore: Double
        switch rate {
        case .int(let n): restore = Double(n)
        case .double(let d): restore = d
        default: return nil
        }
        return (requested, actual, maximum, available, restore)
    }

    static func code(_ response: TestResponse) -> String? {
        guard case .object(let root)? = response.json, case .array(let errors)? = root["errors"], case .object(let error)? = errors.first,
              case .object(let extensions)? = error["extensions"], case .string(let code)? = extensions["code"] else { return nil }
        return code
    }

    /// How many product nodes `data.products.nodes` holds.
    static func nodeCount(_ response: TestResponse) -> Int? {
        guard case .object(let root)? = response.json, case .object(let data)? = root["data"], case .object(let products)? = data["products"],
              case .array(let nodes)? = products["nodes"] else { return nil }
        return nodes.count
    }
}

/// Partner cost buckets through `concord serve`'s service on the seeded store (500 products):
/// Shopify's `extensions.cost` on every answer, the refund of what a query did not return, the
/// single-query maximum and throttling. An extension of `CommerceServiceTests` so that it runs one
/// at a time with its tests (see `CostLimitTests`).
extension CommerceServiceTests {
    @Test func partnerAnswersCarryShopifysCostAndRefundWhatWasNotReturned() async throws {
        try await CommerceServiceTests.withService({ $0.app.tokens = Partner.tokens }) { service in
            let port = service.server.port
            // 250 asked for, fewer found: requested 251, actual 1 + what came back.
            let search = try await Partner.post(port, #"{ products(first: 250, query: "linen") { nodes { handle } } }"#)
            let found = try #require(Partner.nodeCount(search), "\(search.text.prefix(300))")
            let cost = try #require(Partner.cost(search), "\(search.text.suffix(300))")
            #expect(found > 0 && found < 250)
            #expect(cost.requested == 251 && cost.actual == 1 + found, "\(cost)")
            #expect(cost.maximum == 1000 && cost.rate == 1)
            // Charged 251 up front, given back 250 - found: the bucket lost the actual cost only.
            #expect((1000 - cost.actual)...(1000 - cost.actual + 1) ~= cost.available, "\(cost)")
            // A full page: actual is requested, and the text ends with Shopify's extensions.
            let page = try await Partner.post(port, "{ products(first: 20) { nodes { handle } } }")
            let full = try #require(Partner.cost(page))
            #expect(full.requested == 21 && full.actual == 21)
            #expect(full.available <= cost.available - 21 + 1)
            #expect(page.text.contains(#"},"cost":{"requestedQueryCost":21,"actualQueryCost":21,"throttleStatus":{"maximumAvailable":1000,"#))
            // A validation error costs nothing and still says where the bucket stands.
            let invalid = try await Partner.post(port, "{ products { nodes { handle } } }")
            #expect(Partner.code(invalid) == "GRAPHQL_VALIDATION_FAILED", "\(invalid.text)")
            #expect(Partner.cost(invalid).map { $0.requested == 0 && $0.actual == 0 && $0.maximum == 1000 } == true, "\(invalid.text)")
            // A storefront token has no bucket and no cost extension.
            let shop = try await Partner.post(port, "{ products(first: 2) { nodes { handle } } }", bearer: "storefront-cost-token-1")
            #expect(shop.status == 200 && !shop.text.contains(#""cost""#), "\(shop.text)")
        }
    }

    @Test func aPartnerQueryOverTheBucketIsRefusedBeforeExecutionAndAnEmptyBucketThrottles() async throws {
        try await CommerceServiceTests.withService({ $0.app.tokens = Partner.tokens }) { service in
            let port = service.server.port
            // 1 + 250 × (1 + 1 + 10) = 3,001: over the bucket of 1,000 (within partnerLimits.maxCost, 250,000).
            let over = try await Partner.post(port, "{ products(first: 250) { nodes { handle variants(first: 10) { nodes { sku } } } } }")
            #expect(Partner.code(over) == "MAX_COST_EXCEEDED", "\(over.text.prefix(300))")
            #expect(over.status == 400 && !over.text.contains("\"data\""))
            let refused = try #require(Partner.cost(over))
            #expect(refused.requested == 3001 && refused.actual == 0 && refused.available == 1000, "\(refused)")
            // 251 a query (500 products: every page is full): three pass, the fourth finds 247 points.
            var last: (requested: Int, actual: Int, maximum: Int, available: Int, rate: Double)?
            for _ in 0..<3 {
                let page = try await Partner.post(port, "{ products(first: 250) { nodes { handle } } }")
                #expect(page.status == 200 && Partner.nodeCount(page) == 250)
                last = Partner.cost(page)
                #expect(last?.actual == 251)
            }
            #expect(last.map { (247...249).contains($0.available) } == true, "\(String(describing: last))")
            let throttled = try await Partner.post(port, "{ products(first: 250) { nodes { handle } } }")
            #expect(throttled.status == 429, "\(throttled.text)")
            #expect(Partner.code(throttled) == "THROTTLED")
            #expect(!throttled.text.contains("\"data\""))
            let retry = try #require(throttled.headers["Retry-After"].flatMap { Int($0) })
            #expect((1...5).contains(retry), "Retry-After: \(retry)")
            #expect(Partner.cost(throttled).map { $0.requested == 251 && $0.actual == 0 } == true)
            // A cheaper query still fits in what is left.
            let small = try await Partner.post(port, "{ products(first: 5) { nodes { handle } } }")
            #expect(small.status == 200 && Partner.cost(small)?.actual == 6, "\(small.text.prefix(200))")
        }
    }
}

@Suite struct CostBucketTests {
    /// A clock the test moves.
    final class Clock: Sendable {
        let now = Mutex(100.0)
        func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
        var read: @Sendable () -> Double { { self.now.withLock { $0 } } }
    }

    @Test func takesRefundsRestoresAndSaysHowLongToWait() throws {
        let clock = Clock()
        let bucket = CostBucket(rate: CostRate(bucketSize: 100, restoreRate: 10), clock: clock.read)
        #expect(try bucket.take(60).get() == ThrottleStatus(maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 10))
        // 70 wanted, 40 held: 3 seconds at 10 a second.
        guard case .failure(let throttled) = bucket.take(70) else { Issue.record("not throttled"); return }
        #expect(throttled.seconds == 3 && throttled.status.currentlyAvailable == 40)
        #expect(bucket.refund(25).currentlyAvailable == 65)
        clock.advance(2)
        #expect(bucket.status.currentlyAvailable == 85)
        clock.advance(60)
        #expect(bucket.refund(50).currentlyAvailable == 100)  // never past its size
        #expect(try bucket.take(70).get().currentlyAvailable == 30)
    }

    @Test func theConfigurationFileGivesPartnersABucketAndOnlyPartners() throws {
        let file = try ConfigurationFile.parse(Array("""
            {"tokens": [{"name": "acme", "kind": "partner", "token": "partner-token-00001", "cost": {"bucketSize": 1000, "restoreRate": 50}},
                        {"name": "kiosk", "kind": "storefront", "token": "kiosk-token-0000001", "trustedDocumentsOnly": true}],
             "trustedDocuments": {"directory": "documents"}}
            """.utf8))
        #expect(file.app.tokens[0].cost == CostRate(bucketSize: 1000, restoreRate: 50))
        #expect(file.app.tokens[1].trustedDocumentsOnly && !file.app.tokens[0].trustedDocumentsOnly)
        #expect(file.trustedDocumentsDirectory(configPath: "/etc/concord/concord.json") == "/etc/concord/documents")
        let refusals = [
            (#"{"tokens": [{"name": "s", "kind": "storefront", "token": "storefront-token-001", "cost": {"bucketSize": 10, "restoreRate": 1}}]}"#,
             "tokens[0].cost is for partner tokens only"),
            (#"{"tokens": [{"name": "p", "kind": "partner", "token": "partner-token-00001", "cost": {"bucketSize": 10, "restoreRate": 0}}]}"#,
             "tokens[0].cost.restoreRate must be more than 0"),
            (#"{"tokens": [{"name": "p", "kind": "partner", "token": "partner-token-00001", "cost": {"size": 10}}]}"#,
             "unknown key tokens[0].cost.size"),
            (#"{"trustedDocuments": {"directory": 3}}"#, "trustedDocuments must be an object with a directory string"),
        ]
        for (text, message) in refusals {
            #expect(throws: ServerConfigurationError.self) { try ConfigurationFile.parse(Array(text.utf8)) }
            do { _ = try ConfigurationFile.parse(Array(text.utf8)) } catch { #expect(error.description == message) }
        }
    }
}
