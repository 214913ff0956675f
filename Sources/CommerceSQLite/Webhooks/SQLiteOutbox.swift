import Commerce
import Foundation

/// The webhook outbox's tables and statements in SQLite (`WebhookOutbox`): `webhook_events` written in
/// the transaction of the write that caused each event, `webhook_deliveries` one per event and endpoint,
/// `webhook_endpoints` the endpoints a 410 disabled. Their migrations are a domain of their own
/// ("webhooks"), run by every backend that writes events (the carts and the catalog), so that
/// domains sharing one file share one outbox. `append` runs inside the caller's transaction.
enum SQLiteOutbox {
    /// The outbox's migrations.
    static let migrator = SQLiteMigrator(domain: "webhooks", migrations: [.init(version: 1, sql: tables)])

    /// The first migration: the tables.
    private static let tables = """
        CREATE TABLE webhook_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            aggregate TEXT NOT NULL,
            seq INTEGER NOT NULL,
            topic TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            fanned_out INTEGER NOT NULL DEFAULT 0,
            UNIQUE (aggregate, seq));
        CREATE INDEX webhook_events_new ON webhook_events (id) WHERE fanned_out = 0;
        CREATE TABLE webhook_deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id INTEGER NOT NULL REFERENCES webhook_events (id),
            endpoint TEXT NOT NULL,
            aggregate TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER,
            last_response_status INTEGER,
            last_error TEXT,
            delivered_at INTEGER,
            UNIQUE (event_id, endpoint));
        CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (endpoint, aggregate, event_id) WHERE status = 'PENDING';
        CREATE INDEX webhook_deliveries_status ON webhook_deliveries (status, id);
        CREATE TABLE webhook_endpoints (url TEXT PRIMARY KEY, disabled_at INTEGER);
        """

    /// The columns `delivery(_:)` reads.
    static let columns = """
        SELECT d.id, d.event_id, d.endpoint, e.aggregate, e.seq, e.topic, e.data, e.created_at, d.status, d.attempts,
            d.next_attempt_at, d.last_response_status, d.last_error, d.delivered_at
        FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        """

    /// Names the outbox of the file at `path` (one per in-memory database, which `owner` alone holds).
    static func identity(_ path: String, _ owner: AnyObject) -> String {
        path == ":memory:" || path.isEmpty ? "sqlite-memory:\(ObjectIdentifier(owner).hashValue)"
            : "sqlite:" + URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Writes `event`, numbered one above its aggregate's last.
    static func append(_ event: WebhookEvent, _ db: SQLiteConnection) throws {
        try db.run("""
            INSERT INTO webhook_events (aggregate, seq, topic, data, created_at)
            VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM webhook_events WHERE aggregate = ?1), ?2, ?3, ?4)
            """, [.text(event.aggregate), .text(event.topic.rawValue), .text(event.data), .integer(event.createdAt.milliseconds)])
    }

    static func delivery(_ row: SQLiteRow) -> WebhookDelivery {
        WebhookDelivery(id: row.int(0), eventID: row.int(1), endpoint: row.text(2), aggregate: row.text(3), seq: row.int(4),
                        topic: row.text(5), data: row.text(6), createdAt: Date(milliseconds: row.int(7)),
                        status: WebhookDeliveryStatus(rawValue: row.text(8)) ?? .PENDING, attempts: Int(row.int(9)),
                        nextAttemptAt: row.optionalInt(10).map(Date.init(milliseconds:)),
                        lastResponseStatus: row.optionalInt(11).map { Int($0) }, lastError: row.optionalText(12),
                        deliveredAt: row.optionalInt(13).map(Date.init(milliseconds:)))
    }
}
