import Commerce
import Foundation

extension SQLiteCatalogBackend {
    public func upsertProducts(_ drafts: [ProductDraft]) throws -> [Product] {
        let now = Date().milliseconds
        let ids = try db.transaction {
            // A handle named by two drafts of one batch is taken by the first (the second would overwrite it).
            var claimed = Set<String>()
            return try drafts.map { draft in
                guard claimed.insert(draft.handle).inserted else { throw CatalogWriteError.handleTaken(draft.handle) }
                return try write(draft, now: now)
            }
        }
        let products = try writer.products(ids: ids)
        return ids.compactMap { products[$0] }
    }

    /// Writes one product inside the caller's transaction; returns its id.
    private func write(_ draft: ProductDraft, now: Int64) throws -> Int64 {
        let holder = try db.query("SELECT id FROM products WHERE handle = ?", [.text(draft.handle)]) { $0.int(0) }.first
        if let id = draft.id {
            guard try db.query("SELECT 1 FROM products WHERE id = ?", [.integer(id)], row: { _ in true }).first != nil else {
                throw CatalogWriteError.notFound(id)
            }
        }
        let existingID = draft.id ?? holder
        if let holder, holder != existingID { throw CatalogWriteError.handleTaken(draft.handle) }
        let currency = draft.variants.first?.price.currency ?? .EUR
        let minPrice = draft.variants.map(\.price.minorUnits).min() ?? 0
        let fields: [SQLiteValue] = [
            .text(draft.handle), .text(draft.title), .text(draft.title.lowercased()), .text(draft.description),
            .text(draft.descriptionHtml), .text(draft.vendor), .text(draft.vendor.lowercased()), .text(draft.productType),
            .text(draft.productType.lowercased()), .text(SQLiteJSONArray.strings(draft.tags)), .text(json(draft.options)),
            .text(draft.seo.title), .text(draft.seo.description), .text(currency.rawValue), .integer(minPrice),
        ]
        let id: Int64
        if let existingID {
            id = existingID
            try db.run("""
                UPDATE products SET handle = ?, title = ?, title_sort = ?, description = ?, description_html = ?,
                    vendor = ?, vendor_key = ?, product_type = ?, product_type_key = ?, tags = ?, options = ?,
                    seo_title = ?, seo_description = ?, currency = ?, min_price = ?, updated_at = ?
                WHERE id = ?
                """, fields + [.integer(now), .integer(id)])
        } else {
            let created = draft.createdAt?.milliseconds ?? now
            try db.run("""
                INSERT INTO products (handle, title, title_sort, description, description_html, vendor, vendor_key,
                    product_type, product_type_key, tags, options, seo_title, seo_description, currency, min_price,
                    created_at, updated_at, available)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, fields + [.integer(created), .integer(max(now, created))])
            id = db.lastInsertRowID
        }
        try db.run("DELETE FROM product_tags WHERE product_id = ?", [.integer(id)])
        for tag in Set(draft.tags.map { $0.lowercased() }) {
            try db.run("INSERT INTO product_tags (tag_key, product_id) VALUES (?, ?)", [.text(tag), .integer(id)])
        }
        try db.run("DELETE FROM images WHERE product_id = ?", [.integer(id)])
        var imageIDs: [Int64] = []
        for (position, image) in draft.images.enumerated() {
            try db.run("INSERT INTO images (product_id, position, url, alt_text, width, height) VALUES (?, ?, ?, ?, ?, ?)",
                       [.integer(id), .integer(Int64(position)), .text(image.url), .text(image.altText),
                        .integer(image.width.map(Int64.init)), .integer(image.height.map(Int64.init))])
            imageIDs.append(db.lastInsertRowID)
        }
        try writeVariants(draft.variants, productID: id, imageIDs: imageIDs)
        try db.run("DELETE FROM product_search WHERE rowid = ?", [.integer(id)])
        try db.run("INSERT INTO product_search (rowid, title, description, tags) VALUES (?, ?, ?, ?)",
                   [.integer(id), .text(draft.title), .text(draft.description), .text(draft.tags.joined(separator: " "))])
        try refreshAvailability(productID: id)
        return id
    }

    private func writeVariants(_ drafts: [VariantDraft], productID: Int64, imageIDs: [Int64]) throws {
        let existing = Set(try db.query("SELECT id FROM variants WHERE product_id = ?", [.integer(productID)]) { $0.int(0) })
        let kept = Set(drafts.compactMap(\.id))
        for id in kept where !existing.contains(id) { throw CatalogWriteError.variantNotFound(id) }
        for id in existing.subtracting(kept) { try db.run("DELETE FROM variants WHERE id = ?", [.integer(id)]) }
        for (position, variant) in drafts.enumerated() {
            let imageID = variant.imageIndex.flatMap { imageIDs.indices.contains($0) ? imageIDs[$0] : nil }
            let fields: [SQLiteValue] = [
                .integer(Int64(position)), .text(variant.resolvedTitle), .text(variant.sku), .integer(variant.price.minorUnits),
                .integer(variant.compareAtPrice?.minorUnits), .text(json(variant.selectedOptions)), .integer(imageID),
            ]
            if let id = variant.id {
                try db.run("""
                    UPDATE variants SET position = ?, title = ?, sku = ?, price = ?, compare_at_price = ?, options = ?,
                        image_id = ?, inventory = COALESCE(?, inventory)
                    WHERE id = ?
                    """, fields + [.integer(variant.inventoryQuantity.map(Int64.init)), .integer(id)])
            } else {
                try db.run("""
                    INSERT INTO variants (position, title, sku, price, compare_at_price, options, image_id, inventory, product_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, fields + [.integer(Int64(variant.inventoryQuantity ?? 0)), .integer(productID)])
            }
        }
    }

    /// Recomputes the product's `available` flag from its variants' stock.
    private func refreshAvailability(productID: Int64) throws {
        try db.run("UPDATE products SET available = EXISTS (SELECT 1 FROM variants WHERE product_id = ?1 AND inventory > 0) WHERE id = ?1",
                   [.integer(productID)])
    }

    public func upsertCollections(_ drafts: [CollectionDraft]) throws -> [Collection] {
        let now = Date().milliseconds
        let ids = try db.transaction {
            try drafts.map { draft -> Int64 in
                let holder = try db.query("SELECT id FROM collections WHERE handle = ?", [.text(draft.handle)]) { $0.int(0) }.first
                if let id = draft.id, try db.query("SELECT 1 FROM collections WHERE id = ?", [.integer(id)], row: { _ in true }).isEmpty {
                    throw CatalogWriteError.notFound(id)
                }
                let existingID = draft.id ?? holder
                if let holder, holder != existingID { throw CatalogWriteError.handleTaken(draft.handle) }
                let fields: [SQLiteValue] = [
                    .text(draft.handle), .text(draft.title), .text(draft.title.lowercased()), .text(draft.description),
                    .text(draft.descriptionHtml), .text(draft.image.map { json($0) }), .text(draft.seo.title),
                    .text(draft.seo.description), .integer(now),
                ]
                let id: Int64
                if let existingID {
                    id = existingID
                    try db.run("""
                        UPDATE collections SET handle = ?, title = ?, title_sort = ?, description = ?, description_html = ?,
                            image = ?, seo_title = ?, seo_description = ?, updated_at = ? WHERE id = ?
                        """, fields + [.integer(id)])
                } else {
                    try db.run("""
                        INSERT INTO collections (handle, title, title_sort, description, description_html, image, seo_title,
                            seo_description, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, fields)
                    id = db.lastInsertRowID
                }
                try db.run("DELETE FROM collection_products WHERE collection_id = ?", [.integer(id)])
                var seen = Set<Int64>()
                for productID in draft.productIDs where seen.insert(productID).inserted {
                    guard try !db.query("SELECT 1 FROM products WHERE id = ?", [.integer(productID)], row: { _ in true }).isEmpty else {
                        throw CatalogWriteError.notFound(productID)
                    }
                    try db.run("INSERT INTO collection_products (collection_id, product_id, position) VALUES (?, ?, ?)",
                               [.integer(id), .integer(productID), .integer(Int64(seen.count - 1))])
                }
                try db.run("DELETE FROM collection_search WHERE rowid = ?", [.integer(id)])
                try db.run("INSERT INTO collection_search (rowid, title, description) VALUES (?, ?, ?)",
                           [.integer(id), .text(draft.title), .text(draft.description)])
                return id
            }
        }
        let collections = try writer.collections(ids: ids)
        return ids.compactMap { collections[$0] }
    }

    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int) throws -> InventoryAdjustment {
        let outcome: InventoryAdjustment? = try db.transaction {
            guard let (productID, stock) = try db.query("SELECT product_id, inventory FROM variants WHERE id = ?",
                                                        [.integer(variantID)], row: { ($0.int(0), Int($0.int(1))) }).first
            else { return .notFound }
            guard stock + delta >= 0 else { return .insufficient(available: stock) }
            if delta > 0, stock > maximum - delta { return .overMaximum(available: stock) }
            try db.run("UPDATE variants SET inventory = inventory + ? WHERE id = ?", [.integer(Int64(delta)), .integer(variantID)])
            try db.run("UPDATE products SET updated_at = ? WHERE id = ?", [.integer(Date().milliseconds), .integer(productID)])
            try refreshAvailability(productID: productID)
            return nil
        }
        if let outcome { return outcome }
        guard let variant = try writer.variants(ids: [variantID])[variantID] else { return .notFound }
        return .adjusted(variant)
    }

    public func takeInventory(_ quantities: [Int64: Int], reservation: String) throws -> InventoryTake {
        try db.transaction {
            let rows = try db.query(
                "SELECT id, product_id, inventory FROM variants WHERE id IN (SELECT value FROM json_each(?))",
                [.text(SQLiteJSONArray.integers(quantities.keys))], row: { (id: $0.int(0), productID: $0.int(1), stock: Int($0.int(2))) })
            var stock: [Int64: Int] = [:], productIDs: [Int64: Int64] = [:]
            for row in rows { (stock[row.id], productIDs[row.id]) = (row.stock, row.productID) }
            var short: [Int64: Int] = [:]
            for (variantID, quantity) in quantities where (stock[variantID] ?? 0) < quantity {
                short[variantID] = stock[variantID] ?? 0
            }
            guard short.isEmpty else { return .short(short) }
            // A variant that does not exist (only possible for a quantity of 0) changes nothing.
            for (variantID, quantity) in quantities.sorted(by: { $0.key < $1.key }) {
                guard let productID = productIDs[variantID] else { continue }
                try db.run("UPDATE variants SET inventory = inventory - ? WHERE id = ?", [.integer(Int64(quantity)), .integer(variantID)])
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
