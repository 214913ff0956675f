import Commerce

/// A partner endpoint of the `webhooks` configuration: where to post, which topics, and the secrets
/// to sign with (several while the partner rotates: each delivery carries a signature per secret).
public struct WebhookEndpoint: Sendable, Hashable {
    /// Where deliveries are posted.
    public var url: WebhookURL
    /// The topics it receives.
    public var topics: Set<WebhookTopic>
    /// The signing secrets, `whsec_…`.
    public var secrets: [WebhookSecret]

    /// Creates an endpoint.
    public init(url: WebhookURL, topics: Set<WebhookTopic>, secrets: [WebhookSecret]) {
        self.url = url
        self.topics = topics
        self.secrets = secrets
    }
}
