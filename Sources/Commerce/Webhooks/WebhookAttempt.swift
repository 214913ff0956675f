import Foundation

/// What came of one delivery attempt, as the dispatcher records it.
public enum WebhookAttempt: Sendable, Hashable {
    /// A 2xx answered at the time.
    case delivered(status: Int, at: Date)
    /// It failed (a status, or none when no answer came, and why) and is tried again at `retryAt`.
    case retry(status: Int?, error: String, retryAt: Date)
    /// It failed and the schedule is spent: the delivery is given up.
    case failed(status: Int?, error: String)
    /// The endpoint answered 410 Gone: the delivery is given up and the endpoint disabled until a
    /// redelivery to it.
    case gone
}
