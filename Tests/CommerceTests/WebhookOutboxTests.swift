import Foundation
import Testing
@testable import Commerce
@testable import CommerceMemory
@testable import CommerceSQLite
@testable import CommercePostgres

/// The outbox of every catalog backend: an event written in a transaction that then fails is never
/// fanned out; one written in a committed transaction is, once, numbered per aggregate, and its
/// deliveries follow `WebhookOutbox`'s rules (one pending per aggregate, 410 disabling, redelivery).
@Suite struct WebhookOutboxTests {
    private struct Refused: Error {}
    private static let endpoint = "http://127.0.0.1:1/hooks"

    private static func event(_ aggregate: String) -> WebhookEvent {
        WebhookEvent(aggregate: aggregate, topic: .productsUpdate, data: #"{"n":1}"#, createdAt: Date())
    }

    static func check(_ backend: any CatalogBackend & WebhookOutbox) async throws {
        await #expect(throws: Refused.self) {
            try await backend.writeCatalog { transaction in
                try transaction.appendEvent(Self.event("gid-rolled-back"))
                throw Refused()
            }
        }
        try await backend.writeCatalog { transaction in
            try transaction.appendEvent(Self.event("gid-a"))
            try transaction.appendEvent(Self.event("gid-a"))
            try transaction.appendEvent(Self.event("gid-b"))
        }
        let now = Date()
        #expect(try await backend.fanOut(subscriptions: [endpoint: ["products/update"]], limit: 100, at: now) == 3)
        #expect(try await backend.fanOut(subscriptions: [endpoint: ["products/update"]], limit: 100, at: now) == 0)
        let all = try await backend.webhookDeliveries(status: nil, limit: 10)
        #expect(Set(all.map(\.aggregate)) == ["gid-a", "gid-b"], "the rolled-back event has no delivery")
        #expect(all.filter { $0.aggregate == "gid-a" }.map(\.seq).sorted() == [1, 2])

        // One per aggregate at a time, leased: a second claim gets nothing until an outcome is recorded.
        let claimed = try await backend.claimDeliveries(endpoint: endpoint, limit: 10, at: now, leaseUntil: now.addingTimeInterval(60))
        #expect(claimed.map(\.aggregate).sorted() == ["gid-a", "gid-b"] && claimed.first { $0.aggregate == "gid-a" }?.seq == 1)
        #expect(try await backend.claimDeliveries(endpoint: endpoint, limit: 10, at: now, leaseUntil: now.addingTimeInterval(60)).isEmpty)
        let first = try #require(claimed.first { $0.aggregate == "gid-a" }), other = try #require(claimed.first { $0.aggregate == "gid-b" })
        try await backend.record(.delivered(status: 204, at: now), deliveryID: first.id, at: now)
        try await backend.record(.gone, deliveryID: other.id, at: now)
        // gid-a's second event is now due, but the endpoint is disabled by the 410.
        #expect(try await backend.claimDeliveries(endpoint: endpoint, limit: 10, at: now, leaseUntil: now).isEmpty)
        let again = try await backend.redeliver(ids: [other.id], at: now)
        #expect(again.map(\.status) == [.PENDING])
        let next = try await backend.claimDeliveries(endpoint: endpoint, limit: 10, at: now, leaseUntil: now.addingTimeInterval(60))
        #expect(next.map(\.seq).sorted() == [1, 2] && Set(next.map(\.aggregate)) == ["gid-a", "gid-b"])
        #expect(try await backend.webhookDeliveries(status: .DELIVERED, limit: 10).map(\.id) == [first.id])
    }

    /// `pages/publish`: once when a draft is published, not when a published page is published again.
    static func checkPublish(_ backend: any ContentBackend & WebhookOutbox) async throws {
        let page = try await backend.upsertPage(PageChange(id: nil, handle: "about", locale: "en", title: "About", seoTitle: nil,
                                                           seoDescription: nil, time: Date()))
        _ = try await backend.setPageStatus(id: page.id, status: .PUBLISHED, at: Date())
        _ = try await backend.setPageStatus(id: page.id, status: .PUBLISHED, at: Date())
        #expect(try await backend.fanOut(subscriptions: [endpoint: ["pages/publish"]], limit: 100, at: Date()) == 1)
        let deliveries = try await backend.webhookDeliveries(status: .PENDING, limit: 10)
        #expect(deliveries.map(\.topic) == ["pages/publish"])
        #expect(deliveries.first?.aggregate == GlobalID(type: "Page", id: page.id).encoded)
        #expect(deliveries.first?.data.contains(#""handle":"about""#) == true)
    }

    @Test func publishing() async throws {
        try await Self.checkPublish(InMemoryContentBackend())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await Self.checkPublish(try SQLiteContentBackend(path: path))
    }

    /// `inventory/low`: a take from 8 to 5 units with the threshold at 5 writes one event, the next
    /// take (5 to 3) none, and nothing is written while no threshold is set.
    static func checkInventoryLow(_ backend: any CatalogBackend & WebhookOutbox & InventoryLowEvents) async throws {
        let product = try #require(try await backend.upsertProducts([ProductDraft(
            handle: "mug", title: "Mug", description: "", descriptionHtml: "", vendor: "V", productType: "T", tags: [], options: [],
            images: [], variants: [VariantDraft(title: "", sku: nil, price: Money(minorUnits: 100, currency: .EUR), compareAtPrice: nil,
                                                inventoryQuantity: 10, selectedOptions: [])], seo: SEO())]).first)
        let variant = try #require(product.variants.first).id
        #expect(try await backend.takeInventory([variant: 2], reservation: "r1") == .taken)  // 10 → 8, no threshold
        backend.inventoryLowThreshold.set(5)
        #expect(try await backend.takeInventory([variant: 3], reservation: "r2") == .taken)  // 8 → 5: low
        #expect(try await backend.takeInventory([variant: 2], reservation: "r3") == .taken)  // 5 → 3: already low
        _ = try await backend.fanOut(subscriptions: [endpoint: ["inventory/low"]], limit: 100, at: Date())
        let deliveries = try await backend.webhookDeliveries(status: nil, limit: 10)
        #expect(deliveries.map(\.topic) == ["inventory/low"])
        #expect(deliveries.first?.data.contains(#""quantityAvailable":5"#) == true && deliveries.first?.data.contains(#""threshold":5"#) == true)
    }

    @Test func inventoryLow() async throws {
        try await Self.checkInventoryLow(InMemoryCatalogBackend())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await Self.checkInventoryLow(try SQLiteCatalogBackend(path: path))
        if PostgresTestDatabase.isEnabled {
            try await PostgresTestDatabase.withSchema { url in try await Self.checkInventoryLow(try PostgresCatalogBackend(url: url)) }
        }
    }

    @Test func memory() async throws {
        try await Self.check(InMemoryCatalogBackend())
    }

    @Test func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await Self.check(try SQLiteCatalogBackend(path: path))
    }

    @Test(.enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
    func postgres() async throws {
        try await PostgresTestDatabase.withSchema { url in try await Self.check(try PostgresCatalogBackend(url: url)) }
    }
}
