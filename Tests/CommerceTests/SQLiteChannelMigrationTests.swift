import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite

/// A catalog written before channels (schema version 3) opens with its stock at the default location.
@Suite("SQLite: a catalog from before channels")
struct SQLiteChannelMigrationTests {
    @Test("version 3 to 4: the variants' stock moves to the default location, prices and products read as before")
    func migrates() async throws {
        let path = temporaryDatabasePath()
        do {
            let db = try SQLiteConnection(path: path)
            let old = SQLiteMigrator(domain: "catalog", migrations: Array(SQLiteCatalogSchema.migrator.migrations.prefix(3)))
            #expect(try old.migrate(db) == 3)
            try db.execute("""
                INSERT INTO products (id, handle, title, title_sort, description, description_html, vendor, vendor_key,
                    product_type, product_type_key, tags, options, currency, created_at, updated_at, min_price, available)
                VALUES (1, 'mug', 'Mug', 'mug', '', '', 'V', 'v', 'Mugs', 'mugs', '[]', '[]', 'EUR', 0, 0, 1200, 1);
                INSERT INTO variants (id, product_id, position, title, sku, price, compare_at_price, inventory, options)
                VALUES (1, 1, 0, 'Default', NULL, 1200, 1500, 7, '[]'), (2, 1, 1, 'Large', NULL, 1400, NULL, 0, '[]');
                INSERT INTO inventory_reservations (reservation, quantities, taken_at) VALUES ('cart-1', '[[1,3]]', 0);
                """)
        }
        let catalog = try SQLiteCatalogBackend(path: path)
        let product = try #require(try await catalog.products(ids: [1], in: .standard)[1])
        #expect(product.variants.map(\.quantityAvailable) == [7, 0])
        #expect(product.variants.map(\.price.minorUnits) == [1200, 1400] && product.variants[0].compareAtPrice?.minorUnits == 1500)
        #expect(try await catalog.countProducts(ProductFilter(available: true), in: .standard) == 1)
        // The reservation recorded before channels gives its units back to the default location.
        #expect(try await catalog.returnInventory(reservation: "cart-1"))
        #expect(try await catalog.variants(ids: [1], in: .standard)[1]?.quantityAvailable == 10)
        let uk = CatalogContext(channel: "web-uk", currency: .GBP, stockLocations: ["warehouse"], languages: ["en"])
        #expect(try await catalog.products(ids: [1], in: uk).isEmpty, "a channel of another currency does not sell it")
    }
}
