import Dispatch
import Foundation
import Commerce

/// Delivers an outbox's events to the configured endpoints, one task per endpoint, outbox and
/// deployment: it turns new events into deliveries (`fanOut`), claims the endpoint's due ones while
/// fewer than `concurrency` are in flight (at most one per aggregate, so an aggregate's events go in
/// order and different aggregates in parallel), posts each on a queue of its own (blocking sockets
/// never hold a thread of Swift's pool) and records its outcome; a slow endpoint holds only its own places.
/// At least once: a delivery is marked DELIVERED only after its 2xx, so one whose process died in
/// flight is claimed again when its lease ends.
final class WebhookDispatcher: Sendable {
    private let tasks: [Task<Void, Never>]

    /// Starts delivering `outbox`'s events as `settings` says.
    init(settings: WebhookSettings, outbox: any WebhookOutbox) {
        let subscriptions = settings.subscriptions
        tasks = settings.endpoints.map { endpoint in Task.detached {
            // Deliveries run as the group's tasks (true when done) beside one sleeper (false after the
            // poll interval), so a slow endpoint holds only its own deliveries' places.
            await withTaskGroup(of: Bool.self) { group in
                var inFlight = 0, sleeping = false
                while !Task.isCancelled {
                    var claimed: [WebhookDelivery] = []
                    do {
                        while try await outbox.fanOut(subscriptions: subscriptions, limit: 500, at: Date()) == 500 {}
                        let now = Date()
                        if inFlight < settings.concurrency {
                            claimed = try await outbox.claimDeliveries(endpoint: endpoint.url.text, limit: settings.concurrency - inFlight,
                                                                       at: now, leaseUntil: now.addingTimeInterval(settings.lease))
                        }
                    } catch {
                        // The store is unreachable: claimed deliveries come back when their lease ends.
                    }
                    for delivery in claimed {
                        inFlight += 1
                        group.addTask {
                            let attempt = await Self.attempt(delivery, endpoint: endpoint, settings: settings)
                            try? await outbox.record(attempt, deliveryID: delivery.id, at: Date())
                            return true
                        }
                    }
                    // Claim again at once while there is work and room; otherwise wait for a delivery
                    // to finish or the poll interval to pass.
                    if !claimed.isEmpty && inFlight < settings.concurrency { continue }
                    if !sleeping {
                        sleeping = true
                        group.addTask {
                            try? await Task.sleep(for: .seconds(settings.pollInterval))
                            return false
                        }
                    }
                    guard let finished = await group.next() else { continue }
                    if finished { inFlight -= 1 } else { sleeping = false }
                }
                group.cancelAll()
            }
        } }
    }

    /// Stops claiming; deliveries under way finish.
    func cancel() { for task in tasks { task.cancel() } }

    /// Posts one delivery, signed with the endpoint's secrets, and says what came of it.
    private static func attempt(_ delivery: WebhookDelivery, endpoint: WebhookEndpoint, settings: WebhookSettings) async -> WebhookAttempt {
        let attempts = delivery.attempts + 1
        let body = delivery.body
        let result: Result<WebhookHTTPClient.Answer, WebhookHTTPClient.Failure> = await withCheckedContinuation { continuation in
            // A serial queue of its own for the blocking post: serial queues get a thread each, where a
            // concurrent queue on Linux runs about one job per core, so slow endpoints' posts would
            // hold every other endpoint's behind them.
            DispatchQueue(label: "concord.webhooks.post").async {
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
