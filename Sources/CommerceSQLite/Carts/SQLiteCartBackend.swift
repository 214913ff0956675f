import Commerce
import Foundation

/// The default cart store: carts, lines, discount codes and orders in SQLite. Every change to a cart
/// is one IMMEDIATE transaction on the actor's connection, so concurrent changes queue and none is lost.
public actor SQLiteCartBackend: CartBackend {
    private let executor = SQLiteExecutor(label: "concord.sqlite.carts")
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    let db: SQLiteConnection
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
    ])

    /// Opens the database at `path` and brings the cart tables up to date.
    public init(path: String) throws {
        db = try SQLiteConnection(path: path)
        try Self.migrator.migrate(db)
    }

    public func carts(ids: [String]) throws -> [String: Cart] {
        var carts: [String: Cart] = [:]
        let list = SQLiteValue.text(SQLiteJSONArray.strings(ids))
        for cart in try db.query("""
            SELECT id, status, email, phone, country_code, discount_codes, created_at, updated_at
            FROM carts WHERE id IN (SELECT value FROM json_each(?))
            """, [list], row: { row in
                Cart(id: row.text(0), lines: [], discountCodes: try decoder.decode([String].self, from: Data(row.text(5).utf8)),
                     buyerIdentity: BuyerIdentity(email: row.optionalText(2), phone: row.optionalText(3), countryCode: row.optionalText(4)),
                     status: CartStatus(rawValue: row.text(1)) ?? .OPEN, createdAt: Date(milliseconds: row.int(6)),
                     updatedAt: Date(milliseconds: row.int(7)))
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

    public func createCart(lines: [LineAddition], discountCodes: [String], buyerIdentity: BuyerIdentity,
                           at time: Date) throws -> Cart {
        let id = SecretKey.make()
        try db.transaction {
            try db.run("""
                INSERT INTO carts (id, status, email, phone, country_code, discount_codes, created_at, updated_at)
                VALUES (?, 'OPEN', ?, ?, ?, ?, ?, ?)
                """, [.text(id), .text(buyerIdentity.email), .text(buyerIdentity.phone), .text(buyerIdentity.countryCode),
                      .text(json(discountCodes)), .integer(time.milliseconds), .integer(time.milliseconds)])
            for line in lines { try add(line, cartID: id) }
        }
        return try carts(ids: [id])[id]!
    }

    public func addLines(cartID: String, lines: [LineAddition], maximumQuantity: Int, maximumLines: Int,
                         at time: Date) throws -> CartChange {
        try change(cartID, at: time) {
            for (index, line) in lines.enumerated() {
                let total = try add(line, cartID: cartID)
                if total > maximumQuantity { return .maximumExceeded(index: index, quantity: total) }
            }
            // Counted inside the write transaction, so concurrent additions cannot pass it together.
            let count = try db.query("SELECT COUNT(*) FROM cart_lines WHERE cart_id = ?", [.text(cartID)], row: { $0.int(0) }).first ?? 0
            return count > maximumLines ? .tooManyLines(maximum: maximumLines) : nil
        }
    }

    public func updateLines(cartID: String, lines: [LineQuantity], at time: Date) throws -> CartChange {
        try change(cartID, at: time) {
            for (index, line) in lines.enumerated() {
                let changed = line.quantity == 0
                    ? try db.run("DELETE FROM cart_lines WHERE id = ? AND cart_id = ?", [.integer(line.lineID), .text(cartID)])
                    : try db.run("UPDATE cart_lines SET quantity = ? WHERE id = ? AND cart_id = ?",
                                 [.integer(Int64(line.quantity)), .integer(line.lineID), .text(cartID)])
                if changed == 0 {
                    // A line already removed by an earlier entry of this call still counts as found.
                    if line.quantity == 0 && lines[..<index].contains(where: { $0.lineID == line.lineID }) { continue }
                    return .lineNotFound(index: index)
                }
            }
            return nil
        }
    }

    public func removeLines(cartID: String, lineIDs: [Int64], at time: Date) throws -> CartChange {
        try change(cartID, at: time) {
            for (index, lineID) in lineIDs.enumerated() {
                let removed = try db.run("DELETE FROM cart_lines WHERE id = ? AND cart_id = ?", [.integer(lineID), .text(cartID)])
                if removed == 0 && !lineIDs[..<index].contains(lineID) { return .lineNotFound(index: index) }
            }
            return nil
        }
    }

    public func setDiscountCodes(cartID: String, codes: [String], at time: Date) throws -> CartChange {
        try change(cartID, at: time) {
            try db.run("UPDATE carts SET discount_codes = ? WHERE id = ?", [.text(json(codes)), .text(cartID)])
            return nil
        }
    }

    public func setBuyerIdentity(cartID: String, buyerIdentity: BuyerIdentity, at time: Date) throws -> CartChange {
        try change(cartID, at: time) {
            try db.run("UPDATE carts SET email = ?, phone = ?, country_code = ? WHERE id = ?",
                       [.text(buyerIdentity.email), .text(buyerIdentity.phone), .text(buyerIdentity.countryCode), .text(cartID)])
            return nil
        }
    }

    public func beginCheckout(cartID: String, at time: Date) throws -> CartChange {
        try db.transaction {
            guard let status = try db.query("SELECT status FROM carts WHERE id = ?", [.text(cartID)], row: { $0.text(0) }).first else {
                return .notFound
            }
            guard status == CartStatus.OPEN.rawValue else { return .completed }
            guard try !db.query("SELECT 1 FROM cart_lines WHERE cart_id = ? LIMIT 1", [.text(cartID)], row: { _ in true }).isEmpty else {
                return .empty
            }
            try db.run("UPDATE carts SET status = 'CHECKING_OUT', checkout_started_at = ? WHERE id = ?",
                       [.integer(time.milliseconds), .text(cartID)])
            return .cart(try carts(ids: [cartID])[cartID]!)
        }
    }

    public func checkoutsInProgress(startedBefore time: Date) throws -> [String] {
        try db.query("""
            SELECT id FROM carts WHERE status = 'CHECKING_OUT' AND COALESCE(checkout_started_at, 0) < ? ORDER BY id
            """, [.integer(time.milliseconds)], row: { $0.text(0) })
    }

    public func abortCheckout(cartID: String) throws {
        try db.run("UPDATE carts SET status = 'OPEN' WHERE id = ? AND status = 'CHECKING_OUT'", [.text(cartID)])
    }

    /// Runs `body` on an open cart in a transaction; a non-nil result is a refusal and rolls back.
    private func change(_ cartID: String, at time: Date, _ body: () throws -> CartChange?) throws -> CartChange {
        struct Refused: Error { let change: CartChange }
        do {
            try db.transaction {
                guard let status = try db.query("SELECT status FROM carts WHERE id = ?", [.text(cartID)], row: { $0.text(0) }).first else {
                    throw Refused(change: .notFound)
                }
                guard status == CartStatus.OPEN.rawValue else { throw Refused(change: .completed) }
                if let refusal = try body() { throw Refused(change: refusal) }
                try db.run("UPDATE carts SET updated_at = ? WHERE id = ?", [.integer(time.milliseconds), .text(cartID)])
            }
        } catch let refused as Refused {
            return refused.change
        }
        return .cart(try carts(ids: [cartID])[cartID]!)
    }

    /// Adds units to the cart's line for the variant (creating it); returns the line's new quantity.
    @discardableResult
    private func add(_ line: LineAddition, cartID: String) throws -> Int {
        try db.query("""
            INSERT INTO cart_lines (cart_id, variant_id, quantity) VALUES (?, ?, ?)
            ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = quantity + excluded.quantity
            RETURNING quantity
            """, [.text(cartID), .integer(line.variantID), .integer(Int64(line.quantity))]) { Int($0.int(0)) }.first ?? 0
    }

    func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "[]"
    }
}
