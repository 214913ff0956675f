/// What a webhook event tells a partner; an endpoint subscribes to topics by these names.
public enum WebhookTopic: String, Sendable, Hashable, CaseIterable {
    /// An order was placed (written in the checkout's transaction).
    case ordersCreate = "orders/create"
    /// A variant's stock fell to or below the configured threshold.
    case inventoryLow = "inventory/low"
    /// A product was created or changed.
    case productsUpdate = "products/update"
    /// A page was published.
    case pagesPublish = "pages/publish"
}
