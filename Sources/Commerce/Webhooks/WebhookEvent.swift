import Foundation

/// An event to write to a store's outbox, in the same transaction as the write it tells of: the
/// aggregate it belongs to (one order, one product: a partner receives one aggregate's events in
/// order), its topic and its data as JSON text. The store gives it an id and the aggregate's next `seq`.
public struct WebhookEvent: Sendable, Hashable {
    /// The aggregate's global id, such as an order's.
    public var aggregate: String
    /// The topic.
    public var topic: WebhookTopic
    /// The `data` object of the payload, as JSON text.
    public var data: String
    /// When the write happened.
    public var createdAt: Date

    /// Creates an event.
    public init(aggregate: String, topic: WebhookTopic, data: String, createdAt: Date) {
        self.aggregate = aggregate
        self.topic = topic
        self.data = data
        self.createdAt = createdAt
    }

    /// JSON text of a value made of dictionaries, arrays, strings, numbers, booleans and `NSNull`, keys sorted.
    static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
