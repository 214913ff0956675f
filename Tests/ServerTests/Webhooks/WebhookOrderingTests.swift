import ConcordServer
import Foundation
import Testing
import HTTPTestSupport

/// `products/update` through a real `concord serve`: 4 products changed 12 times each, the products
/// at once and each product's changes one after another, to a partner that fails 30 % of deliveries
/// at random and is stopped for a while. Each product's events arrive in their order (`seq` n only
/// after n − 1 was accepted), every change is there, and the titles come in the order they were written.
@Suite(.serialized)
struct WebhookOrderingTests {
    static let products = 4
    static let changes = 12

    @Test func productEventsArriveInOrderPerProductOnSQLite() async throws {
        try await Self.run(postgres: nil)
    }

    @Test(.enabled(if: TwoServersTests.url != nil, "PostgreSQL tests are off: set CONCORD_TEST_POSTGRES_URL (README, \"PostgreSQL\")."))
    func productEventsArriveInOrderPerProductOnPostgres() async throws {
        try await PostgresTestDatabase.withSchema { url in try await Self.run(postgres: url) }
    }

    static func run(postgres: String?) async throws {
        let partner = try PartnerEndpoint(secrets: [try #require(WebhookSecret(WebhookDeliveryTests.secret))], failureRate: 0.3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-webhook-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": TwoServersTests.storefront],
                       ["name": "ops", "kind": "partner", "token": TwoServersTests.partner, "rateLimit": ["perSecond": 1000, "burst": 1000]]],
            "responseCache": ["entries": 0],
            "webhooks": [["url": "http://127.0.0.1:\(partner.port)/hooks", "topics": ["products/update"], "secret": WebhookDeliveryTests.secret]],
            "webhookDelivery": ["retrySchedule": [0.1, 0.2] + Array(repeating: 0.5, count: 60), "timeout": 2, "pollInterval": 0.05],
        ]
        if let postgres {
            let domain: [String: Any] = ["backend": "postgres", "url": postgres, "pool": 4]
            for name in ["catalog", "content", "carts"] { configuration[name] = domain }
        }
        let config = folder.appendingPathComponent("concord.json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: config)
        if postgres != nil { _ = try await io { try ConcordProcess.run(["seed", "--config", config.path], in: folder) } }
        let extra = postgres == nil ? ["--db", folder.appendingPathComponent("concord.db").path] : []
        let server = try await io { try ConcordProcess(config: config, in: folder, name: "order", extra: extra) }
        defer { server.stop() }
        let list = try await TwoServersTests.request(port: server.port, "{ products(first: \(products)) { nodes { id } } }")
        let ids = (try list.field("products")["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.count == products)
        let port = server.port
        try await withThrowingTaskGroup(of: Void.self) { group in
            for id in ids {
                group.addTask {
                    for change in 1...changes {
                        if id == ids[0] && change == 4 { partner.stop() }
                        if id == ids[0] && change == 8 { try partner.start() }
                        let answer = try await TwoServersTests.request(port: port, token: TwoServersTests.partner, """
                            mutation($input: ProductInput!) { productUpsert(input: $input) { product { id } userErrors { code } } }
                            """, ["input": ["id": id, "title": "Change \(change)"]])
                        #expect((try answer.field("productUpsert")["userErrors"] as? [Any])?.isEmpty == true, "\(answer.text.prefix(200))")
                    }
                }
            }
            try await group.waitForAll()
        }
        let deadline = Date().addingTimeInterval(90)
        func titles() -> [String: [String]] {
            partner.state.withLock { state in
                var seen: Set<String> = [], result: [String: [String]] = [:]
                for delivery in state.received where ids.contains(delivery.aggregate) && seen.insert(delivery.messageID).inserted {
                    let json = (try? JSONSerialization.jsonObject(with: Data(delivery.body))) as? [String: Any]
                    result[delivery.aggregate, default: []].append(((json?["data"] as? [String: Any])?["title"] as? String) ?? "?")
                }
                return result
            }
        }
        while Date() < deadline, titles().values.map(\.count).reduce(0, +) < products * changes + products {
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        let state = partner.state.withLock { $0 }
        #expect(state.badSignatures == 0 && state.changedBodies == 0)
        #expect(state.failed > 0)
        let expected = (1...changes).map { "Change \($0)" }
        for id in ids {
            // Each product's first event is the seed's (seq 1), then its changes in order.
            let received = titles()[id] ?? []
            #expect(Array(received.dropFirst()) == expected, "product \(id): \(received)")
            var accepted: [Int] = []
            for delivery in state.received where delivery.aggregate == id && !accepted.contains(delivery.seq) {
                #expect(delivery.seq == (accepted.last ?? 0) + 1, "seq \(delivery.seq) after \(accepted) for \(id)")
                accepted.append(delivery.seq)
            }
            #expect(accepted == Array(1...(changes + 1)))
        }
    }
}
