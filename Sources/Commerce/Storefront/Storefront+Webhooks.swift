import Foundation

extension Storefront {
    /// The most deliveries one call lists or redelivers.
    static let maximumWebhookDeliveries = 250

    /// `webhookDeliveries(status:, first:)`: the deliveries of every outbox of the store, newest first.
    public func webhookDeliveries(status: String?, first: Int) async throws(CommerceError) -> [WebhookDelivery] {
        try require(.webhooks, for: "webhookDeliveries")
        let limit = min(max(first, 0), Self.maximumWebhookDeliveries)
        let state = status.flatMap(WebhookDeliveryStatus.init(rawValue:))
        var all: [WebhookDelivery] = []
        for (index, outbox) in backends.webhookOutboxes.enumerated() {
            let listed = try await backendCall { try await outbox.webhookDeliveries(status: state, limit: limit) }
            all += listed.map { var delivery = $0; delivery.outbox = index; return delivery }
        }
        return Array(all.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.prefix(limit))
    }

    /// `webhookRedeliver(ids:)`: makes the deliveries PENDING again, due now, and enables their endpoints.
    /// An id that is not a delivery's is a user error, and nothing changes.
    public func webhookRedeliver(ids: [String]) async throws(CommerceError) -> WebhookRedeliverPayload {
        try require(.webhooks, for: "webhookRedeliver")
        guard ids.count <= Self.maximumWebhookDeliveries else {
            return WebhookRedeliverPayload(deliveries: [], userErrors: [UserError(
                field: ["ids"], message: "At most \(Self.maximumWebhookDeliveries) ids; got \(ids.count).", code: .INVALID)])
        }
        let outboxes = backends.webhookOutboxes
        var keys: [(outbox: Int, id: Int64)] = []
        for (index, id) in ids.enumerated() {
            guard let key = Self.deliveryKey(id), key.outbox < outboxes.count else {
                return WebhookRedeliverPayload(deliveries: [], userErrors: [UserError(
                    field: ["ids", String(index)], message: "\"\(id)\" is not a webhook delivery id.", code: .INVALID)])
            }
            keys.append(key)
        }
        let time = now()
        var saved: [WebhookDelivery] = []
        for (index, outbox) in outboxes.enumerated() {
            let mine = keys.filter { $0.outbox == index }.map(\.id)
            guard !mine.isEmpty else { continue }
            let done = try await backendCall { try await outbox.redeliver(ids: mine, at: time) }
            saved += done.map { var delivery = $0; delivery.outbox = index; return delivery }
        }
        let found = Set(saved.map(\.key))
        let missing = keys.enumerated().filter { _, key in !found.contains(key.outbox == 0 ? String(key.id) : "\(key.outbox)-\(key.id)") }
            .map { index, _ in UserError(field: ["ids", String(index)], message: "No webhook delivery has the id \(ids[index]).", code: .NOT_FOUND) }
        return WebhookRedeliverPayload(deliveries: saved, userErrors: missing)
    }

    /// The outbox index and id in a `WebhookDelivery` global id (`id` or `outbox-id`).
    static func deliveryKey(_ text: String) -> (outbox: Int, id: Int64)? {
        guard let id = GlobalID(decoding: text), id.type == "WebhookDelivery" else { return nil }
        let parts = id.key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, let last = Int64(parts.last!), last > 0 else { return nil }
        guard parts.count == 2 else { return (0, last) }
        guard let outbox = Int(parts[0]), outbox > 0 else { return nil }
        return (outbox, last)
    }
}
