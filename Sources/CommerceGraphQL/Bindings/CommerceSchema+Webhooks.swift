import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindWebhooks(_ binder: CommerceBinder) throws {
        try binder.bindRootAwaiting("QueryRoot.webhookDeliveries") { arguments, store in
            try await store.webhookDeliveries(status: arguments.string("status"), first: arguments.int("first") ?? 50)
        }
        try binder.bindRootAwaiting("Mutation.webhookRedeliver") { arguments, store in
            try await store.webhookRedeliver(ids: arguments.strings("ids") ?? [])
        }
        try binder.bindSource(WebhookRedeliverPayload.self, "WebhookRedeliverPayload.deliveries") { $0.deliveries }
        try binder.bindSource(WebhookRedeliverPayload.self, "WebhookRedeliverPayload.userErrors") { $0.userErrors }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.id") { GlobalID(type: "WebhookDelivery", key: $0.key).encoded }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.messageId") { $0.messageID }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.endpoint") { $0.endpoint }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.topic") { $0.topic }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.aggregateId") { $0.aggregate }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.seq") { Int($0.seq) }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.status") { $0.status.rawValue }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.attempts") { $0.attempts }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.nextAttemptAt") { $0.nextAttemptAt }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.lastResponseStatus") { $0.lastResponseStatus }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.lastError") { $0.lastError }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.createdAt") { $0.createdAt }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.deliveredAt") { $0.deliveredAt }
        try binder.bindSource(WebhookDelivery.self, "WebhookDelivery.payload") { String(decoding: $0.body, as: UTF8.self) }
    }
}
