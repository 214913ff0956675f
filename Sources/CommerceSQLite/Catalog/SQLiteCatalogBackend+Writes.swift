import Commerce
import Foundation

extension SQLiteCatalogBackend {
    public func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) throws -> T {
        try db.transaction {
            try body(SQLiteCatalogTransaction(writer: writer, encoder: encoder))
        }
    }

    /// Recomputes the product's `available` flag from its variants' stock.
    private func refreshAvailability(productID: Int64) throws {
        try db.run("UPDATE products SET available = EXISTS (SELECT 1 FROM variants WHERE product_id = ?1 AND inventory > 0) WHERE id = ?1",
                   [.integer(productID)])
    }

    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int) throws -> InventoryAdjustment {
        let outcome: InventoryAdjustment? = try db.transaction {
            guard let (productID, stock) = try db.query("SELECT product_id, inventory FROM variants WHERE id = ?",
                                                        [.integer(variantID)], row: { ($0.int(0), Int($0.int(1))) }).first
            else { return .notFound }
            switch CatalogRules.stockChange(current: stock, delta: delta, maximum: maximum) {
            case .refused(let refusal):
                return refusal
            case .allowed(let changed):
                // The stock was read under this transaction's write lock: no other write came between.
                try db.run("UPDATE variants SET inventory = ? WHERE id = ?", [.integer(Int64(changed)), .integer(variantID)])
                try db.run("UPDATE products SET updated_at = ? WHERE id = ?", [.integer(Date().milliseconds), .integer(productID)])
                try refreshAvailability(productID: productID)
                return nil
            }
        }
        if let outcome { return outcome }
        guard let variant = try writer.variants(ids: [variantID])[variantID] else { return .notFound }
        return .adjusted(variant)
    }

    public func takeInventory(_ quantities: [Int64: Int], reservation: String) throws -> InventoryTake {
        try db.transaction {
            guard try db.query("SELECT 1 FROM inventory_reservations WHERE reservation = ?", [.text(reservation)], row: { _ in true }).isEmpty
            else { return .short([:]) }
            let rows = try db.query(
                "SELECT id, product_id, inventory FROM variants WHERE id IN (SELECT value FROM json_each(?))",
                [.text(SQLiteJSONArray.integers(quantities.keys))], row: { (id: $0.int(0), productID: $0.int(1), stock: Int($0.int(2))) })
            var stock: [Int64: Int] = [:], productIDs: [Int64: Int64] = [:]
            for row in rows { (stock[row.id], productIDs[row.id]) = (row.stock, row.productID) }
            let short = CatalogRules.shortfall(quantities, stock: stock)
            guard short.isEmpty else { return .short(short) }
            // A variant that does not exist (only possible for a quantity of 0) changes nothing.
            for (variantID, quantity) in quantities.sorted(by: { $0.key < $1.key }) {
                guard let productID = productIDs[variantID] else { continue }
                try db.run("UPDATE variants SET inventory = inventory - ? WHERE id = ?", [.integer(Int64(quantity)), .integer(variantID)])
                if let before = stock[variantID], let event = inventoryLowThreshold.event(
                    variantID: variantID, productID: productID, before: before, after: before - quantity, at: Date()) {
                    try SQLiteOutbox.append(event, db)
                }
                try db.run("UPDATE products SET sales_count = sales_count + ? WHERE id = ?", [.integer(Int64(quantity)), .integer(productID)])
            }
            // Once per product, after all of its variants' stock changed.
            for productID in Set(productIDs.values).sorted() { try refreshAvailability(productID: productID) }
            let recorded = quantities.map { [$0.key, Int64($0.value)] }.sorted { $0[0] < $1[0] }
            try db.run("INSERT INTO inventory_reservations (reservation, quantities, taken_at) VALUES (?, ?, ?)",
                       [.text(reservation), .text(String(decoding: try SQLiteJSON.encoder().encode(recorded), as: UTF8.self)), .integer(Date().milliseconds)])
            return .taken
        }
    }

    public func returnInventory(reservation: String) throws -> Bool {
        try db.transaction {
            guard let text = try db.query("SELECT quantities FROM inventory_reservations WHERE reservation = ?",
                                          [.text(reservation)], row: { $0.text(0) }).first else { return false }
            try db.run("DELETE FROM inventory_reservations WHERE reservation = ?", [.text(reservation)])
            let pairs = (try? JSONDecoder().decode([[Int64]].self, from: Data(text.utf8))) ?? []
            for pair in pairs where pair.count == 2 {
                let (variantID, quantity) = (pair[0], pair[1])
                try db.run("UPDATE variants SET inventory = inventory + ? WHERE id = ?", [.integer(quantity), .integer(variantID)])
                try db.run("UPDATE products SET sales_count = sales_count - ?, available = 1 WHERE id = (SELECT product_id FROM variants WHERE id = ?)",
                           [.integer(quantity), .integer(variantID)])
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
