import Commerce

/// The catalog's tables, indexes and full-text indexes, as versioned migrations.
enum SQLiteCatalogSchema {
    static let migrator = SQLiteMigrator(domain: "catalog", migrations: [
        .init(version: 1, sql: """
            CREATE TABLE products (
                id INTEGER PRIMARY KEY,
                handle TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                title_sort TEXT NOT NULL,
                description TEXT NOT NULL,
                description_html TEXT NOT NULL,
                vendor TEXT NOT NULL,
                vendor_key TEXT NOT NULL,
                product_type TEXT NOT NULL,
                product_type_key TEXT NOT NULL,
                tags TEXT NOT NULL,
                options TEXT NOT NULL,
                seo_title TEXT,
                seo_description TEXT,
                currency TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                min_price INTEGER NOT NULL,
                available INTEGER NOT NULL,
                sales_count INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX products_title ON products (title_sort, id);
            CREATE INDEX products_price ON products (min_price, id);
            CREATE INDEX products_created ON products (created_at, id);
            CREATE INDEX products_updated ON products (updated_at, id);
            CREATE INDEX products_sales ON products (sales_count, id);
            CREATE INDEX products_vendor ON products (vendor_key);
            CREATE INDEX products_type ON products (product_type_key);
            CREATE INDEX products_available ON products (available);
            CREATE TABLE product_tags (
                tag_key TEXT NOT NULL,
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                PRIMARY KEY (tag_key, product_id)) WITHOUT ROWID;
            CREATE INDEX product_tags_product ON product_tags (product_id);
            CREATE TABLE images (
                id INTEGER PRIMARY KEY,
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                url TEXT NOT NULL,
                alt_text TEXT,
                width INTEGER,
                height INTEGER);
            CREATE INDEX images_product ON images (product_id, position);
            CREATE TABLE variants (
                id INTEGER PRIMARY KEY,
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                sku TEXT,
                price INTEGER NOT NULL,
                compare_at_price INTEGER,
                inventory INTEGER NOT NULL CHECK (inventory >= 0),
                options TEXT NOT NULL,
                image_id INTEGER);
            CREATE INDEX variants_product ON variants (product_id, position);
            CREATE TABLE collections (
                id INTEGER PRIMARY KEY,
                handle TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                title_sort TEXT NOT NULL,
                description TEXT NOT NULL,
                description_html TEXT NOT NULL,
                image TEXT,
                seo_title TEXT,
                seo_description TEXT,
                updated_at INTEGER NOT NULL);
            CREATE INDEX collections_title ON collections (title_sort, id);
            CREATE INDEX collections_updated ON collections (updated_at, id);
            CREATE TABLE collection_products (
                collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                PRIMARY KEY (collection_id, product_id)) WITHOUT ROWID;
            CREATE INDEX collection_products_position ON collection_products (collection_id, position);
            CREATE INDEX collection_products_product ON collection_products (product_id);
            CREATE VIRTUAL TABLE product_search USING fts5 (
                title, description, tags, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE collection_search USING fts5 (
                title, description, tokenize = 'unicode61 remove_diacritics 2');
            """),
        // Stock taken for a checkout, until its order is recorded (settled) or the stock given back.
        .init(version: 2, sql: """
            CREATE TABLE inventory_reservations (
                reservation TEXT PRIMARY KEY,
                quantities TEXT NOT NULL,
                taken_at INTEGER NOT NULL);
            """),
        // The highest id each table ever handed out, so that a dropped variant's or image's id is
        // never given to a new one (a cart line or an order may still hold it).
        .init(version: 3, sql: SQLiteIDCounter.sequencesTable),
        // Channels: prices per variant and channel, stock per variant and location (the variants'
        // one stock moves to the default location), listings per product and channel, texts per
        // language. `available` goes (a channel sums its own locations); `min_price` stays the
        // lowest of the product's own prices, the PRICE order of a channel without prices of its
        // own, and `product_prices` keeps each stored channel's lowest price per product.
        .init(version: 4, sql: """
            CREATE TABLE channels (
                code TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                currency TEXT NOT NULL,
                languages TEXT NOT NULL,
                countries TEXT NOT NULL,
                stock_locations TEXT NOT NULL);
            CREATE TABLE variant_prices (
                variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                price INTEGER NOT NULL,
                compare_at_price INTEGER,
                PRIMARY KEY (variant_id, channel)) WITHOUT ROWID;
            CREATE INDEX variant_prices_channel ON variant_prices (channel);
            CREATE TABLE stock_levels (
                variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
                location TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity >= 0),
                PRIMARY KEY (variant_id, location)) WITHOUT ROWID;
            INSERT INTO stock_levels (variant_id, location, quantity)
                SELECT id, '\(StockLevel.defaultLocation)', inventory FROM variants WHERE inventory > 0;
            ALTER TABLE variants DROP COLUMN inventory;
            DROP INDEX products_available;
            ALTER TABLE products DROP COLUMN available;
            CREATE TABLE product_prices (
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                currency TEXT NOT NULL,
                min_price INTEGER NOT NULL,
                PRIMARY KEY (product_id, channel)) WITHOUT ROWID;
            CREATE TABLE product_listings (
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                published INTEGER NOT NULL,
                searchable INTEGER NOT NULL,
                PRIMARY KEY (product_id, channel)) WITHOUT ROWID;
            CREATE INDEX product_listings_channel ON product_listings (channel);
            CREATE TABLE product_translations (
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                language TEXT NOT NULL,
                title TEXT,
                title_sort TEXT,
                description TEXT,
                description_html TEXT,
                seo_title TEXT,
                seo_description TEXT,
                PRIMARY KEY (product_id, language)) WITHOUT ROWID;
            CREATE TABLE collection_translations (
                collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                language TEXT NOT NULL,
                title TEXT,
                title_sort TEXT,
                description TEXT,
                description_html TEXT,
                PRIMARY KEY (collection_id, language)) WITHOUT ROWID;
            """),
    ])
}
