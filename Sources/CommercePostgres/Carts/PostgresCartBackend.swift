import Commerce
import Foundation

/// Carts, lines, discount codes and orders in PostgreSQL, shared by every server on the database.
/// Storage only (the rules are `CartRules`): a change loads the cart with `SELECT … FOR UPDATE`, runs
/// the rule and saves the edit in one transaction, so concurrent changes to one cart, from any number
/// of processes, queue on the row lock and none is lost. Statements run on a bounded pool of
/// connections, each on its own thread.
public final class PostgresCartBackend: CartBackend {
    let pool: PostgresPool

    /// Connects with the libpq connection string `url` (`postgresql://user@host:5432/db`, or
    /// `host=… dbname=…`), brings the cart tables up to date under the migration lock, and keeps a pool
    /// of at most `poolSize` connections (10 by default). Throws a `PostgresError` when the database
    /// cannot be reached, and a `ConfigurationError` when its schema is newer than this build.
    public convenience init(url: String, poolSize: Int? = nil) throws {
        self.init(pool: try .migrated(url, [PostgresCartSchema.migrator, PostgresOutbox.migrator], size: poolSize, label: "concord.postgres.carts"))
    }

    /// A backend on `pool`, whose database already holds the carts tables up to date (a pool several
    /// domains' backends may share).
    init(pool: PostgresPool) {
        self.pool = pool
    }

    public func carts(ids: [String]) async throws -> [String: Cart] {
        let ids = ids.filter(PostgresValue.isStorable)
        guard !ids.isEmpty else { return [:] }
        return try await pool.withConnection { db in
            var carts: [String: Cart] = [:]
            for (cart, line) in try db.query("""
                SELECT c.id, c.status, c.buyer_identity, c.discount_codes, c.created_at, c.updated_at, c.checkout_started_at,
                    c.channel, c.currency, l.id, l.variant_id, l.quantity
                FROM carts c LEFT JOIN cart_lines l ON l.cart_id = c.id
                WHERE c.id = ANY($1::text[]) ORDER BY c.id, l.id
                """, [.textArray(ids)], row: { row in (try Self.cart(row), try Self.line(row, from: 9)) }) {
                carts[cart.id, default: cart].lines += line.map { [$0] } ?? []
            }
            return carts
        }
    }

    public func insertCart(_ edit: CartEdit) async throws -> Cart {
        try await pool.withConnection { db in
            try db.transaction {
                let cart = edit.cart
                try db.run("""
                    INSERT INTO carts (id, status, buyer_identity, discount_codes, created_at, updated_at, checkout_started_at,
                        channel, currency)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    """, [.text(cart.id), .text(cart.status.rawValue), .text(try PostgresJSON.encode(cart.buyerIdentity)),
                          .text(try PostgresJSON.encode(cart.discountCodes)), .integer(cart.createdAt.milliseconds),
                          .integer(cart.updatedAt.milliseconds), .integer(cart.checkoutStartedAt?.milliseconds),
                          .text(cart.channel), .text(cart.currency.rawValue)])
                return Self.asStored(edit.saved(newLineIDs: try Self.insertLines(of: edit, db)))
            }
        }
    }

    public func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) async throws -> Cart? {
        guard PostgresValue.isStorable(id) else { return nil }
        return try await pool.withConnection { db in
            try db.transaction {
                guard let cart = try Self.lockCart(id, db) else { return nil }
                return try Self.save(try change(cart), db)
            }
        }
    }

    public func checkoutsInProgress(startedBefore time: Date) async throws -> [String] {
        // `CartRules.isCheckout(_:startedBefore:)`, as a query: a lock with no recorded start counts as old.
        try await pool.withConnection { db in
            try db.query("""
                SELECT id FROM carts WHERE status = 'CHECKING_OUT' AND COALESCE(checkout_started_at, 0) < $1
                ORDER BY id COLLATE "C"
                """, [.integer(time.milliseconds)]) { try $0.text(0) }
        }
    }

    /// Loads a cart and locks its row until the transaction ends; its lines are read after the lock is
    /// held, so they include every change committed before it.
    static func lockCart(_ id: String, _ db: PostgresConnection) throws -> Cart? {
        guard var cart = try db.query("""
            SELECT id, status, buyer_identity, discount_codes, created_at, updated_at, checkout_started_at, channel, currency
            FROM carts WHERE id = $1 FOR UPDATE
            """, [.text(id)], row: cart).first else { return nil }
        cart.lines = try db.query("SELECT id, variant_id, quantity FROM cart_lines WHERE cart_id = $1 ORDER BY id",
                                  [.text(id)]) { try line($0, from: 0)! }
        return cart
    }

    /// Writes an edit of a stored cart (inside the caller's transaction) and returns the cart as saved.
    static func save(_ edit: CartEdit, _ db: PostgresConnection) throws -> Cart {
        let cart = edit.cart
        try db.run("""
            UPDATE carts SET status = $2, buyer_identity = $3, discount_codes = $4, updated_at = $5, checkout_started_at = $6,
                channel = $7, currency = $8
            WHERE id = $1
            """, [.text(cart.id), .text(cart.status.rawValue), .text(try PostgresJSON.encode(cart.buyerIdentity)),
                  .text(try PostgresJSON.encode(cart.discountCodes)), .integer(cart.updatedAt.milliseconds),
                  .integer(cart.checkoutStartedAt?.milliseconds), .text(cart.channel), .text(cart.currency.rawValue)])
        let removed = edit.removedLineIDs
        if !removed.isEmpty {
            try db.run("DELETE FROM cart_lines WHERE cart_id = $1 AND id = ANY($2::bigint[])", [.text(cart.id), .integerArray(removed)])
        }
        let changed = edit.changedLines
        if !changed.isEmpty {
            try db.run("""
                UPDATE cart_lines AS l SET quantity = v.quantity
                FROM unnest($2::bigint[], $3::bigint[]) AS v (id, quantity)
                WHERE l.cart_id = $1 AND l.id = v.id
                """, [.text(cart.id), .integerArray(changed.map(\.id)), .integerArray(changed.map { Int64($0.quantity) })])
        }
        return asStored(edit.saved(newLineIDs: try insertLines(of: edit, db)))
    }

    /// Inserts the edit's new lines (after any removals, so a variant can come back), in order; returns
    /// their ids, in the same order.
    private static func insertLines(of edit: CartEdit, _ db: PostgresConnection) throws -> [Int64] {
        guard !edit.newLines.isEmpty else { return [] }
        let ids = try db.query("""
            INSERT INTO cart_lines (cart_id, variant_id, quantity)
            SELECT $1, v.variant_id, v.quantity
            FROM unnest($2::bigint[], $3::bigint[]) WITH ORDINALITY AS v (variant_id, quantity, position)
            ORDER BY v.position
            RETURNING variant_id, id
            """, [.text(edit.cart.id), .integerArray(edit.newLines.map(\.variantID)),
                  .integerArray(edit.newLines.map { Int64($0.quantity) })]) { (try $0.int(0), try $0.int(1)) }
        let byVariant = Dictionary(ids, uniquingKeysWith: { first, _ in first })
        return try edit.newLines.map { line in
            guard let id = byVariant[line.variantID] else {
                throw PostgresError(.client, message: "The insert of variant \(line.variantID)'s line returned no id.")
            }
            return id
        }
    }

    /// The cart of a row whose first nine columns are the `carts` columns, without its lines.
    private static func cart(_ row: PostgresRow) throws -> Cart {
        guard let currency = CurrencyCode(rawValue: try row.text(8)) else {
            throw PostgresError(.client, message: "cart \(try row.text(0)) has an unknown currency \(try row.text(8))")
        }
        return Cart(id: try row.text(0), lines: [], discountCodes: try PostgresJSON.decode([String].self, from: try row.text(3)),
                    buyerIdentity: try PostgresJSON.decode(BuyerIdentity.self, from: try row.text(2)),
                    status: CartStatus(rawValue: try row.text(1)) ?? .OPEN, createdAt: Date(milliseconds: try row.int(4)),
                    updatedAt: Date(milliseconds: try row.int(5)), checkoutStartedAt: try row.optionalInt(6).map(Date.init(milliseconds:)),
                    channel: try row.text(7), currency: currency)
    }

    /// The line in the row's columns `first` (id), `first + 1` (variant) and `first + 2` (quantity);
    /// nil when the id is NULL (a cart without lines, outer-joined).
    private static func line(_ row: PostgresRow, from first: Int32) throws -> CartLine? {
        guard let id = try row.optionalInt(first) else { return nil }
        return CartLine(id: id, variantID: try row.int(first + 1), quantity: Int(try row.int(first + 2)))
    }

    /// The cart as a later read gives it back: its times in whole milliseconds, as stored.
    private static func asStored(_ cart: Cart) -> Cart {
        var stored = cart
        stored.createdAt = cart.createdAt.inWholeMilliseconds
        stored.updatedAt = cart.updatedAt.inWholeMilliseconds
        stored.checkoutStartedAt = cart.checkoutStartedAt?.inWholeMilliseconds
        return stored
    }
}
