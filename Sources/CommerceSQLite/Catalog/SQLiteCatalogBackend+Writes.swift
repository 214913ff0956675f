import Commerce
import Foundation

extension SQLiteCatalogBackend {
    public func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) throws -> T {
        try db.transaction {
            try body(SQLiteCatalogTransaction(writer: writer, encoder: encoder))
        }
    }

    public func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) throws -> InventoryAdjustment {
        let outcome: InventoryAdjustment? = try db.transaction {
            guard let productID = try db.query("SELECT product_id FROM variants WHERE id = ?",
                                               [.integer(variantID)], row: { $0.int(0) }).first
            else { return .notFound }
            let stock = try db.query("SELECT quantity FROM stock_levels WHERE variant_id = ? AND location = ?",
                                     [.integer(variantID), .text(location)], row: { Int($0.int(0)) }).first ?? 0
            switch CatalogRules.stockChange(current: stock, delta: delta, maximum: maximum) {
            case .refused(let refusal):
                return refusal
            case .allowed(let changed):
                // The stock was read under this transaction's write lock: no other write came between.
                try db.run("""
                    INSERT INTO stock_levels (variant_id, location, quantity) VALUES (?, ?, ?)
                    ON CONFLICT (variant_id, location) DO UPDATE SET quantity = excluded.quantity
                    """, [.integer(variantID), .text(location), .integer(Int64(changed))])
                try db.run("UPDATE products SET updated_at = ? WHERE id = ?", [.integer(Date().milliseconds), .integer(productID)])
                return nil
            }
        }
        if let outcome { return outcome }
        guard let variant = try writer.variants(ids: [variantID], in: nil, storedLocation: location)[variantID] else { return .notFound }
        return .adjusted(variant)
    }

    public func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) throws -> InventoryTake {
        try db.transaction {
            guard try db.query("SELECT 1 FROM inventory_reservations WHERE reservation = ?", [.text(reservation)], row: { _ in true }).isEmpty
            else { return .short([:]) }
            let ids = SQLiteValue.text(SQLiteJSONArray.integers(quantities.keys))
            var productIDs: [Int64: Int64] = [:]
            for (id, productID) in try db.query("SELECT id, product_id FROM variants WHERE id IN (SELECT value FROM json_each(?))",
                                                [ids], row: { ($0.int(0), $0.int(1)) }) { productIDs[id] = productID }
            var levels: [Int64: [String: Int]] = [:]
            for (id, location, units) in try db.query("""
                SELECT variant_id, location, quantity FROM stock_levels
                WHERE variant_id IN (SELECT value FROM json_each(?)) AND location IN (SELECT value FROM json_each(?))
                """, [ids, .text(SQLiteJSONArray.strings(locations))], row: { ($0.int(0), $0.text(1), Int($0.int(2))) }) {
                levels[id, default: [:]][location] = units
            }
            var stock: [Int64: Int] = [:]
            for id in productIDs.keys { stock[id] = levels[id]?.values.reduce(0, +) ?? 0 }
            let short = CatalogRules.shortfall(quantities, stock: stock)
            guard short.isEmpty else { return .short(short) }
            var taken: [TakenStock] = []
            // A variant that does not exist (only possible for a quantity of 0) changes nothing.
            for (variantID, quantity) in quantities.sorted(by: { $0.key < $1.key }) {
                guard let productID = productIDs[variantID], let before = stock[variantID],
                      let plan = CatalogRules.takePlan(quantity, from: locations, stock: levels[variantID] ?? [:]) else { continue }
                for step in plan {
                    try db.run("UPDATE stock_levels SET quantity = quantity - ? WHERE variant_id = ? AND location = ?",
                               [.integer(Int64(step.quantity)), .integer(variantID), .text(step.location)])
                    taken.append(TakenStock(variantID: variantID, location: step.location, quantity: step.quantity))
                }
                if let event = inventoryLowThreshold.event(
                    variantID: variantID, productID: productID, before: before, after: before - quantity, at: Date()) {
                    try SQLiteOutbox.append(event, db)
                }
                try db.run("UPDATE products SET sales_count = sales_count + ? WHERE id = ?", [.integer(Int64(quantity)), .integer(productID)])
            }
            try db.run("INSERT INTO inventory_reservations (reservation, quantities, taken_at) VALUES (?, ?, ?)",
                       [.text(reservation), .text(String(decoding: try SQLiteJSON.encoder().encode(taken), as: UTF8.self)), .integer(Date().milliseconds)])
            return .taken
        }
    }

    public func returnInventory(reservation: String) throws -> Bool {
        try db.transaction {
            guard let text = try db.query("SELECT quantities FROM inventory_reservations WHERE reservation = ?",
                                          [.text(reservation)], row: { $0.text(0) }).first else { return false }
            try db.run("DELETE FROM inventory_reservations WHERE reservation = ?", [.text(reservation)])
            for record in TakenStock.decode(text) ?? [] {
                try db.run("""
                    INSERT INTO stock_levels (variant_id, location, quantity)
                    SELECT id, ?, ? FROM variants WHERE id = ?
                    ON CONFLICT (variant_id, location) DO UPDATE SET quantity = quantity + excluded.quantity
                    """, [.text(record.location), .integer(Int64(record.quantity)), .integer(record.variantID)])
                try db.run("UPDATE products SET sales_count = sales_count - ? WHERE id = (SELECT product_id FROM variants WHERE id = ?)",
                           [.integer(Int64(record.quantity)), .integer(record.variantID)])
            }
            return true
        }
    }

    public func settleInventory(reservation: String) throws {
        try db.run("DELETE FROM inventory_reservations WHERE reservation = ?", [.text(reservation)])
    }

    public func inventoryReservations(before time: Date) throws -> [String] {
        try db.query("SELECT reservation FROM inventory_reservations WHERE taken_at < ? ORDER BY reservation",
                     [.integer(time.milliseconds)], row: { $0.text(0) })
    }
}
