import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindWebhooks(_ schema: GraphQLSchema) throws {
        try schema.bindAsync("QueryRoot.webhookDeliveries", Any.self) { _, arguments, store in
            try await store.webhookDeliveries(status: arguments.string("status"), first: arguments.int("first") ?? 50)
        }
        try schema.bindAsync("Mutation.webhookRedeliver", Any.self) { _, arguments, store in
            try await store.webhookRedeliver(ids: arguments.strings("ids") ?? [])
        }
        try schema.bindSource("WebhookRedeliverPayload.deliveries", WebhookRedeliverPayload.self) { $0.deliveries }
        try schema.bindSource("WebhookRedeliverPayload.userErrors", WebhookRedeliverPayload.self) { $0.userErrors }
        try schema.bindSource("WebhookDelivery.id", WebhookDelivery.self) { GlobalID(type: "WebhookDelivery", key: $0.key).encoded }
        try schema.bindSource("WebhookDelivery.messageId", WebhookDelivery.self) { $0.messageID }
        try schema.bindSource("WebhookDelivery.endpoint", WebhookDelivery.self) { $0.endpoint }
        try schema.bindSource("WebhookDelivery.topic", WebhookDelivery.self) { $0.topic }
        try schema.bindSource("WebhookDelivery.aggregateId", WebhookDelivery.self) { $0.aggregate }
        try schema.bindSource("WebhookDelivery.seq", WebhookDelivery.self) { Int($0.seq) }
        try schema.bindSource("WebhookDelivery.status", WebhookDelivery.self) { $0.status.rawValue }
        try schema.bindSource("WebhookDelivery.attempts", WebhookDelivery.self) { $0.attempts }
        try schema.bindSource("WebhookDelivery.nextAttemptAt", WebhookDelivery.self) { $0.nextAttemptAt }
        try schema.bindSource("WebhookDelivery.lastResponseStatus", WebhookDelivery.self) { $0.lastResponseStatus }
        try schema.bindSource("WebhookDelivery.lastError", WebhookDelivery.self) { $0.lastError }
        try schema.bindSource("WebhookDelivery.createdAt", WebhookDelivery.self) { $0.createdAt }
        try schema.bindSource("WebhookDelivery.deliveredAt", WebhookDelivery.self) { $0.deliveredAt }
        try schema.bindSource("WebhookDelivery.payload", WebhookDelivery.self) { String(decoding: $0.body, as: UTF8.self) }
    }
}
