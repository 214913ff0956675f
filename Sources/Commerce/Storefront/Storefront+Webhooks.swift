import Foundation

extension Storefront {
    /// The most deliveries one call lists or redelivers.
    static let maximumWebhookDeliveries = 250

    /// `webhookDeliveries(status:, first:)`: the carts store's deliveries, newest first (none when the
    /// store keeps no outbox).
    public func webhookDeliveries(status: String?, first: Int) async throws(CommerceError) -> [WebhookDelivery] {
        try require(.webhooks, for: "webhookDeliveries")
        guard let outbox = backends.carts as? any WebhookOutbox else { return [] }
        let limit = min(max(first, 0), Self.maximumWebhookDeliveries)
        return try await backendCall {
            try await outbox.webhookDeliveries(status: status.flatMap(WebhookDeliveryStatus.init(rawValue:)), limit: limit)
        }
    }

    /// `webhookRedeliver(ids:)`: makes the deliveries PENDING again, due now, and enables their endpoints.
    public func webhookRedeliver(ids: [String]) async throws(CommerceError) -> WebhookRedeliverPayload {
        try require(.webhooks, for: "webhookRedeliver")
        guard ids.count <= Self.maximumWebhookDeliveries else {
            return WebhookRedeliverPayload(deliveries: [], userErrors: [UserError(
                field: ["ids"], message: "At most \(Self.maximumWebhookDeliveries) ids; got \(ids.count).", code: .INVALID)])
        }
        var keys: [Int64] = []
        for (index, id) in ids.enumerated() {
            guard let key = GlobalID.numeric(id, type: "WebhookDelivery") else {
                return WebhookRedeliverPayload(deliveries: [], userErrors: [UserError(
                    field: ["ids", String(index)], message: "\"\(id)\" is not a webhook delivery id.", code: .INVALID)])
            }
            keys.append(key)
        }
        guard let outbox = backends.carts as? any WebhookOutbox else { return WebhookRedeliverPayload(deliveries: [], userErrors: []) }
        let time = now()
        let saved = try await backendCall { try await outbox.redeliver(ids: keys, at: time) }
        let found = Set(saved.map(\.id))
        let missing = keys.enumerated().filter { !found.contains($0.element) }.map { index, _ in
            UserError(field: ["ids", String(index)], message: "No webhook delivery has the id \(ids[index]).", code: .NOT_FOUND)
        }
        return WebhookRedeliverPayload(deliveries: saved, userErrors: missing)
    }
}
