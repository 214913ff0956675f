import Commerce

/// The catalog domain's tables in PostgreSQL. Times are whole milliseconds since 1970, as every
/// backend stores them. Texts sorted or matched byte by byte (`title_sort`, the search tokens) are
/// `COLLATE "C"`, whatever the database's collation. A product's and a collection's search tokens
/// are computed in Swift at write time (`PostgresSearchTokens`), one array per weighted field, and
/// matched by prefix in SQL (`PostgresRelevance`). New ids come from sequences, so no id is handed out
/// twice, even by servers writing at once. Whether a product is available is read from its
/// variants' stock in the reading channel's locations, never stored beside it. `inventory_reservations` holds the stock taken for a
/// checkout until its order is recorded (settled) or the stock given back.
enum PostgresCatalogSchema {
    /// The migrations, in version order.
    static let migrator = PostgresMigrator(domain: "catalog", migrations: [
        .init(version: 1, sql: """
            CREATE SEQUENCE product_ids;
            CREATE SEQUENCE variant_ids;
            CREATE SEQUENCE image_ids;
            CREATE SEQUENCE collection_ids;
            CREATE TABLE products (
                id bigint PRIMARY KEY,
                handle text NOT NULL UNIQUE,
                title text NOT NULL,
                title_sort text COLLATE "C" NOT NULL,
                description text NOT NULL,
                description_html text NOT NULL,
                vendor text NOT NULL,
                vendor_key text NOT NULL,
                product_type text NOT NULL,
                product_type_key text NOT NULL,
                tags text NOT NULL,
                tag_keys text[] NOT NULL,
                options text NOT NULL,
                seo_title text,
                seo_description text,
                currency text NOT NULL,
                min_price bigint NOT NULL,
                created_at bigint NOT NULL,
                updated_at bigint NOT NULL,
                sales_count bigint NOT NULL DEFAULT 0,
                title_tokens text[] COLLATE "C" NOT NULL,
                tag_tokens text[] COLLATE "C" NOT NULL,
                description_tokens text[] COLLATE "C" NOT NULL);
            CREATE INDEX products_title ON products (title_sort, id);
            CREATE INDEX products_price ON products (min_price, id);
            CREATE INDEX products_created ON products (created_at, id);
            CREATE INDEX products_updated ON products (updated_at, id);
            CREATE INDEX products_sales ON products (sales_count, id);
            CREATE INDEX products_vendor ON products (vendor_key);
            CREATE INDEX products_type ON products (product_type_key);
            CREATE INDEX products_tags ON products USING gin (tag_keys);
            CREATE TABLE images (
                id bigint PRIMARY KEY,
                product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position integer NOT NULL,
                url text NOT NULL,
                alt_text text,
                width bigint,
                height bigint);
            CREATE INDEX images_product ON images (product_id, position);
            CREATE TABLE variants (
                id bigint PRIMARY KEY,
                product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position integer NOT NULL,
                title text NOT NULL,
                sku text,
                price bigint NOT NULL,
                compare_at_price bigint,
                inventory bigint NOT NULL CHECK (inventory >= 0),
                options text NOT NULL,
                image_id bigint);
            CREATE INDEX variants_product ON variants (product_id, position);
            CREATE INDEX variants_in_stock ON variants (product_id) WHERE inventory > 0;
            CREATE TABLE collections (
                id bigint PRIMARY KEY,
                handle text NOT NULL UNIQUE,
                title text NOT NULL,
                title_sort text COLLATE "C" NOT NULL,
                description text NOT NULL,
                description_html text NOT NULL,
                image text,
                seo_title text,
                seo_description text,
                updated_at bigint NOT NULL,
                title_tokens text[] COLLATE "C" NOT NULL,
                description_tokens text[] COLLATE "C" NOT NULL);
            CREATE INDEX collections_title ON collections (title_sort, id);
            CREATE INDEX collections_updated ON collections (updated_at, id);
            CREATE TABLE collection_products (
                collection_id bigint NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                position bigint NOT NULL,
                PRIMARY KEY (collection_id, product_id));
            CREATE INDEX collection_products_position ON collection_products (collection_id, position);
            CREATE INDEX collection_products_product ON collection_products (product_id);
            CREATE TABLE inventory_reservations (
                reservation text COLLATE "C" PRIMARY KEY,
                variant_ids bigint[] NOT NULL,
                quantities bigint[] NOT NULL,
                taken_at bigint NOT NULL);
            """),
        // Channels: prices per variant and channel, stock per variant and location (the variants'
        // one stock moves to the default location), listings per product and channel, texts per
        // language; a reservation records the locations it took from (`taken`, TakenStock JSON).
        .init(version: 2, sql: """
            CREATE TABLE channels (
                code text COLLATE "C" PRIMARY KEY,
                position bigint NOT NULL,
                name text NOT NULL,
                currency text NOT NULL,
                languages text NOT NULL,
                countries text NOT NULL,
                stock_locations text NOT NULL);
            CREATE TABLE variant_prices (
                variant_id bigint NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
                channel text COLLATE "C" NOT NULL,
                price bigint NOT NULL,
                compare_at_price bigint,
                PRIMARY KEY (variant_id, channel));
            CREATE TABLE stock_levels (
                variant_id bigint NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
                location text COLLATE "C" NOT NULL,
                quantity bigint NOT NULL CHECK (quantity >= 0),
                PRIMARY KEY (variant_id, location));
            INSERT INTO stock_levels (variant_id, location, quantity)
                SELECT id, '\(StockLevel.defaultLocation)', inventory FROM variants WHERE inventory > 0;
            DROP INDEX variants_in_stock;
            ALTER TABLE variants DROP COLUMN inventory;
            DROP INDEX products_price;
            ALTER TABLE products DROP COLUMN min_price;
            CREATE TABLE product_listings (
                product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                channel text COLLATE "C" NOT NULL,
                published boolean NOT NULL,
                searchable boolean NOT NULL,
                PRIMARY KEY (product_id, channel));
            CREATE TABLE product_translations (
                product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                language text COLLATE "C" NOT NULL,
                title text,
                title_sort text COLLATE "C",
                description text,
                description_html text,
                seo_title text,
                seo_description text,
                PRIMARY KEY (product_id, language));
            CREATE TABLE collection_translations (
                collection_id bigint NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                language text COLLATE "C" NOT NULL,
                title text,
                title_sort text COLLATE "C",
                description text,
                description_html text,
                PRIMARY KEY (collection_id, language));
            ALTER TABLE inventory_reservations ADD COLUMN taken text;
            """),
    ])
}
