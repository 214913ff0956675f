import Foundation

/// One event for one endpoint, as the outbox keeps it: the event (id, aggregate, seq, topic, data)
/// and the delivery's state.
public struct WebhookDelivery: Sendable, Hashable {
    /// The delivery's id.
    public var id: Int64
    /// The event's id (`webhook-id` is made of it and the event's time: `messageID`).
    public var eventID: Int64
    /// The endpoint's URL.
    public var endpoint: String
    /// The aggregate's global id.
    public var aggregate: String
    /// The aggregate's event number, from 1.
    public var seq: Int64
    /// The topic's name.
    public var topic: String
    /// The payload's `data`, as JSON text.
    public var data: String
    /// When the event was written.
    public var createdAt: Date
    /// Where it stands.
    public var status: WebhookDeliveryStatus
    /// Attempts made so far.
    public var attempts: Int
    /// When the next attempt may start (for a pending delivery).
    public var nextAttemptAt: Date?
    /// The HTTP status of the last attempt (nil when none answered).
    public var lastResponseStatus: Int?
    /// Why the last attempt failed, when it did.
    public var lastError: String?
    /// When a 2xx came.
    public var deliveredAt: Date?
    /// Which of the store's outboxes holds it (`CommerceBackends.webhookOutboxes`), set when listed.
    public var outbox = 0

    /// Creates a delivery.
    public init(id: Int64, eventID: Int64, endpoint: String, aggregate: String, seq: Int64, topic: String, data: String,
                createdAt: Date, status: WebhookDeliveryStatus, attempts: Int, nextAttemptAt: Date?,
                lastResponseStatus: Int?, lastError: String?, deliveredAt: Date?) {
        self.id = id
        self.eventID = eventID
        self.endpoint = endpoint
        self.aggregate = aggregate
        self.seq = seq
        self.topic = topic
        self.data = data
        self.createdAt = createdAt
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastResponseStatus = lastResponseStatus
        self.lastError = lastError
        self.deliveredAt = deliveredAt
    }

    /// The global id's key: the id, after the outbox's index when it is not the first.
    public var key: String { outbox == 0 ? String(id) : "\(outbox)-\(id)" }

    /// `webhook-id`: the event's, the same on every retry and for every endpoint: its id and its time
    /// in milliseconds (so that a store started afresh does not repeat an earlier store's ids).
    public var messageID: String { "msg_\(eventID)_\(createdAt.milliseconds)" }

    /// The body sent, the same bytes on every attempt:
    /// `{"id":…,"type":…,"timestamp":…,"aggregate":…,"seq":…,"data":{…}}`.
    public var body: [UInt8] {
        func quoted(_ text: String) -> String { WebhookEvent.json([text]).dropFirst().dropLast().description }
        return Array("""
            {"id":\(quoted(messageID)),"type":\(quoted(topic)),"timestamp":\(quoted(DateTimeFormat.format(createdAt))),\
            "aggregate":\(quoted(aggregate)),"seq":\(seq),"data":\(data)}
            """.utf8)
    }
}
