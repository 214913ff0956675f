import Commerce
import Foundation

extension SQLiteCatalogBackend: WebhookOutbox, InventoryLowEvents {
    public nonisolated var outboxIdentity: String { SQLiteOutbox.identity(outboxPath, self) }

    public func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date) throws -> Int {
        try SQLiteOutbox.fanOut(subscriptions: subscriptions, limit: limit, at: time, db)
    }

    public func claimDeliveries(endpoint: String, limit: Int, at time: Date, leaseUntil: Date) throws -> [WebhookDelivery] {
        try SQLiteOutbox.claim(endpoint: endpoint, limit: limit, at: time, leaseUntil: leaseUntil, db)
    }

    public func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date) throws {
        try SQLiteOutbox.record(attempt, deliveryID: id, at: time, db)
    }

    public func webhookDeliveries(status: WebhookDeliveryStatus?, limit: Int) throws -> [WebhookDelivery] {
        try SQLiteOutbox.list(status: status, limit: limit, db)
    }

    public func redeliver(ids: [Int64], at time: Date) throws -> [WebhookDelivery] {
        try SQLiteOutbox.redeliver(ids: ids, at: time, db)
    }
}
