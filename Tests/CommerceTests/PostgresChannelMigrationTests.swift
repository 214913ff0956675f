import Foundation
import Testing
@testable import Commerce
@testable import CommercePostgres

/// A PostgreSQL catalog written before channels (schema version 1) opens with its stock at the
/// default location.
@Suite("PostgreSQL: a catalog from before channels",
       .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
struct PostgresChannelMigrationTests {
    @Test("version 1 to 2: the variants' stock moves to the default location; an old reservation is given back there")
    func migrates() async throws {
        try await PostgresTestDatabase.withSchema { url in
            let pool = PostgresPool(connectionString: url, size: 1, label: "concord.test.channels")
            let old = PostgresMigrator(domain: "catalog", migrations: Array(PostgresCatalogSchema.migrator.migrations.prefix(1)))
            let version = try await pool.withConnection { db -> Int in
                let version = try old.migrate(db)
                try db.execute("""
                    INSERT INTO products (id, handle, title, title_sort, description, description_html, vendor, vendor_key,
                        product_type, product_type_key, tags, tag_keys, options, currency, min_price, created_at, updated_at,
                        title_tokens, tag_tokens, description_tokens)
                    VALUES (1, 'mug', 'Mug', 'mug', '', '', 'V', 'v', 'Mugs', 'mugs', '[]', '{}', '[]', 'EUR', 1200, 0, 0,
                        '{mug}', '{}', '{}');
                    INSERT INTO variants (id, product_id, position, title, sku, price, compare_at_price, inventory, options)
                    VALUES (1, 1, 0, 'Default', NULL, 1200, 1500, 7, '[]'), (2, 1, 1, 'Large', NULL, 1400, NULL, 0, '[]');
                    INSERT INTO inventory_reservations (reservation, variant_ids, quantities, taken_at) VALUES ('cart-1', '{1}', '{3}', 0);
                    """)
                return version
            }
            #expect(version == 1)
            let catalog = try await PostgresTestDatabase.offPool { try PostgresCatalogBackend(url: url, poolSize: 1) }
            let product = try #require(try await catalog.products(ids: [1], in: .standard)[1])
            #expect(product.variants.map(\.quantityAvailable) == [7, 0])
            #expect(product.variants.map(\.price.minorUnits) == [1200, 1400] && product.variants[0].compareAtPrice?.minorUnits == 1500)
            #expect(try await catalog.countProducts(ProductFilter(available: true), in: .standard) == 1)
            #expect(try await catalog.returnInventory(reservation: "cart-1"))
            #expect(try await catalog.variants(ids: [1], in: .standard)[1]?.quantityAvailable == 10)
            let uk = CatalogContext(channel: "web-uk", currency: .GBP, stockLocations: ["warehouse"], languages: ["en"])
            #expect(try await catalog.products(ids: [1], in: uk).isEmpty, "a channel of another currency does not sell it")
        }
    }
}
