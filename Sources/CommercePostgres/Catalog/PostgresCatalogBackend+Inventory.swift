import Commerce
import Foundation

/// Stock changes per variant and location. Every change locks the variants' rows first, in variant
/// id order (`SELECT … FOR UPDATE`), then reads and writes their `stock_levels` rows, then their
/// products in product id order (the order a catalog write locks them in too), so two checkouts
/// never deadlock and no other server changes a variant's stock between the read and the write.
/// The arithmetic and its refusals come from `CatalogRules`.
extension PostgresCatalogBackend {
    public func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment {
        guard PostgresValue.isStorable(location) else { return .notFound }
        return try await changing { db in
            try db.transaction {
                guard let productID = try db.query("SELECT product_id FROM variants WHERE id = $1 FOR UPDATE", [.integer(variantID)],
                                                   row: { try $0.int(0) }).first else { return .notFound }
                let stock = try db.query("SELECT quantity FROM stock_levels WHERE variant_id = $1 AND location = $2",
                                         [.integer(variantID), .text(location)], row: { Int(try $0.int(0)) }).first ?? 0
                switch CatalogRules.stockChange(current: stock, delta: delta, maximum: maximum) {
                case .refused(let refusal):
                    return refusal
                case .allowed(let changed):
                    try db.run("""
                        INSERT INTO stock_levels (variant_id, location, quantity) VALUES ($1, $2, $3)
                        ON CONFLICT (variant_id, location) DO UPDATE SET quantity = EXCLUDED.quantity
                        """, [.integer(variantID), .text(location), .integer(Int64(changed))])
                    try db.run("UPDATE products SET updated_at = $2 WHERE id = $1", [.integer(productID), .integer(Date().milliseconds)])
                    guard let variant = try PostgresCatalogReader(db).variants(ids: [variantID], in: nil, storedLocation: location)[variantID]
                    else { return .notFound }
                    if delta != 0 { try PostgresChangeChannel.notify(Self.changeDomain, on: db) }
                    return .adjusted(variant)
                }
            }
        }
    }

    public func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake {
        guard PostgresValue.isStorable(reservation) else {
            throw PostgresError(.client, message: "A reservation holding NUL cannot be recorded.")
        }
        let lines = quantities.sorted { $0.key < $1.key }
        let locations = CatalogRules.uniqued(locations.filter(PostgresValue.isStorable))
        return try await changing { db in
            do {
                return try db.transaction { try Self.take(lines, from: locations, reservation: reservation, low: inventoryLowThreshold, db) }
            } catch let shortage as Shortage {
                return .short(shortage.available)
            }
        }
    }

    /// Lines of a take the stock cannot cover, with the units there: the take is rolled back.
    private struct Shortage: Error {
        var available: [Int64: Int]
    }

    /// Records the reservation, locks the lines' variants, reads their units at `locations`, then
    /// takes each line (variant id order, the first location's units first) and counts the units
    /// sold (product id order), inside the caller's transaction; throws `Shortage` when a line is short.
    private static func take(_ lines: [(key: Int64, value: Int)], from locations: [String], reservation: String,
                             low: InventoryLowThreshold, _ db: PostgresConnection) throws -> InventoryTake {
        let recorded = try db.run("""
            INSERT INTO inventory_reservations (reservation, variant_ids, quantities, taken_at)
            VALUES ($1, $2::bigint[], $3::bigint[], $4) ON CONFLICT (reservation) DO NOTHING
            """, [.text(reservation), .integerArray(lines.map(\.key)), .integerArray(lines.map { Int64($0.value) }),
                  .integer(Date().milliseconds)])
        guard recorded == 1 else { return .short([:]) }
        let ids = PostgresValue.integerArray(lines.map(\.key))
        let productIDs = Dictionary(try db.query("SELECT id, product_id FROM variants WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
                                                 [ids]) { (try $0.int(0), try $0.int(1)) }, uniquingKeysWith: { first, _ in first })
        var levels: [Int64: [String: Int]] = [:]
        for (id, location, units) in try db.query("""
            SELECT variant_id, location, quantity FROM stock_levels WHERE variant_id = ANY($1::bigint[]) AND location = ANY($2::text[])
            """, [ids, .textArray(locations)], row: { (try $0.int(0), try $0.text(1), Int(try $0.int(2))) }) {
            levels[id, default: [:]][location] = units
        }
        var stock: [Int64: Int] = [:]
        for id in productIDs.keys { stock[id] = levels[id]?.values.reduce(0, +) ?? 0 }
        let short = CatalogRules.shortfall(Dictionary(lines, uniquingKeysWith: { first, _ in first }), stock: stock)
        guard short.isEmpty else { throw Shortage(available: short) }
        var sold: [Int64: Int64] = [:], taken: [TakenStock] = []
        for (variantID, quantity) in lines {
            // A variant that does not exist (only possible for a quantity of 0) changes nothing.
            guard let productID = productIDs[variantID], let before = stock[variantID],
                  let plan = CatalogRules.takePlan(quantity, from: locations, stock: levels[variantID] ?? [:]) else { continue }
            for step in plan {
                try db.run("UPDATE stock_levels SET quantity = quantity - $3 WHERE variant_id = $1 AND location = $2",
                           [.integer(variantID), .text(step.location), .integer(Int64(step.quantity))])
                taken.append(TakenStock(variantID: variantID, location: step.location, quantity: step.quantity))
            }
            sold[productID, default: 0] += Int64(quantity)
            if let event = low.event(variantID: variantID, productID: productID, before: before, after: before - quantity, at: Date()) {
                try PostgresOutbox.append(event, db)
            }
        }
        for (productID, units) in sold.sorted(by: { $0.key < $1.key }) {
            try db.run("UPDATE products SET sales_count = sales_count + $2 WHERE id = $1", [.integer(productID), .integer(units)])
        }
        try db.run("UPDATE inventory_reservations SET taken = $2 WHERE reservation = $1",
                   [.text(reservation), .text(try PostgresJSON.encode(taken))])
        try PostgresChangeChannel.notify(changeDomain, on: db)
        return .taken
    }

    public func returnInventory(reservation: String) async throws -> Bool {
        guard PostgresValue.isStorable(reservation) else { return false }
        return try await changing { db in
            try db.transaction {
                guard let (variantIDs, quantities, text) = try db.query("""
                    DELETE FROM inventory_reservations WHERE reservation = $1 RETURNING variant_ids, quantities, taken
                    """, [.text(reservation)], row: { (try $0.integers(0), try $0.integers(1), try $0.optionalText(2)) }).first
                else { return false }
                // A reservation taken before channels came from the default location.
                let records = text.flatMap(TakenStock.decode) ?? zip(variantIDs, quantities).map {
                    TakenStock(variantID: $0.0, location: StockLevel.defaultLocation, quantity: Int(clamping: $0.1))
                }
                let ids = PostgresValue.integerArray(records.map(\.variantID))
                let productIDs = Dictionary(try db.query("SELECT id, product_id FROM variants WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
                                                         [ids]) { (try $0.int(0), try $0.int(1)) }, uniquingKeysWith: { first, _ in first })
                var unsold: [Int64: Int64] = [:]
                for record in records.sorted(by: { ($0.variantID, $0.location) < ($1.variantID, $1.location) }) {
                    // A variant deleted since gives nothing back.
                    guard let productID = productIDs[record.variantID] else { continue }
                    try db.run("""
                        INSERT INTO stock_levels (variant_id, location, quantity) VALUES ($1, $2, $3)
                        ON CONFLICT (variant_id, location) DO UPDATE SET quantity = stock_levels.quantity + EXCLUDED.quantity
                        """, [.integer(record.variantID), .text(record.location), .integer(Int64(record.quantity))])
                    unsold[productID, default: 0] += Int64(record.quantity)
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
