import Commerce
import Foundation

/// The default cart store: carts, lines, discount codes and orders in SQLite. Storage only (the rules
/// are `CartRules`): every change to a cart loads it, runs the rule and saves the edit in one IMMEDIATE
/// transaction on the actor's connection, so concurrent changes queue and none is lost.
public actor SQLiteCartBackend: CartBackend {
    private let executor = QueueExecutor(label: "concord.sqlite.carts")
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    let db: SQLiteConnection
    /// The file, naming the outbox it shares with the other domains in it.
    nonisolated let outboxPath: String
    /// Tells `concord restore` the store is open (`SQLiteStoreLock`).
    private let storeLock: SQLiteStoreLock?
    let encoder = SQLiteJSON.encoder()
    let decoder = JSONDecoder()

    static let migrator = SQLiteMigrator(domain: "carts", migrations: [
        .init(version: 1, sql: """
            CREATE TABLE carts (
                id TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                email TEXT,
                phone TEXT,
                country_code TEXT,
                discount_codes TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL);
            CREATE TABLE cart_lines (
                id INTEGER PRIMARY KEY,
                cart_id TEXT NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
                variant_id INTEGER NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                UNIQUE (cart_id, variant_id));
            CREATE INDEX cart_lines_cart ON cart_lines (cart_id, id);
            CREATE TABLE discount_codes (
                code_key TEXT PRIMARY KEY,
                code TEXT NOT NULL,
                percentage_basis_points INTEGER,
                fixed_amount INTEGER,
                currency TEXT,
                minimum_subtotal INTEGER,
                starts_at INTEGER,
                ends_at INTEGER);
            CREATE TABLE orders (
                id TEXT PRIMARY KEY,
                number INTEGER NOT NULL UNIQUE,
                cart_id TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL,
                email TEXT,
                lines TEXT NOT NULL,
                discount_codes TEXT NOT NULL,
                currency TEXT NOT NULL,
                subtotal INTEGER NOT NULL,
                discount INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                total INTEGER NOT NULL,
                created_at INTEGER NOT NULL);
            """),
        .init(version: 2, sql: """
            ALTER TABLE carts ADD COLUMN checkout_started_at INTEGER;
            ALTER TABLE discount_codes ADD COLUMN combines_with_other_codes INTEGER NOT NULL DEFAULT 0;
            """),
        // Line ids are never used twice (AUTOINCREMENT): without it, a removed line's id came back for the
        // next line added, and a client still holding the old id changed the new line.
        .init(version: 3, sql: """
            CREATE TABLE cart_lines_v3 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                cart_id TEXT NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
                variant_id INTEGER NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                UNIQUE (cart_id, variant_id));
            INSERT INTO cart_lines_v3 (id, cart_id, variant_id, quantity) SELECT id, cart_id, variant_id, quantity FROM cart_lines;
            DROP TABLE cart_lines;
            ALTER TABLE cart_lines_v3 RENAME TO cart_lines;
            CREATE INDEX cart_lines_cart ON cart_lines (cart_id, id);
            """),
        // Carts keep their channel (issue 13): the carts made before channels are the default channel's, in euros.
        .init(version: 4, sql: """
            ALTER TABLE carts ADD COLUMN channel TEXT NOT NULL DEFAULT 'web-eu';
            ALTER TABLE carts ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
            """),
    ])

    /// Opens the database at `path` and brings the cart tables up to date.
    public init(path: String) throws {
        outboxPath = path
        storeLock = try SQLiteStoreLock.shared(path)
        db = try SQLiteConnection(path: path)
        try Self.migrator.migrate(db)
        try SQLiteOutbox.migrator.migrate(db)
    }

    public func carts(ids: [String]) throws -> [String: Cart] {
        var carts: [String: Cart] = [:]
        let list = SQLiteValue.text(SQLiteJSONArray.strings(ids))
        for cart in try db.query("""
            SELECT id, status, email, phone, country_code, discount_codes, created_at, updated_at, checkout_started_at, channel, currency
            FROM carts WHERE id IN (SELECT value FROM json_each(?))
            """, [list], row: { row in
                guard let currency = CurrencyCode(rawValue: row.text(10)) else {
                    throw SQLiteError(code: 0, message: "cart \(row.text(0)) has an unknown currency \(row.text(10))")
                }
                return Cart(id: row.text(0), lines: [], discountCodes: try decoder.decode([String].self, from: Data(row.text(5).utf8)),
                     buyerIdentity: BuyerIdentity(email: row.optionalText(2), phone: row.optionalText(3), countryCode: row.optionalText(4)),
                     status: CartStatus(rawValue: row.text(1)) ?? .OPEN, createdAt: Date(milliseconds: row.int(6)),
                     updatedAt: Date(milliseconds: row.int(7)), checkoutStartedAt: row.optionalInt(8).map(Date.init(milliseconds:)),
                     channel: row.text(9), currency: currency)
            }) {
            carts[cart.id] = cart
        }
        guard !carts.isEmpty else { return [:] }
        for (cartID, line) in try db.query(
            "SELECT cart_id, id, variant_id, quantity FROM cart_lines WHERE cart_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [list], row: { ($0.text(0), CartLine(id: $0.int(1), variantID: $0.int(2), quantity: Int($0.int(3)))) }) {
            carts[cartID]?.lines.append(line)
        }
        return carts
    }

    public func insertCart(_ edit: CartEdit) throws -> Cart {
        try db.transaction {
            let cart = edit.cart
            try db.run("""
                INSERT INTO carts (id, status, email, phone, country_code, discount_codes, created_at, updated_at, checkout_started_at,
                    channel, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(cart.id), .text(cart.status.rawValue), .text(cart.buyerIdentity.email), .text(cart.buyerIdentity.phone),
                      .text(cart.buyerIdentity.countryCode), .text(json(cart.discountCodes)), .integer(cart.createdAt.milliseconds),
                      .integer(cart.updatedAt.milliseconds), .integer(cart.checkoutStartedAt?.milliseconds), .text(cart.channel),
                      .text(cart.currency.rawValue)])
            return Self.asStored(edit.saved(newLineIDs: try insertLines(of: edit)))
        }
    }

    public func updateCart(id: String, _ change: @Sendable (Cart) throws -> CartEdit) throws -> Cart? {
        try db.transaction {
            guard let cart = try carts(ids: [id])[id] else { return nil }
            return try save(try change(cart))
        }
    }

    public func checkoutsInProgress(startedBefore time: Date) throws -> [String] {
        // `CartRules.isCheckout(_:startedBefore:)`, as a query: a lock with no recorded start counts as old.
        try db.query("""
            SELECT id FROM carts WHERE status = 'CHECKING_OUT' AND COALESCE(checkout_started_at, 0) < ? ORDER BY id
            """, [.integer(time.milliseconds)], row: { $0.text(0) })
    }

    /// Writes an edit of a stored cart (inside the caller's transaction) and returns the cart as saved.
    func save(_ edit: CartEdit) throws -> Cart {
        let cart = edit.cart
        try db.run("""
            UPDATE carts SET status = ?, email = ?, phone = ?, country_code = ?, discount_codes = ?, updated_at = ?,
                checkout_started_at = ?, channel = ?, currency = ?
            WHERE id = ?
            """, [.text(cart.status.rawValue), .text(cart.buyerIdentity.email), .text(cart.buyerIdentity.phone),
                  .text(cart.buyerIdentity.countryCode), .text(json(cart.discountCodes)), .integer(cart.updatedAt.milliseconds),
                  .integer(cart.checkoutStartedAt?.milliseconds), .text(cart.channel), .text(cart.currency.rawValue), .text(cart.id)])
        let removed = edit.removedLineIDs
        if !removed.isEmpty {
            try db.run("DELETE FROM cart_lines WHERE cart_id = ? AND id IN (SELECT value FROM json_each(?))",
                       [.text(cart.id), .text(SQLiteJSONArray.integers(removed))])
        }
        for line in edit.changedLines {
            try db.run("UPDATE cart_lines SET quantity = ? WHERE id = ? AND cart_id = ?",
                       [.integer(Int64(line.quantity)), .integer(line.id), .text(cart.id)])
        }
        return Self.asStored(edit.saved(newLineIDs: try insertLines(of: edit)))
    }

    /// The cart as a later read gives it back: its times in whole milliseconds, as stored.
    private static func asStored(_ cart: Cart) -> Cart {
        var stored = cart
        stored.createdAt = cart.createdAt.inWholeMilliseconds
        stored.updatedAt = cart.updatedAt.inWholeMilliseconds
        stored.checkoutStartedAt = cart.checkoutStartedAt?.inWholeMilliseconds
        return stored
    }

    /// Inserts the edit's new lines (after any removals, so a variant can come back); returns their ids.
    private func insertLines(of edit: CartEdit) throws -> [Int64] {
        try edit.newLines.map { line in
            try db.query("INSERT INTO cart_lines (cart_id, variant_id, quantity) VALUES (?, ?, ?) RETURNING id",
                         [.text(edit.cart.id), .integer(line.variantID), .integer(Int64(line.quantity))]) { $0.int(0) }.first ?? 0
        }
    }

    func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "[]"
    }
}
