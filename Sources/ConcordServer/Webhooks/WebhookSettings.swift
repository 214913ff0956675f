import Foundation

/// The webhook part of the configuration: the endpoints (`webhooks`) and how deliveries go
/// (`webhookDelivery`: `retrySchedule` in seconds, `timeout` per attempt, `pollInterval`, `concurrency`,
/// `inventoryLowThreshold`).
public struct WebhookSettings: Sendable, Hashable {
    /// The partner endpoints; none turns the dispatcher off (events are still written to the outbox).
    public var endpoints: [WebhookEndpoint] = []
    /// The retry schedule.
    public var retrySchedule = WebhookRetrySchedule.standard
    /// Seconds to connect, send and receive, each.
    public var timeout: TimeInterval = 10
    /// How often the dispatcher looks for new events when it found none.
    public var pollInterval: TimeInterval = 1
    /// Deliveries in flight at once (each to a different aggregate).
    public var concurrency = 16
    /// `inventory/low`: the stock at or below which a variant's take sends it.
    public var inventoryLowThreshold = 5

    /// The defaults: no endpoints.
    public init() {}

    /// URL → topic names, as the outbox fans out.
    public var subscriptions: [String: Set<String>] {
        Dictionary(endpoints.map { ($0.url.text, Set($0.topics.map(\.rawValue))) }, uniquingKeysWith: { a, b in a.union(b) })
    }

    /// How long a claimed delivery is kept from other dispatchers: the attempt's deadlines and a margin.
    var lease: TimeInterval { timeout * 3 + 2 }
}
