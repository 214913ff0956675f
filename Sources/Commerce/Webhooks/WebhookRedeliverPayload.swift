/// The result of `webhookRedeliver`.
public struct WebhookRedeliverPayload: Sendable {
    /// The deliveries made PENDING again.
    public var deliveries: [WebhookDelivery]
    /// What was wrong with the input; empty on success.
    public var userErrors: [UserError]

    /// Creates a payload.
    public init(deliveries: [WebhookDelivery], userErrors: [UserError]) {
        self.deliveries = deliveries
        self.userErrors = userErrors
    }
}
