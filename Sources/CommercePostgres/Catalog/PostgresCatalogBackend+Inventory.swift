import Commerce
import Foundation

/// Stock changes as conditional statements, one per variant, never a read then a write: each
/// `UPDATE … WHERE` changes the stock only if the change is allowed at that moment, whatever other
/// servers do. A change of several variants takes them in variant id order, then their products in
/// product id order (the order a catalog write locks them in too), so two checkouts never deadlock.
/// The arithmetic's refusals come from `CatalogRules`, over the stock read when a statement finds
/// the change not allowed.
extension PostgresCatalogBackend {
    /// How many times a change refused by its statement, but allowed by the stock read just after
    /// (another server changed it in between), is tried again.
    private static let changeAttempts = 5

    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int) async throws -> InventoryAdjustment {
        try await changing { db in
            for _ in 0..<Self.changeAttempts {
                let outcome: InventoryAdjustment? = try db.transaction {
                    // The stock stays within 0 and the largest bigint, and an increase within `maximum`
                    // (numeric: no overflow, whichever condition the server checks first).
                    guard let productID = try db.query("""
                        UPDATE variants SET inventory = inventory + $2::bigint
                        WHERE id = $1 AND inventory::numeric + $2::bigint BETWEEN 0 AND 9223372036854775807
                            AND ($2::bigint <= 0 OR inventory::numeric + $2::bigint <= $3::bigint)
                        RETURNING product_id
                        """, [.integer(variantID), .integer(Int64(delta)), .integer(Int64(maximum))], row: { try $0.int(0) }).first
                    else {
                        guard let stock = try db.query("SELECT inventory FROM variants WHERE id = $1", [.integer(variantID)],
                                                       row: { try $0.int(0) }).first else { return .notFound }
                        if case .refused(let refusal) = CatalogRules.stockChange(current: Int(stock), delta: delta, maximum: maximum) {
                            return refusal
                        }
                        return nil
                    }
                    try db.run("UPDATE products SET updated_at = $2 WHERE id = $1", [.integer(productID), .integer(Date().milliseconds)])
                    guard let variant = try PostgresCatalogReader(db).variants(ids: [variantID])[variantID] else { return .notFound }
                    if delta != 0 { try PostgresChangeChannel.notify(Self.changeDomain, on: db) }
                    return .adjusted(variant)
                }
                if let outcome { return outcome }
            }
            throw PostgresError(.client, message: "The stock of variant \(variantID) kept changing; the adjustment was not made.")
        }
    }

    public func takeInventory(_ quantities: [Int64: Int], reservation: String) async throws -> InventoryTake {
        guard PostgresValue.isStorable(reservation) else {
            throw PostgresError(.client, message: "A reservation holding NUL cannot be recorded.")
        }
        let lines = quantities.sorted { $0.key < $1.key }
        return try await changing { db in
            for _ in 0..<Self.changeAttempts {
                do {
                    return try db.transaction { try Self.take(lines, reservation: reservation, low: inventoryLowThreshold, db) }
                } catch is Shortage {
                    // Nothing was taken; the stock now says which variants are short.
                    let stock = Dictionary(try db.query("SELECT id, inventory FROM variants WHERE id = ANY($1::bigint[])",
                                                        [.integerArray(lines.map(\.key))]) { (try $0.int(0), Int(try $0.int(1))) },
                                           uniquingKeysWith: { first, _ in first })
                    let short = CatalogRules.shortfall(quantities, stock: stock)
                    if !short.isEmpty { return .short(short) }
                }
            }
            throw PostgresError(.client, message: "The stock kept changing; reservation \(reservation) took nothing.")
        }
    }

    /// A line of a take its statement found short: the take is rolled back.
    private struct Shortage: Error {}

    /// Records the reservation, then takes each line (variant id order) and counts the units sold (product
    /// id order), inside the caller's transaction; throws `Shortage` when a line's stock is short.
    private static func take(_ lines: [(key: Int64, value: Int)], reservation: String, low: InventoryLowThreshold,
                             _ db: PostgresConnection) throws -> InventoryTake {
        let recorded = try db.run("""
            INSERT INTO inventory_reservations (reservation, variant_ids, quantities, taken_at)
            VALUES ($1, $2::bigint[], $3::bigint[], $4) ON CONFLICT (reservation) DO NOTHING
            """, [.text(reservation), .integerArray(lines.map(\.key)), .integerArray(lines.map { Int64($0.value) }),
                  .integer(Date().milliseconds)])
        guard recorded == 1 else { return .short([:]) }
        var sold: [Int64: Int64] = [:]
        for (variantID, quantity) in lines {
            guard let (productID, left) = try db.query("""
                UPDATE variants SET inventory = inventory - $2 WHERE id = $1 AND inventory >= $2 RETURNING product_id, inventory
                """, [.integer(variantID), .integer(Int64(quantity))], row: { (try $0.int(0), Int(try $0.int(1))) }).first else {
                // A variant that does not exist is short only of a positive quantity.
                if quantity > 0 { throw Shortage() }
                continue
            }
            sold[productID, default: 0] += Int64(quantity)
            if let event = low.event(variantID: variantID, productID: productID, before: left + quantity, after: left, at: Date()) {
                try PostgresOutbox.append(event, db)
            }
        }
        for (productID, units) in sold.sorted(by: { $0.key < $1.key }) {
            try db.run("UPDATE products SET sales_count = sales_count + $2 WHERE id = $1", [.integer(productID), .integer(units)])
        }
        try PostgresChangeChannel.notify(changeDomain, on: db)
        return .taken
    }

    public func returnInventory(reservation: String) async throws -> Bool {
        guard PostgresValue.isStorable(reservation) else { return false }
        return try await changing { db in
            try db.transaction {
                guard let (variantIDs, quantities) = try db.query("""
                    DELETE FROM inventory_reservations WHERE reservation = $1 RETURNING variant_ids, quantities
                    """, [.text(reservation)], row: { (try $0.integers(0), try $0.integers(1)) }).first else { return false }
                var unsold: [Int64: Int64] = [:]
                for (variantID, quantity) in zip(variantIDs, quantities).sorted(by: { $0.0 < $1.0 }) {
                    // A variant deleted since gives nothing back.
                    guard let productID = try db.query("UPDATE variants SET inventory = inventory + $2 WHERE id = $1 RETURNING product_id",
                                                       [.integer(variantID), .integer(quantity)], row: { try $0.int(0) }).first
                    else { continue }
                    unsold[productID, default: 0] += quantity
                }
                for (productID, units) in unsold.sorted(by: { $0.key < $1.key }) {
                    try db.run("UPDATE products SET sales_count = sales_count - $2 WHERE id = $1", [.integer(productID), .integer(units)])
                }
                try PostgresChangeChannel.notify(Self.changeDomain, on: db)
                return true
            }
        }
    }

    public func settleInventory(reservation: String) async throws {
        guard PostgresValue.isStorable(reservation) else { return }
        try await pool.withConnection { db in
            _ = try db.run("DELETE FROM inventory_reservations WHERE reservation = $1", [.text(reservation)])
        }
    }

    public func inventoryReservations(before time: Date) async throws -> [String] {
        try await pool.withConnection { db in
            try db.query("SELECT reservation FROM inventory_reservations WHERE taken_at < $1 ORDER BY reservation",
                         [.integer(time.milliseconds)]) { try $0.text(0) }
        }
    }
}
