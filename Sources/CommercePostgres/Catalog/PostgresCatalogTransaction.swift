import Commerce
import Foundation

/// A write transaction of `PostgresCatalogBackend`: lookups and saves on one connection, inside the
/// transaction `writeCatalog` opened (which holds the catalog's write lock). Its product lookups lock
/// the rows they read, so stock and sales they return stay true until it commits. New ids come from
/// the catalog's sequences.
final class PostgresCatalogTransaction: CatalogTransaction {
    private let reader: PostgresCatalogReader
    private var db: PostgresConnection { reader.db }

    init(_ db: PostgresConnection) {
        reader = PostgresCatalogReader(db, locksRows: true)
    }

    func products(ids: [Int64]) throws -> [Int64: Product] {
        try reader.products(ids: ids, in: nil)
    }

    func productIDs(handles: [String]) throws -> [String: Int64] {
        try rowIDs(in: "products", handles: handles)
    }

    func existingProductIDs(_ ids: [Int64]) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM products WHERE id = ANY($1::bigint[])", [.integerArray(ids)]) { try $0.int(0) })
    }

    func collections(ids: [Int64]) throws -> [Int64: Collection] {
        try reader.collections(ids: ids, in: nil)
    }

    func channels() throws -> [Channel] { try reader.channels() }

    func existingVariantIDs(_ ids: [Int64]) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM variants WHERE id = ANY($1::bigint[])", [.integerArray(ids)]) { try $0.int(0) })
    }

    func existingCollectionIDs(_ ids: [Int64]) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM collections WHERE id = ANY($1::bigint[])", [.integerArray(ids)]) { try $0.int(0) })
    }

    func collectionIDs(handles: [String]) throws -> [String: Int64] {
        try rowIDs(in: "collections", handles: handles)
    }

    func newProductID() throws -> Int64 { try db.nextValue(of: "product_ids") }
    func newVariantID() throws -> Int64 { try db.nextValue(of: "variant_ids") }
    func newImageID() throws -> Int64 { try db.nextValue(of: "image_ids") }
    func newCollectionID() throws -> Int64 { try db.nextValue(of: "collection_ids") }

    func save(_ product: Product) throws {
        let id = PostgresValue.integer(product.id)
        try db.run("""
            INSERT INTO products (id, handle, title, title_sort, description, description_html, vendor, vendor_key,
                product_type, product_type_key, tags, tag_keys, options, seo_title, seo_description, currency,
                created_at, updated_at, sales_count, title_tokens, tag_tokens, description_tokens)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13, $14, $15, $16, $17, $18, $19,
                $20::text[], $21::text[], $22::text[])
            ON CONFLICT (id) DO UPDATE SET handle = EXCLUDED.handle, title = EXCLUDED.title,
                title_sort = EXCLUDED.title_sort, description = EXCLUDED.description,
                description_html = EXCLUDED.description_html, vendor = EXCLUDED.vendor, vendor_key = EXCLUDED.vendor_key,
                product_type = EXCLUDED.product_type, product_type_key = EXCLUDED.product_type_key, tags = EXCLUDED.tags,
                tag_keys = EXCLUDED.tag_keys, options = EXCLUDED.options, seo_title = EXCLUDED.seo_title,
                seo_description = EXCLUDED.seo_description, currency = EXCLUDED.currency,
                created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, sales_count = EXCLUDED.sales_count,
                title_tokens = EXCLUDED.title_tokens, tag_tokens = EXCLUDED.tag_tokens,
                description_tokens = EXCLUDED.description_tokens
            """, [
                id, .text(product.handle), .text(product.title), .text(product.title.lowercased()), .text(product.description),
                .text(product.descriptionHtml), .text(product.vendor), .text(product.vendor.lowercased()),
                .text(product.productType), .text(product.productType.lowercased()), .text(try PostgresJSON.encode(product.tags)),
                .textArray(Set(product.tags.map { $0.lowercased() }).sorted()), .text(try PostgresJSON.encode(product.options)),
                .text(product.seo.title), .text(product.seo.description), .text(product.currency.rawValue),
                .integer(product.createdAt.milliseconds),
                .integer(product.updatedAt.milliseconds), .integer(product.salesCount),
                PostgresSearchTokens.of(product.title), PostgresSearchTokens.of(tags: product.tags),
                PostgresSearchTokens.of(product.description),
            ])
        try db.run("DELETE FROM images WHERE product_id = $1", [id])
        if !product.images.isEmpty {
            let images = product.images
            try db.run("""
                INSERT INTO images (id, product_id, position, url, alt_text, width, height)
                SELECT i.id, $1, i.position - 1, i.url, i.alt_text, i.width, i.height
                FROM unnest($2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::bigint[])
                    WITH ORDINALITY AS i (id, url, alt_text, width, height, position)
                """, [id, .nullableIntegerArray(images.map(\.id)), .textArray(images.map(\.url)),
                      .nullableTextArray(images.map(\.altText)), .nullableIntegerArray(images.map { $0.width.map(Int64.init) }),
                      .nullableIntegerArray(images.map { $0.height.map(Int64.init) })])
        }
        let variants = product.variants
        try db.run("DELETE FROM variants WHERE product_id = $1 AND NOT (id = ANY($2::bigint[]))", [id, .integerArray(variants.map(\.id))])
        guard !variants.isEmpty else { return }
        try db.run("""
            INSERT INTO variants (id, product_id, position, title, sku, price, compare_at_price, options, image_id)
            SELECT v.id, $1, v.position, v.title, v.sku, v.price, v.compare_at_price, v.options, v.image_id
            FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[],
                        $8::text[], $9::bigint[]) AS v (id, position, title, sku, price, compare_at_price, options, image_id)
            ON CONFLICT (id) DO UPDATE SET product_id = EXCLUDED.product_id, position = EXCLUDED.position,
                title = EXCLUDED.title, sku = EXCLUDED.sku, price = EXCLUDED.price,
                compare_at_price = EXCLUDED.compare_at_price, options = EXCLUDED.options, image_id = EXCLUDED.image_id
            """, [id, .integerArray(variants.map(\.id)), .integerArray(variants.map { Int64($0.position) }),
                  .textArray(variants.map(\.title)), .nullableTextArray(variants.map(\.sku)),
                  .integerArray(variants.map(\.price.minorUnits)), .nullableIntegerArray(variants.map { $0.compareAtPrice?.minorUnits }),
                  .textArray(try variants.map { try PostgresJSON.encode($0.selectedOptions) }),
                  .nullableIntegerArray(variants.map { $0.image?.id })])
        // A product's stock is the default location's (`StockLevel.defaultLocation`).
        try setStock(variants.map { StockLevel(variantID: $0.id, location: StockLevel.defaultLocation, quantity: $0.quantityAvailable) })
    }

    func save(_ collection: Collection, productIDs: [Int64]) throws {
        let id = PostgresValue.integer(collection.id)
        try db.run("""
            INSERT INTO collections (id, handle, title, title_sort, description, description_html, image, seo_title,
                seo_description, updated_at, title_tokens, description_tokens)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12::text[])
            ON CONFLICT (id) DO UPDATE SET handle = EXCLUDED.handle, title = EXCLUDED.title, title_sort = EXCLUDED.title_sort,
                description = EXCLUDED.description, description_html = EXCLUDED.description_html, image = EXCLUDED.image,
                seo_title = EXCLUDED.seo_title, seo_description = EXCLUDED.seo_description, updated_at = EXCLUDED.updated_at,
                title_tokens = EXCLUDED.title_tokens, description_tokens = EXCLUDED.description_tokens
            """, [id, .text(collection.handle), .text(collection.title), .text(collection.title.lowercased()),
                  .text(collection.description), .text(collection.descriptionHtml),
                  .text(try collection.image.map { try PostgresJSON.encode($0) }), .text(collection.seo.title),
                  .text(collection.seo.description), .integer(collection.updatedAt.milliseconds),
                  PostgresSearchTokens.of(collection.title), PostgresSearchTokens.of(collection.description)])
        try db.run("DELETE FROM collection_products WHERE collection_id = $1", [id])
        guard !productIDs.isEmpty else { return }
        try db.run("""
            INSERT INTO collection_products (collection_id, product_id, position)
            SELECT $1, m.product_id, m.position - 1 FROM unnest($2::bigint[]) WITH ORDINALITY AS m (product_id, position)
            """, [id, .integerArray(productIDs)])
    }


    func save(_ channel: Channel) throws {
        try db.run("""
            INSERT INTO channels (code, position, name, currency, languages, countries, stock_locations)
            VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM channels), $2, $3, $4, $5, $6)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, currency = EXCLUDED.currency, languages = EXCLUDED.languages,
                countries = EXCLUDED.countries, stock_locations = EXCLUDED.stock_locations
            """, [.text(channel.code), .text(channel.name), .text(channel.currency.rawValue),
                  .text(try PostgresJSON.encode(channel.languages)), .text(try PostgresJSON.encode(channel.countries)),
                  .text(try PostgresJSON.encode(channel.stockLocations))])
    }

    func save(_ data: ChannelCatalogData) throws {
        let prices = data.prices
        if !prices.isEmpty {
            try db.run("""
                INSERT INTO variant_prices (variant_id, channel, price, compare_at_price)
                SELECT DISTINCT ON (r.variant_id, r.channel) r.variant_id, r.channel, r.price, r.compare_at_price
                FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) WITH ORDINALITY
                    AS r (variant_id, channel, price, compare_at_price, n)
                ORDER BY r.variant_id, r.channel, r.n DESC
                ON CONFLICT (variant_id, channel) DO UPDATE SET price = EXCLUDED.price, compare_at_price = EXCLUDED.compare_at_price
                """, [.integerArray(prices.map(\.variantID)), .textArray(prices.map(\.channel)),
                      .integerArray(prices.map(\.price.minorUnits)), .nullableIntegerArray(prices.map { $0.compareAtPrice?.minorUnits })])
        }
        try setStock(data.stock)
        let listings = data.listings
        if !listings.isEmpty {
            try db.run("""
                INSERT INTO product_listings (product_id, channel, published, searchable)
                SELECT DISTINCT ON (r.product_id, r.channel) r.product_id, r.channel, r.published = 1, r.searchable = 1
                FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) WITH ORDINALITY
                    AS r (product_id, channel, published, searchable, n)
                ORDER BY r.product_id, r.channel, r.n DESC
                ON CONFLICT (product_id, channel) DO UPDATE SET published = EXCLUDED.published, searchable = EXCLUDED.searchable
                """, [.integerArray(listings.map(\.productID)), .textArray(listings.map(\.channel)),
                      .integerArray(listings.map { $0.published ? 1 : 0 }), .integerArray(listings.map { $0.searchable ? 1 : 0 })])
        }
        for text in data.productTranslations {
            try db.run("""
                INSERT INTO product_translations (product_id, language, title, title_sort, description, description_html,
                    seo_title, seo_description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (product_id, language) DO UPDATE SET title = EXCLUDED.title, title_sort = EXCLUDED.title_sort,
                    description = EXCLUDED.description, description_html = EXCLUDED.description_html,
                    seo_title = EXCLUDED.seo_title, seo_description = EXCLUDED.seo_description
                """, [.integer(text.productID), .text(text.language), .text(text.title), .text(text.title?.lowercased()),
                      .text(text.description), .text(text.descriptionHtml), .text(text.seoTitle), .text(text.seoDescription)])
        }
        for text in data.collectionTranslations {
            try db.run("""
                INSERT INTO collection_translations (collection_id, language, title, title_sort, description, description_html)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (collection_id, language) DO UPDATE SET title = EXCLUDED.title, title_sort = EXCLUDED.title_sort,
                    description = EXCLUDED.description, description_html = EXCLUDED.description_html
                """, [.integer(text.collectionID), .text(text.language), .text(text.title), .text(text.title?.lowercased()),
                      .text(text.description), .text(text.descriptionHtml)])
        }
    }

    /// Sets variants' units at locations, the variants' rows locked first (in id order, as every
    /// stock change locks them), the last level given for a variant and location winning.
    private func setStock(_ levels: [StockLevel]) throws {
        guard !levels.isEmpty else { return }
        try db.run("SELECT 1 FROM variants WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", [.integerArray(levels.map(\.variantID))])
        try db.run("""
            INSERT INTO stock_levels (variant_id, location, quantity)
            SELECT DISTINCT ON (r.variant_id, r.location) r.variant_id, r.location, r.quantity
            FROM unnest($1::bigint[], $2::text[], $3::bigint[]) WITH ORDINALITY AS r (variant_id, location, quantity, n)
            ORDER BY r.variant_id, r.location, r.n DESC
            ON CONFLICT (variant_id, location) DO UPDATE SET quantity = EXCLUDED.quantity
            """, [.integerArray(levels.map(\.variantID)), .textArray(levels.map(\.location)),
                  .integerArray(levels.map { Int64($0.quantity) })])
    }

    /// The ids of the rows of `table` (products or collections) holding these handles.
    private func rowIDs(in table: String, handles: [String]) throws -> [String: Int64] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        let rows = try db.query("SELECT handle, id FROM \(table) WHERE handle = ANY($1::text[])", [.textArray(handles)]) {
            (try $0.text(0), try $0.int(1))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    func appendEvent(_ event: WebhookEvent) throws {
        try PostgresOutbox.append(event, db)
    }
}
