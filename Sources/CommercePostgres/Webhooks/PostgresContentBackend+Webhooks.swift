import Commerce
import Foundation

extension PostgresContentBackend: WebhookOutbox {
    public var outboxIdentity: String { "postgres:" + pool.connectionString }

    public func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date) async throws -> Int {
        try await PostgresOutbox.fanOut(subscriptions: subscriptions, limit: limit, at: time, pool)
    }

    public func claimDeliveries(endpoint: String, limit: Int, at time: Date, leaseUntil: Date) async throws -> [WebhookDelivery] {
        try await PostgresOutbox.claim(endpoint: endpoint, limit: limit, at: time, leaseUntil: leaseUntil, pool)
    }

    public func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date) async throws {
        try await PostgresOutbox.record(attempt, deliveryID: id, at: time, pool)
    }

    public func webhookDeliveries(status: WebhookDeliveryStatus?, limit: Int) async throws -> [WebhookDelivery] {
        try await PostgresOutbox.list(status: status, limit: limit, pool)
    }

    public func redeliver(ids: [Int64], at time: Date) async throws -> [WebhookDelivery] {
        try await PostgresOutbox.redeliver(ids: ids, at: time, pool)
    }
}
