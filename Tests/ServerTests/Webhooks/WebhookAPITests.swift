import ConcordServer
import Foundation
import Testing
import HTTPTestSupport

/// The partner API over real deliveries: `webhookDeliveries(status:)`, `webhookRedeliver(ids:)`, a 410
/// that disables the endpoint until a redelivery, `Retry-After` waited for, and the `webhooks` scope.
@Suite(.serialized)
struct WebhookAPITests {
    static let list = """
        query($status: WebhookDeliveryStatus) { webhookDeliveries(status: $status, first: 250) {
            id messageId endpoint topic aggregateId seq status attempts lastResponseStatus lastError payload deliveredAt } }
        """
    static let redeliver = "mutation($ids: [ID!]!) { webhookRedeliver(ids: $ids) { deliveries { id status } userErrors { field code } } }"

    @Test func goneDisablesUntilRedeliveredAndRetryAfterIsWaitedFor() async throws {
        let partner = try PartnerEndpoint(secrets: [try #require(WebhookSecret(WebhookDeliveryTests.secret))], failureRate: 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-webhook-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": TwoServersTests.storefront],
                       ["name": "ops", "kind": "partner", "token": TwoServersTests.partner]],
            "webhooks": [["url": "http://127.0.0.1:\(partner.port)/hooks", "topics": ["orders/create"],
                          "secrets": ["whsec_c2Vjb25kIHNlY3JldCBvZiAzMiBieXRlcyEhISEhISE=", WebhookDeliveryTests.secret]]],
            "webhookDelivery": ["retrySchedule": [0.2, 0.2, 0.2, 0.2], "timeout": 2, "pollInterval": 0.05],
        ]
        let config = folder.appendingPathComponent("concord.json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: config)
        let server = try await io { try ConcordProcess(config: config, in: folder, name: "api", extra: ["--db", folder.appendingPathComponent("c.db").path]) }
        defer { server.stop() }
        let variant = try await TwoServersTests.firstVariants(port: server.port, count: 1)[0]
        try await TwoServersTests.setStock(variant, to: 100, port: server.port)

        // 410: the delivery fails at once and the endpoint is disabled; the next order's delivery waits.
        partner.state.withLock { $0.gone = true }
        let first = try await checkout(variant, port: server.port)
        let failed = try await waitFor(port: server.port, status: "FAILED") { $0.contains { $0["aggregateId"] as? String == first } }
        let gone = try #require(failed.first { $0["aggregateId"] as? String == first })
        #expect(gone["lastResponseStatus"] as? Int == 410 && gone["attempts"] as? Int == 1)
        let message = try #require(gone["messageId"] as? String)
        partner.state.withLock { $0.gone = false; $0.busyOnce = message }
        let second = try await checkout(variant, port: server.port)
        try await Task.sleep(nanoseconds: 1_000_000_000)
        let waiting = try await deliveries(port: server.port, status: "PENDING")
        #expect(waiting.contains { $0["aggregateId"] as? String == second && $0["attempts"] as? Int == 0 }, "\(waiting)")

        // Redelivering the first enables the endpoint: both arrive, the first answered 503 Retry-After: 2 once.
        let goneID = try #require(gone["id"] as? String)
        let invalid = try await TwoServersTests.request(port: server.port, token: TwoServersTests.partner, Self.redeliver,
                                                        ["ids": [goneID, "bm9wZQ"]])
        let refusal = try invalid.field("webhookRedeliver")
        #expect((refusal["deliveries"] as? [Any])?.isEmpty == true, "a mutation with user errors changes nothing")
        #expect((refusal["userErrors"] as? [[String: Any]])?.first?["code"] as? String == "INVALID")
        let answer = try await TwoServersTests.request(port: server.port, token: TwoServersTests.partner, Self.redeliver, ["ids": [goneID]])
        let payload = try answer.field("webhookRedeliver")
        #expect((payload["deliveries"] as? [[String: Any]])?.first?["status"] as? String == "PENDING")
        #expect((payload["userErrors"] as? [Any])?.isEmpty == true)
        let delivered = try await waitFor(port: server.port, status: "DELIVERED") { list in
            [first, second].allSatisfy { id in list.contains { $0["aggregateId"] as? String == id } }
        }
        #expect(delivered.allSatisfy { $0["topic"] as? String == "orders/create" && $0["seq"] as? Int == 1 })
        let state = partner.state.withLock { $0 }
        #expect(state.badSignatures == 0)
        let times = state.attempts[message] ?? []
        #expect(times.count == 3, "410, 503, 204: \(times)")
        if times.count == 3 { #expect(times[2].timeIntervalSince(times[1]) >= 1.9, "Retry-After: 2 waited for") }
        // Two orders are two aggregates: the second is not held back by the first's retry.
        #expect(state.received.count == 2 && state.received.contains { $0.messageID == message })
        #expect(state.received.allSatisfy { $0.messageID.hasPrefix("msg_") })

        // A storefront token may not list deliveries.
        let refused = try await io {
            try TwoServersTests.call(port: server.port, token: TwoServersTests.storefront, Self.list, [:])
        }
        #expect(refused.text.contains("FORBIDDEN") || refused.text.contains("webhooks scope"), "\(refused.text.prefix(300))")
    }

    private func checkout(_ variant: String, port: Int) async throws -> String {
        let cart = try await TwoServersTests.createCart(port: port, lines: [(variant, 1)])
        let answer = try await TwoServersTests.request(port: port, StorefrontDocuments.checkout, ["cartId": cart])
        return try #require((try answer.field("cartCheckout")["order"] as? [String: Any])?["id"] as? String)
    }

    private func deliveries(port: Int, status: String) async throws -> [[String: Any]] {
        let answer = try await TwoServersTests.request(port: port, token: TwoServersTests.partner, Self.list, ["status": status])
        let data = answer.json?["data"] as? [String: Any]
        return data?["webhookDeliveries"] as? [[String: Any]] ?? []
    }

    private func waitFor(port: Int, status: String, _ done: ([[String: Any]]) -> Bool) async throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(30)
        while true {
            let list = try await deliveries(port: port, status: status)
            if done(list) || Date() > deadline { return list }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
    }

    /// A slow endpoint (3 s per answer) holds only its own deliveries: the other endpoint gets every
    /// order at once meanwhile.
    @Test func aSlowEndpointDoesNotHoldTheOthers() async throws {
        let secret = try #require(WebhookSecret(WebhookDeliveryTests.secret))
        let slow = try PartnerEndpoint(secrets: [secret], failureRate: 0), fast = try PartnerEndpoint(secrets: [secret], failureRate: 0)
        slow.state.withLock { $0.delay = 3 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-webhook-slow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": TwoServersTests.storefront],
                       ["name": "ops", "kind": "partner", "token": TwoServersTests.partner]],
            "webhooks": [["url": "http://127.0.0.1:\(slow.port)/slow", "topics": ["orders/create"], "secret": WebhookDeliveryTests.secret],
                         ["url": "http://127.0.0.1:\(fast.port)/fast", "topics": ["orders/create"], "secret": WebhookDeliveryTests.secret]],
            "webhookDelivery": ["retrySchedule": [0.2], "timeout": 10, "pollInterval": 0.05, "concurrency": 8],
        ]
        let config = folder.appendingPathComponent("concord.json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: config)
        let server = try await io { try ConcordProcess(config: config, in: folder, name: "slow", extra: ["--db", folder.appendingPathComponent("c.db").path]) }
        defer { server.stop(); slow.stop() }
        let variant = try await TwoServersTests.firstVariants(port: server.port, count: 1)[0]
        try await TwoServersTests.setStock(variant, to: 100, port: server.port)
        // The first order: once the fast endpoint has it, the slow one is busy with it for 3 s.
        var orders: Set<String> = [try await checkout(variant, port: server.port)]
        let first = Date().addingTimeInterval(10)
        while Date() < first, fast.state.withLock({ $0.received.isEmpty }) { try await Task.sleep(nanoseconds: 20_000_000) }
        for _ in 0..<5 { orders.insert(try await checkout(variant, port: server.port)) }
        let started = Date()
        while Date().timeIntervalSince(started) < 20, Set(fast.state.withLock { $0.received.map(\.aggregate) }) != orders {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(Set(fast.state.withLock { $0.received.map(\.aggregate) }) == orders)
        #expect(waited < 1.5, "the fast endpoint waited \(waited) s behind the slow one")
    }
}
