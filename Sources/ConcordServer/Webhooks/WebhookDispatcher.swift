import Dispatch
import Foundation
import Commerce

/// Delivers an outbox's events to the configured endpoints, one task per deployment: each round turns
/// new events into deliveries (`fanOut`), claims the due ones (at most one per aggregate and endpoint,
/// so an aggregate's events go in order and different aggregates in parallel), posts them at once on a
/// queue of its own (blocking sockets never hold a thread of Swift's pool) and records each outcome.
/// At least once: a delivery is marked DELIVERED only after its 2xx, so one whose process died in
/// flight is claimed again when its lease ends.
final class WebhookDispatcher: Sendable {
    private let task: Task<Void, Never>

    /// Starts delivering `outbox`'s events as `settings` says.
    init(settings: WebhookSettings, outbox: any WebhookOutbox) {
        let queue = DispatchQueue(label: "concord.webhooks", attributes: .concurrent)
        task = Task.detached {
            let subscriptions = settings.subscriptions
            let endpoints = Dictionary(settings.endpoints.map { ($0.url.text, $0) }, uniquingKeysWith: { a, _ in a })
            while !Task.isCancelled {
                do {
                    while try await outbox.fanOut(subscriptions: subscriptions, limit: 500, at: Date()) == 500 {}
                    let now = Date()
                    let claimed = try await outbox.claimDeliveries(limit: settings.concurrency, at: now,
                                                                   leaseUntil: now.addingTimeInterval(settings.lease))
                    if claimed.isEmpty {
                        try? await Task.sleep(for: .seconds(settings.pollInterval))
                        continue
                    }
                    await withTaskGroup(of: Void.self) { group in
                        for delivery in claimed {
                            group.addTask {
                                let attempt = await Self.attempt(delivery, endpoint: endpoints[delivery.endpoint], settings: settings, queue: queue)
                                try? await outbox.record(attempt, deliveryID: delivery.id, at: Date())
                            }
                        }
                    }
                } catch {
                    // The store is unreachable: claimed deliveries come back when their lease ends.
                    try? await Task.sleep(for: .seconds(settings.pollInterval))
                }
            }
        }
    }

    /// Stops after the round under way.
    func cancel() { task.cancel() }

    /// Posts one delivery, signed with the endpoint's secrets, and says what came of it.
    private static func attempt(_ delivery: WebhookDelivery, endpoint: WebhookEndpoint?, settings: WebhookSettings,
                                queue: DispatchQueue) async -> WebhookAttempt {
        let attempts = delivery.attempts + 1
        guard let endpoint else {
            // No longer configured: kept pending (a later configuration may bring it back).
            return .retry(status: nil, error: "the endpoint is not configured", retryAt: Date().addingTimeInterval(3600))
        }
        let body = delivery.body
        let result: Result<WebhookHTTPClient.Answer, WebhookHTTPClient.Failure> = await withCheckedContinuation { continuation in
            queue.async {
                let headers = WebhookSignature.headers(id: delivery.messageID, timestamp: Int(Date().timeIntervalSince1970),
                                                       body: body, secrets: endpoint.secrets)
                continuation.resume(returning: Result { () throws(WebhookHTTPClient.Failure) in
                    try WebhookHTTPClient.post(endpoint.url, headers: headers, body: body, timeout: settings.timeout)
                })
            }
        }
        let now = Date()
        let status: Int?, error: String, retryAfter: TimeInterval?
        switch result {
        case .success(let answer) where (200..<300).contains(answer.status): return .delivered(status: answer.status, at: now)
        case .success(let answer) where answer.status == 410: return .gone
        case .success(let answer): (status, error, retryAfter) = (answer.status, "HTTP \(answer.status)", answer.retryAfter)
        case .failure(let failure): (status, error, retryAfter) = (nil, failure.message, nil)
        }
        guard let next = settings.retrySchedule.nextAttempt(after: attempts, at: now, retryAfter: retryAfter) else {
            return .failed(status: status, error: error)
        }
        return .retry(status: status, error: error, retryAt: next)
    }
}
