import Commerce
import Foundation

/// The memory backend's webhook outbox: events and their deliveries, as `WebhookOutbox` describes,
/// held by the cart backend's actor (so an order and its event are saved in one step).
struct InMemoryOutbox {
    private struct Event {
        var id: Int64, aggregate: String, seq: Int64, topic: String, data: String, createdAt: Date, fannedOut = false
    }
    private var events: [Event] = []
    private var deliveries: [WebhookDelivery] = []
    private var disabled: Set<String> = []

    mutating func append(_ event: WebhookEvent) {
        let seq = Int64(events.filter { $0.aggregate == event.aggregate }.count + 1)
        events.append(Event(id: Int64(events.count + 1), aggregate: event.aggregate, seq: seq, topic: event.topic.rawValue,
                            data: event.data, createdAt: event.createdAt))
    }

    mutating func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date) -> Int {
        var taken = 0
        for index in events.indices where !events[index].fannedOut && taken < limit {
            let event = events[index]
            for endpoint in subscriptions.keys.sorted() where subscriptions[endpoint]!.contains(event.topic) {
                deliveries.append(WebhookDelivery(
                    id: Int64(deliveries.count + 1), eventID: event.id, endpoint: endpoint, aggregate: event.aggregate,
                    seq: event.seq, topic: event.topic, data: event.data, createdAt: event.createdAt, status: .PENDING,
                    attempts: 0, nextAttemptAt: time, lastResponseStatus: nil, lastError: nil, deliveredAt: nil))
            }
            events[index].fannedOut = true
            taken += 1
        }
        return taken
    }

    mutating func claim(endpoint: String, limit: Int, at time: Date, leaseUntil: Date) -> [WebhookDelivery] {
        guard !disabled.contains(endpoint) else { return [] }
        var blocked: Set<[String]> = [], claimed: [WebhookDelivery] = []
        for index in deliveries.indices where deliveries[index].status == .PENDING && deliveries[index].endpoint == endpoint {
            let delivery = deliveries[index]
            guard blocked.insert([delivery.endpoint, delivery.aggregate]).inserted else { continue }
            guard claimed.count < limit, let due = delivery.nextAttemptAt, due <= time else { continue }
            deliveries[index].nextAttemptAt = leaseUntil
            claimed.append(deliveries[index])
        }
        return claimed
    }

    mutating func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date) {
        guard let index = deliveries.firstIndex(where: { $0.id == id }) else { return }
        deliveries[index].attempts += 1
        switch attempt {
        case .delivered(let status, let at):
            (deliveries[index].status, deliveries[index].lastResponseStatus, deliveries[index].deliveredAt) = (.DELIVERED, status, at)
            (deliveries[index].nextAttemptAt, deliveries[index].lastError) = (nil, nil)
        case .retry(let status, let error, let retryAt):
            (deliveries[index].lastResponseStatus, deliveries[index].lastError, deliveries[index].nextAttemptAt) = (status, error, retryAt)
        case .failed(let status, let error):
            (deliveries[index].status, deliveries[index].lastResponseStatus, deliveries[index].lastError) = (.FAILED, status, error)
            deliveries[index].nextAttemptAt = nil
        case .gone:
            (deliveries[index].status, deliveries[index].lastResponseStatus, deliveries[index].lastError) = (.FAILED, 410, "410 Gone: endpoint disabled")
            deliveries[index].nextAttemptAt = nil
            disabled.insert(deliveries[index].endpoint)
        }
    }

    func list(status: WebhookDeliveryStatus?, limit: Int) -> [WebhookDelivery] {
        Array(deliveries.reversed().filter { status == nil || $0.status == status }.prefix(limit))
    }

    mutating func redeliver(ids: [Int64], at time: Date) -> [WebhookDelivery] {
        var saved: [WebhookDelivery] = []
        for id in Set(ids).sorted() {
            guard let index = deliveries.firstIndex(where: { $0.id == id }) else { continue }
            (deliveries[index].status, deliveries[index].nextAttemptAt, deliveries[index].deliveredAt) = (.PENDING, time, nil)
            disabled.remove(deliveries[index].endpoint)
            saved.append(deliveries[index])
        }
        return saved
    }
}
