/// Where a delivery stands (the schema's `WebhookDeliveryStatus`).
public enum WebhookDeliveryStatus: String, Sendable, Hashable, CaseIterable {
    /// Not yet answered with a 2xx: waiting for its first attempt, its next retry, or the delivery
    /// before it of the same aggregate.
    case PENDING
    /// Answered with a 2xx.
    case DELIVERED
    /// Given up: every retry of the schedule failed, or the endpoint answered 410 Gone.
    case FAILED
}
