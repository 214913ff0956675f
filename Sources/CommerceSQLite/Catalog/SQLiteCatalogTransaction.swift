import Commerce
import Foundation

/// A write transaction of `SQLiteCatalogBackend`: lookups and saves on the writer connection,
/// inside the `BEGIN IMMEDIATE` transaction `writeCatalog` opened. New ids come from a `SQLiteIDCounter`.
final class SQLiteCatalogTransaction: CatalogTransaction {
    private let writer: SQLiteCatalogReader
    private let encoder: JSONEncoder
    private var db: SQLiteConnection { writer.connection }
    private let ids = SQLiteIDCounter()

    init(writer: SQLiteCatalogReader, encoder: JSONEncoder) {
        self.writer = writer
        self.encoder = encoder
    }

    func products(ids: [Int64]) throws -> [Int64: Product] {
        try writer.products(ids: ids, in: nil)
    }

    func productIDs(handles: [String]) throws -> [String: Int64] {
        try rowIDs(in: "products", handles: handles)
    }

    func existingProductIDs(_ ids: [Int64]) throws -> Set<Int64> {
        Set(try db.query("SELECT id FROM products WHERE id IN (SELECT value FROM json_each(?))",
                         [.text(SQLiteJSONArray.integers(ids))]) { $0.int(0) })
    }

    func collections(ids: [Int64]) throws -> [Int64: Collection] {
        try writer.collections(ids: ids, in: nil)
    }

    func channels() throws -> [Channel] { try writer.channels() }

    func existingVariantIDs(_ ids: [Int64]) throws -> Set<Int64> {
        Set(try db.query("SELECT id FROM variants WHERE id IN (SELECT value FROM json_each(?))",
                         [.text(SQLiteJSONArray.integers(ids))]) { $0.int(0) })
    }

    func existingCollectionIDs(_ ids: [Int64]) throws -> Set<Int64> {
        Set(try db.query("SELECT id FROM collections WHERE id IN (SELECT value FROM json_each(?))",
                         [.text(SQLiteJSONArray.integers(ids))]) { $0.int(0) })
    }

    func collectionIDs(handles: [String]) throws -> [String: Int64] {
        try rowIDs(in: "collections", handles: handles)
    }

    func newProductID() throws -> Int64 { try ids.newID(on: db, in: "products") }
    func newVariantID() throws -> Int64 { try ids.newID(on: db, in: "variants") }
    func newImageID() throws -> Int64 { try ids.newID(on: db, in: "images") }
    func newCollectionID() throws -> Int64 { try ids.newID(on: db, in: "collections") }

    func save(_ product: Product) throws {
        let id = SQLiteValue.integer(product.id)
        try db.run("""
            INSERT INTO products (id, handle, title, title_sort, description, description_html, vendor, vendor_key,
                product_type, product_type_key, tags, options, seo_title, seo_description, currency, min_price,
                created_at, updated_at, sales_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, title = excluded.title,
                title_sort = excluded.title_sort, description = excluded.description,
                description_html = excluded.description_html, vendor = excluded.vendor, vendor_key = excluded.vendor_key,
                product_type = excluded.product_type, product_type_key = excluded.product_type_key, tags = excluded.tags,
                options = excluded.options, seo_title = excluded.seo_title, seo_description = excluded.seo_description,
                currency = excluded.currency, min_price = excluded.min_price, created_at = excluded.created_at,
                updated_at = excluded.updated_at, sales_count = excluded.sales_count
            """, [
                id, .text(product.handle), .text(product.title), .text(product.title.lowercased()), .text(product.description),
                .text(product.descriptionHtml), .text(product.vendor), .text(product.vendor.lowercased()),
                .text(product.productType), .text(product.productType.lowercased()), .text(SQLiteJSONArray.strings(product.tags)),
                .text(json(product.options)), .text(product.seo.title), .text(product.seo.description),
                .text(product.currency.rawValue), .integer(product.minPriceMinorUnits), .integer(product.createdAt.milliseconds),
                .integer(product.updatedAt.milliseconds), .integer(product.salesCount),
            ])
        try db.run("DELETE FROM product_tags WHERE product_id = ?", [id])
        for tag in Set(product.tags.map { $0.lowercased() }) {
            try db.run("INSERT INTO product_tags (tag_key, product_id) VALUES (?, ?)", [.text(tag), id])
        }
        try db.run("DELETE FROM images WHERE product_id = ?", [id])
        for (position, image) in product.images.enumerated() {
            try db.run("INSERT INTO images (id, product_id, position, url, alt_text, width, height) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [.integer(image.id), id, .integer(Int64(position)), .text(image.url), .text(image.altText),
                        .integer(image.width.map(Int64.init)), .integer(image.height.map(Int64.init))])
        }
        try db.run("DELETE FROM variants WHERE product_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
                   [id, .text(SQLiteJSONArray.integers(product.variants.map(\.id)))])
        for variant in product.variants {
            try db.run("""
                INSERT INTO variants (id, product_id, position, title, sku, price, compare_at_price, options, image_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET product_id = excluded.product_id, position = excluded.position,
                    title = excluded.title, sku = excluded.sku, price = excluded.price,
                    compare_at_price = excluded.compare_at_price, options = excluded.options, image_id = excluded.image_id
                """, [.integer(variant.id), id, .integer(Int64(variant.position)), .text(variant.title), .text(variant.sku),
                      .integer(variant.price.minorUnits), .integer(variant.compareAtPrice?.minorUnits),
                      .text(json(variant.selectedOptions)), .integer(variant.image?.id)])
            // A product's stock is the default location's (`StockLevel.defaultLocation`).
            try setStock(StockLevel(variantID: variant.id, location: StockLevel.defaultLocation, quantity: variant.quantityAvailable))
        }
        try SQLiteProductPrices.refresh(products: [product.id], on: db)
        try db.run("DELETE FROM product_search WHERE rowid = ?", [id])
        try db.run("INSERT INTO product_search (rowid, title, description, tags) VALUES (?, ?, ?, ?)",
                   [id, .text(product.title), .text(product.description), .text(product.tags.joined(separator: " "))])
    }

    func save(_ collection: Collection, productIDs: [Int64]) throws {
        let id = SQLiteValue.integer(collection.id)
        try db.run("""
            INSERT INTO collections (id, handle, title, title_sort, description, description_html, image, seo_title,
                seo_description, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, title = excluded.title, title_sort = excluded.title_sort,
                description = excluded.description, description_html = excluded.description_html, image = excluded.image,
                seo_title = excluded.seo_title, seo_description = excluded.seo_description, updated_at = excluded.updated_at
            """, [id, .text(collection.handle), .text(collection.title), .text(collection.title.lowercased()),
                  .text(collection.description), .text(collection.descriptionHtml), .text(collection.image.map { json($0) }),
                  .text(collection.seo.title), .text(collection.seo.description), .integer(collection.updatedAt.milliseconds)])
        try db.run("DELETE FROM collection_products WHERE collection_id = ?", [id])
        for (position, productID) in productIDs.enumerated() {
            try db.run("INSERT INTO collection_products (collection_id, product_id, position) VALUES (?, ?, ?)",
                       [id, .integer(productID), .integer(Int64(position))])
        }
        try db.run("DELETE FROM collection_search WHERE rowid = ?", [id])
        try db.run("INSERT INTO collection_search (rowid, title, description) VALUES (?, ?, ?)",
                   [id, .text(collection.title), .text(collection.description)])
    }

    func save(_ channel: Channel) throws {
        try db.run("""
            INSERT INTO channels (code, position, name, currency, languages, countries, stock_locations)
            VALUES (?1, (SELECT COALESCE(MAX(position), 0) + 1 FROM channels), ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, currency = excluded.currency, languages = excluded.languages,
                countries = excluded.countries, stock_locations = excluded.stock_locations
            """, [.text(channel.code), .text(channel.name), .text(channel.currency.rawValue),
                  .text(SQLiteJSONArray.strings(channel.languages)), .text(SQLiteJSONArray.strings(channel.countries)),
                  .text(SQLiteJSONArray.strings(channel.stockLocations))])
        try SQLiteProductPrices.refresh(channel: channel.code, on: db)
    }

    func save(_ data: ChannelCatalogData) throws {
        for price in data.prices {
            try db.run("""
                INSERT INTO variant_prices (variant_id, channel, price, compare_at_price) VALUES (?, ?, ?, ?)
                ON CONFLICT (variant_id, channel) DO UPDATE SET price = excluded.price, compare_at_price = excluded.compare_at_price
                """, [.integer(price.variantID), .text(price.channel), .integer(price.price.minorUnits),
                      .integer(price.compareAtPrice?.minorUnits)])
        }
        if !data.prices.isEmpty {
            try SQLiteProductPrices.refresh(products: try db.query(
                "SELECT DISTINCT product_id FROM variants WHERE id IN (SELECT value FROM json_each(?))",
                [.text(SQLiteJSONArray.integers(data.prices.map(\.variantID)))]) { $0.int(0) }, on: db)
        }
        for level in data.stock { try setStock(level) }
        for listing in data.listings {
            try db.run("""
                INSERT INTO product_listings (product_id, channel, published, searchable) VALUES (?, ?, ?, ?)
                ON CONFLICT (product_id, channel) DO UPDATE SET published = excluded.published, searchable = excluded.searchable
                """, [.integer(listing.productID), .text(listing.channel), .integer(listing.published ? 1 : 0),
                      .integer(listing.searchable ? 1 : 0)])
        }
        for text in data.productTranslations {
            try db.run("""
                INSERT OR REPLACE INTO product_translations (product_id, language, title, title_sort, description,
                    description_html, seo_title, seo_description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(text.productID), .text(text.language), .text(text.title), .text(text.title?.lowercased()),
                      .text(text.description),
                      .text(text.descriptionHtml), .text(text.seoTitle), .text(text.seoDescription)])
        }
        for text in data.collectionTranslations {
            try db.run("""
                INSERT OR REPLACE INTO collection_translations (collection_id, language, title, title_sort, description,
                    description_html) VALUES (?, ?, ?, ?, ?, ?)
                """, [.integer(text.collectionID), .text(text.language), .text(text.title), .text(text.title?.lowercased()),
                      .text(text.description),
                      .text(text.descriptionHtml)])
        }
    }

    /// Sets one variant's units at one location.
    private func setStock(_ level: StockLevel) throws {
        try db.run("""
            INSERT INTO stock_levels (variant_id, location, quantity) VALUES (?, ?, ?)
            ON CONFLICT (variant_id, location) DO UPDATE SET quantity = excluded.quantity
            """, [.integer(level.variantID), .text(level.location), .integer(Int64(level.quantity))])
    }

    /// The ids of the rows of `table` holding these handles.
    private func rowIDs(in table: String, handles: [String]) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for (handle, id) in try db.query("SELECT handle, id FROM \(table) WHERE handle IN (SELECT value FROM json_each(?))",
                                         [.text(SQLiteJSONArray.strings(handles))], row: { ($0.text(0), $0.int(1)) }) {
            result[handle] = id
        }
        return result
    }

    private func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "[]"
    }

    func appendEvent(_ event: WebhookEvent) throws {
        try SQLiteOutbox.append(event, db)
    }
}
