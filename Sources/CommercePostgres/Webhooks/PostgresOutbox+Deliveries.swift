import Commerce
import Foundation

/// `WebhookOutbox` over a pool, for every PostgreSQL backend that keeps an outbox.
extension PostgresOutbox {
    static func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date, _ pool: PostgresPool) async throws -> Int {
        try await pool.withConnection { db in
            try db.transaction {
                try db.run("SELECT pg_advisory_xact_lock($1::integer, hashtext(current_schema()))", [.integer(Int64(fanOutLock))])
                let events = try db.query("SELECT id, aggregate, topic FROM webhook_events WHERE NOT fanned_out ORDER BY id LIMIT $1",
                                          [.integer(Int64(limit))]) { (try $0.int(0), try $0.text(1), try $0.text(2)) }
                for (id, aggregate, topic) in events {
                    for endpoint in subscriptions.keys.sorted() where subscriptions[endpoint]!.contains(topic) {
                        try db.run("""
                            INSERT INTO webhook_deliveries (event_id, endpoint, aggregate, status, next_attempt_at)
                            VALUES ($1, $2, $3, 'PENDING', $4) ON CONFLICT (event_id, endpoint) DO NOTHING
                            """, [.integer(id), .text(endpoint), .text(aggregate), .integer(time.milliseconds)])
                    }
                }
                if !events.isEmpty {
                    try db.run("UPDATE webhook_events SET fanned_out = true WHERE id = ANY($1::bigint[])", [.integerArray(events.map(\.0))])
                }
                return events.count
            }
        }
    }

    static func claim(endpoint: String, limit: Int, at time: Date, leaseUntil: Date, _ pool: PostgresPool) async throws -> [WebhookDelivery] {
        try await pool.withConnection { db in
            try db.transaction {
                let ids = try db.query("""
                    UPDATE webhook_deliveries SET next_attempt_at = $3 WHERE id IN (
                        SELECT d.id FROM webhook_deliveries d
                        WHERE d.endpoint = $4 AND d.status = 'PENDING' AND d.next_attempt_at <= $1
                            AND d.endpoint NOT IN (SELECT url FROM webhook_endpoints WHERE disabled_at IS NOT NULL)
                            AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.status = 'PENDING'
                                            AND p.endpoint = d.endpoint AND p.aggregate = d.aggregate AND p.event_id < d.event_id)
                        ORDER BY d.event_id LIMIT $2 FOR UPDATE SKIP LOCKED)
                    RETURNING id
                    """, [.integer(time.milliseconds), .integer(Int64(limit)), .integer(leaseUntil.milliseconds), .text(endpoint)]) { try $0.int(0) }
                guard !ids.isEmpty else { return [] }
                return try db.query(columns + " WHERE d.id = ANY($1::bigint[]) ORDER BY d.event_id",
                                    [.integerArray(ids)], row: delivery)
            }
        }
    }

    static func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date, _ pool: PostgresPool) async throws {
        let (status, code, error, next, delivered): (WebhookDeliveryStatus, Int?, String?, Date?, Date?)
        switch attempt {
        case .delivered(let answer, let at): (status, code, error, next, delivered) = (.DELIVERED, answer, nil, nil, at)
        case .retry(let answer, let why, let retryAt): (status, code, error, next, delivered) = (.PENDING, answer, why, retryAt, nil)
        case .failed(let answer, let why): (status, code, error, next, delivered) = (.FAILED, answer, why, nil, nil)
        case .gone: (status, code, error, next, delivered) = (.FAILED, 410, "410 Gone: endpoint disabled", nil, nil)
        }
        let gone = attempt == .gone
        try await pool.withConnection { db in
            try db.transaction {
                if gone {
                    try db.run("""
                        INSERT INTO webhook_endpoints (url, disabled_at) SELECT endpoint, $1 FROM webhook_deliveries WHERE id = $2
                        ON CONFLICT (url) DO UPDATE SET disabled_at = EXCLUDED.disabled_at
                        """, [.integer(time.milliseconds), .integer(id)])
                }
                try db.run("""
                    UPDATE webhook_deliveries SET status = $1, attempts = attempts + 1, last_response_status = $2, last_error = $3,
                        next_attempt_at = $4, delivered_at = $5 WHERE id = $6
                    """, [.text(status.rawValue), .integer(code.map(Int64.init)), .text(error), .integer(next?.milliseconds),
                          .integer(delivered?.milliseconds), .integer(id)])
            }
        }
    }

    static func list(status: WebhookDeliveryStatus?, limit: Int, _ pool: PostgresPool) async throws -> [WebhookDelivery] {
        try await pool.withConnection { db in
            try db.query(columns + " WHERE ($1::text IS NULL OR d.status = $1) ORDER BY d.id DESC LIMIT $2",
                         [.text(status?.rawValue), .integer(Int64(limit))], row: delivery)
        }
    }

    static func redeliver(ids: [Int64], at time: Date, _ pool: PostgresPool) async throws -> [WebhookDelivery] {
        try await pool.withConnection { db in
            try db.transaction {
                try db.run("DELETE FROM webhook_endpoints WHERE url IN (SELECT endpoint FROM webhook_deliveries WHERE id = ANY($1::bigint[]))",
                           [.integerArray(ids)])
                try db.run("""
                    UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = $1, delivered_at = NULL WHERE id = ANY($2::bigint[])
                    """, [.integer(time.milliseconds), .integerArray(ids)])
                return try db.query(columns + " WHERE d.id = ANY($1::bigint[]) ORDER BY d.id", [.integerArray(ids)],
                                    row: delivery)
            }
        }
    }
}
