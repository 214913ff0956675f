import Commerce
import Foundation

/// The webhook outbox's tables and statements in PostgreSQL (`WebhookOutbox`), shared by every server
/// on the database: `webhook_events` written in the transaction of the write that caused each event,
/// `webhook_deliveries` one per event and endpoint, `webhook_endpoints` the endpoints a 410 disabled.
/// Fanning out takes a transaction advisory lock, so one server at a time turns events into deliveries
/// (in event order); claiming locks the due rows `FOR UPDATE SKIP LOCKED`, so two servers never claim
/// one delivery.
enum PostgresOutbox {
    /// The fan-out's advisory lock, with the schema's hash as the second key.
    static let fanOutLock: Int32 = 0x7768_6b31  // "whk1"

    /// The outbox's migrations, a domain of their own ("webhooks"), run by every backend that writes events.
    static let migrator = PostgresMigrator(domain: "webhooks", migrations: [.init(version: 1, sql: tables)])

    /// The first migration: the tables.
    private static let tables = """
        CREATE TABLE webhook_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            aggregate text NOT NULL,
            seq bigint NOT NULL,
            topic text NOT NULL,
            data text NOT NULL,
            created_at bigint NOT NULL,
            fanned_out boolean NOT NULL DEFAULT false,
            UNIQUE (aggregate, seq));
        CREATE INDEX webhook_events_new ON webhook_events (id) WHERE NOT fanned_out;
        CREATE TABLE webhook_deliveries (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_id bigint NOT NULL REFERENCES webhook_events (id),
            endpoint text NOT NULL,
            aggregate text NOT NULL,
            status text NOT NULL,
            attempts bigint NOT NULL DEFAULT 0,
            next_attempt_at bigint,
            last_response_status bigint,
            last_error text,
            delivered_at bigint,
            UNIQUE (event_id, endpoint));
        CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (endpoint, aggregate, event_id) WHERE status = 'PENDING';
        CREATE INDEX webhook_deliveries_status ON webhook_deliveries (status, id);
        CREATE TABLE webhook_endpoints (url text PRIMARY KEY, disabled_at bigint);
        """

    /// The columns `delivery(_:)` reads.
    static let columns = """
        SELECT d.id, d.event_id, d.endpoint, e.aggregate, e.seq, e.topic, e.data, e.created_at, d.status, d.attempts,
            d.next_attempt_at, d.last_response_status, d.last_error, d.delivered_at
        FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        """

    /// Writes `event`, numbered one above its aggregate's last (an aggregate's writes take turns on its
    /// own row lock, so two never take one number; the unique key would refuse it besides).
    static func append(_ event: WebhookEvent, _ db: PostgresConnection) throws {
        try db.run("""
            INSERT INTO webhook_events (aggregate, seq, topic, data, created_at)
            VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM webhook_events WHERE aggregate = $1), $2, $3, $4)
            """, [.text(event.aggregate), .text(event.topic.rawValue), .text(event.data), .integer(event.createdAt.milliseconds)])
    }

    static func delivery(_ row: PostgresRow) throws -> WebhookDelivery {
        WebhookDelivery(id: try row.int(0), eventID: try row.int(1), endpoint: try row.text(2), aggregate: try row.text(3),
                        seq: try row.int(4), topic: try row.text(5), data: try row.text(6),
                        createdAt: Date(milliseconds: try row.int(7)),
                        status: WebhookDeliveryStatus(rawValue: try row.text(8)) ?? .PENDING, attempts: Int(try row.int(9)),
                        nextAttemptAt: try row.optionalInt(10).map(Date.init(milliseconds:)),
                        lastResponseStatus: try row.optionalInt(11).map { Int($0) }, lastError: try row.optionalText(12),
                        deliveredAt: try row.optionalInt(13).map(Date.init(milliseconds:)))
    }
}
