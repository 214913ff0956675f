import Commerce
import Foundation

/// `WebhookOutbox` over a writer connection, for every SQLite backend that keeps an outbox; each
/// function is one IMMEDIATE transaction.
extension SQLiteOutbox {
    static func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date, _ db: SQLiteConnection) throws -> Int {
        // An idle poll opens no write transaction.
        guard try !db.query("SELECT 1 FROM webhook_events WHERE fanned_out = 0 LIMIT 1", row: { _ in true }).isEmpty else { return 0 }
        return try db.transaction {
            let events = try db.query("SELECT id, aggregate, topic FROM webhook_events WHERE fanned_out = 0 ORDER BY id LIMIT ?",
                                      [.integer(Int64(limit))], row: { ($0.int(0), $0.text(1), $0.text(2)) })
            for (id, aggregate, topic) in events {
                for endpoint in subscriptions.keys.sorted() where subscriptions[endpoint]!.contains(topic) {
                    try db.run("""
                        INSERT OR IGNORE INTO webhook_deliveries (event_id, endpoint, aggregate, status, next_attempt_at)
                        VALUES (?, ?, ?, 'PENDING', ?)
                        """, [.integer(id), .text(endpoint), .text(aggregate), .integer(time.milliseconds)])
                }
                try db.run("UPDATE webhook_events SET fanned_out = 1 WHERE id = ?", [.integer(id)])
            }
            return events.count
        }
    }

    static func claim(endpoint: String, limit: Int, at time: Date, leaseUntil: Date, _ db: SQLiteConnection) throws -> [WebhookDelivery] {
        guard try !db.query("SELECT 1 FROM webhook_deliveries WHERE endpoint = ? AND status = 'PENDING' AND next_attempt_at <= ? LIMIT 1",
                            [.text(endpoint), .integer(time.milliseconds)], row: { _ in true }).isEmpty else { return [] }
        return try db.transaction {
            let ids = try db.query("""
                SELECT d.id FROM webhook_deliveries d
                WHERE d.endpoint = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
                    AND d.endpoint NOT IN (SELECT url FROM webhook_endpoints WHERE disabled_at IS NOT NULL)
                    AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.status = 'PENDING' AND p.endpoint = d.endpoint
                                    AND p.aggregate = d.aggregate AND p.event_id < d.event_id)
                ORDER BY d.event_id LIMIT ?
                """, [.text(endpoint), .integer(time.milliseconds), .integer(Int64(limit))], row: { $0.int(0) })
            guard !ids.isEmpty else { return [] }
            let list = SQLiteValue.text(SQLiteJSONArray.integers(ids))
            _ = try db.run("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id IN (SELECT value FROM json_each(?))",
                           [.integer(leaseUntil.milliseconds), list])
            return try db.query(columns + " WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.event_id", [list], row: delivery)
        }
    }

    static func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date, _ db: SQLiteConnection) throws {
        try db.transaction {
            let (status, code, error, next, delivered): (WebhookDeliveryStatus, Int?, String?, Date?, Date?)
            switch attempt {
            case .delivered(let answer, let at): (status, code, error, next, delivered) = (.DELIVERED, answer, nil, nil, at)
            case .retry(let answer, let why, let retryAt): (status, code, error, next, delivered) = (.PENDING, answer, why, retryAt, nil)
            case .failed(let answer, let why): (status, code, error, next, delivered) = (.FAILED, answer, why, nil, nil)
            case .gone:
                (status, code, error, next, delivered) = (.FAILED, 410, "410 Gone: endpoint disabled", nil, nil)
                try db.run("""
                    INSERT OR REPLACE INTO webhook_endpoints (url, disabled_at)
                    SELECT endpoint, ? FROM webhook_deliveries WHERE id = ?
                    """, [.integer(time.milliseconds), .integer(id)])
            }
            try db.run("""
                UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_response_status = ?, last_error = ?,
                    next_attempt_at = ?, delivered_at = ? WHERE id = ?
                """, [.text(status.rawValue), .integer(code.map(Int64.init)), .text(error), .integer(next?.milliseconds),
                      .integer(delivered?.milliseconds), .integer(id)])
        }
    }

    static func list(status: WebhookDeliveryStatus?, limit: Int, _ db: SQLiteConnection) throws -> [WebhookDelivery] {
        try db.query(columns + " WHERE (?1 IS NULL OR d.status = ?1) ORDER BY d.id DESC LIMIT ?2",
                     [.text(status?.rawValue), .integer(Int64(limit))], row: delivery)
    }

    static func redeliver(ids: [Int64], at time: Date, _ db: SQLiteConnection) throws -> [WebhookDelivery] {
        try db.transaction {
            let list = SQLiteValue.text(SQLiteJSONArray.integers(ids))
            try db.run("""
                DELETE FROM webhook_endpoints
                WHERE url IN (SELECT endpoint FROM webhook_deliveries WHERE id IN (SELECT value FROM json_each(?)))
                """, [list])
            try db.run("""
                UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = ?, delivered_at = NULL
                WHERE id IN (SELECT value FROM json_each(?))
                """, [.integer(time.milliseconds), list])
            return try db.query(columns + " WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id", [list], row: delivery)
        }
    }
}
