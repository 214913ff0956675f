import Commerce
import Foundation

extension InMemoryCatalogBackend: WebhookOutbox, InventoryLowEvents {
    public nonisolated var outboxIdentity: String { "memory-catalog:\(ObjectIdentifier(self).hashValue)" }

    public func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date) -> Int {
        state.outbox.fanOut(subscriptions: subscriptions, limit: limit, at: time)
    }

    public func claimDeliveries(endpoint: String, limit: Int, at time: Date, leaseUntil: Date) -> [WebhookDelivery] {
        state.outbox.claim(endpoint: endpoint, limit: limit, at: time, leaseUntil: leaseUntil)
    }

    public func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date) {
        state.outbox.record(attempt, deliveryID: id, at: time)
    }

    public func webhookDeliveries(status: WebhookDeliveryStatus?, limit: Int) -> [WebhookDelivery] {
        state.outbox.list(status: status, limit: limit)
    }

    public func redeliver(ids: [Int64], at time: Date) -> [WebhookDelivery] {
        state.outbox.redeliver(ids: ids, at: time)
    }
}
