import Commerce
import Foundation

/// Reads the catalog on one connection: products with their images, variants and collection ids,
/// variants, collections, and (in `+Search`) the keyset-paginated searches and counts.
///
/// Not thread-safe, like its connection: each `SQLiteReadPool` slot uses its reader on its own queue,
/// and `SQLiteCatalogBackend`'s write transactions look up with the reader over its writer connection.
final class SQLiteCatalogReader: SQLiteConnectionOwner {
    let connection: SQLiteConnection
    /// Variants' `options` JSON decoded, by text: a store has few distinct option sets
    /// (`[{"name":"Size","value":"M"}]`), and parsing them was a hot spot of product loading.
    private var selectedOptionsByJSON: [String: [SelectedOption]] = [:]
    private static let selectedOptionsCacheLimit = 4096
    /// Products this reader loaded, per context, kept while the database is unchanged (nil: no caching).
    private var cachedProducts: SQLiteProductCache?

    /// A reader over `connection`. With `cachesProducts`, loaded products are kept and served
    /// again until any other connection commits a change (`PRAGMA data_version`): only for
    /// readers that never write, since a connection's own commits do not change its data version.
    init(connection: SQLiteConnection, cachesProducts: Bool = false) {
        self.connection = connection
        self.cachedProducts = cachesProducts ? SQLiteProductCache() : nil
    }

    func products(ids: [Int64], in context: CatalogContext?) throws -> [Int64: Product] {
        var result: [Int64: Product] = [:]
        for product in try load(ids: ids, in: context) { result[product.id] = product }
        return result
    }

    func products(handles: [String], in context: CatalogContext?) throws -> [String: Product] {
        let ids = try connection.query("SELECT id FROM products WHERE handle IN (SELECT value FROM json_each(?))",
                               [.text(SQLiteJSONArray.strings(handles))]) { $0.int(0) }
        var result: [String: Product] = [:]
        for product in try load(ids: ids, in: context) { result[product.handle] = product }
        return result
    }

    /// Variants by id in `context` (nil: as stored, with the units at `storedLocation`), leaving
    /// out those of products the channel does not list.
    func variants(ids: [Int64], in context: CatalogContext?,
                  storedLocation: String = StockLevel.defaultLocation) throws -> [Int64: ProductVariant] {
        let view = SQLiteCatalogView(context, storedLocation: storedLocation)
        let rows = try connection.query(Self.variantSelect + " AND v.id IN (SELECT value FROM json_each(?4))", view.bindings + [.text(SQLiteJSONArray.integers(ids))], row: variant)
        var result: [Int64: ProductVariant] = [:]
        for variant in rows { result[variant.id] = variant }
        return result
    }

    func collections(ids: [Int64], in context: CatalogContext?) throws -> [Int64: Collection] {
        let rows = try connection.query(Self.collectionSelect + " WHERE id IN (SELECT value FROM json_each(?))",
                                [.text(SQLiteJSONArray.integers(ids))], row: collection)
        return Dictionary(try translated(rows, in: context).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func collections(handles: [String], in context: CatalogContext?) throws -> [String: Collection] {
        let rows = try connection.query(Self.collectionSelect + " WHERE handle IN (SELECT value FROM json_each(?))",
                                [.text(SQLiteJSONArray.strings(handles))], row: collection)
        return Dictionary(try translated(rows, in: context).map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Collections with their texts along the context's language chain: one statement.
    private func translated(_ collections: [Collection], in context: CatalogContext?) throws -> [Collection] {
        guard let context, !context.translationLanguages.isEmpty, !collections.isEmpty else { return collections }
        var translations: [Int64: [CollectionTranslation]] = [:]
        for translation in try connection.query("""
            SELECT collection_id, language, title, description, description_html FROM collection_translations
            WHERE collection_id IN (SELECT value FROM json_each(?)) AND language IN (SELECT value FROM json_each(?))
            """, [.text(SQLiteJSONArray.integers(collections.map(\.id))), .text(SQLiteJSONArray.strings(context.translationLanguages))], row: { row in
                CollectionTranslation(collectionID: row.int(0), language: row.text(1), title: row.optionalText(2),
                                      description: row.optionalText(3), descriptionHtml: row.optionalText(4))
            }) {
            translations[translation.collectionID, default: []].append(translation)
        }
        guard !translations.isEmpty else { return collections }
        return collections.map { CatalogProjection.collection($0, translations: translations[$0.id] ?? [], in: context) }
    }

    /// Whether the channel has listings and prices of its own: from the reader's cache while the
    /// database is unchanged, else two index lookups.
    func facts(_ channel: String) throws -> SQLiteChannelFacts {
        var cache = cachedProducts
        if cache != nil { try cache!.validate(dataVersion: connection.query("PRAGMA data_version") { $0.int(0) }.first ?? 0) }
        defer { if cache != nil { cachedProducts = cache } }
        if let known = cache?.facts(channel) { return known }
        let code = SQLiteValue.text(channel)
        let facts = SQLiteChannelFacts(
            hasListings: try connection.query("SELECT EXISTS (SELECT 1 FROM product_listings WHERE channel = ?)", [code]) { $0.int(0) == 1 }.first ?? true,
            hasPrices: try connection.query("SELECT EXISTS (SELECT 1 FROM variant_prices WHERE channel = ?)", [code]) { $0.int(0) == 1 }.first ?? true)
        cache?.keep(facts, for: channel)
        return facts
    }

    /// Products by id in `context` (nil: as stored) with their images, variants and collection ids:
    /// from the reader's cache while the database is unchanged, else five statements, whatever the count.
    func load(ids: [Int64], in context: CatalogContext?) throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        guard let context, var cache = cachedProducts else { return try loadFromDatabase(ids: ids, in: context) }
        defer { cachedProducts = cache }
        try cache.validate(dataVersion: connection.query("PRAGMA data_version") { $0.int(0) }.first ?? 0)
        let (found, missing) = cache.products(ids, in: context)
        guard !missing.isEmpty else { return found }
        let loaded = try loadFromDatabase(ids: missing, in: context)
        cache.add(loaded, in: context)
        return found + loaded
    }

    /// Products by id, read from the database and projected into the context in the statements:
    /// the channel's listing, prices and stock in SQL, the texts of the language chain in one more.
    private func loadFromDatabase(ids: [Int64], in context: CatalogContext?) throws -> [Product] {
        let list = SQLiteValue.text(SQLiteJSONArray.integers(ids))
        let view = SQLiteCatalogView(context)
        let productIDs = try connection.query("""
            SELECT p.id FROM products p LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = ?1
            WHERE p.id IN (SELECT value FROM json_each(?4)) AND \(SQLiteCatalogView.published)
            """, view.bindings + [list]) { $0.int(0) }
        guard !productIDs.isEmpty else { return [] }
        let listed = productIDs.count == ids.count ? list : SQLiteValue.text(SQLiteJSONArray.integers(productIDs))
        var images: [Int64: [Image]] = [:]
        for (productID, image) in try connection.query(
            "SELECT product_id, id, url, alt_text, width, height FROM images WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, position",
            [listed], row: { row in
                (row.int(0), Image(id: row.int(1), url: row.text(2), altText: row.optionalText(3),
                                   width: row.optionalInt(4).map(Int.init), height: row.optionalInt(5).map(Int.init)))
            }) {
            images[productID, default: []].append(image)
        }
        var variants: [Int64: [ProductVariant]] = [:]
        for variant in try connection.query(
            Self.variantSelect + " AND v.product_id IN (SELECT value FROM json_each(?4)) ORDER BY v.product_id, v.position",
            view.bindings + [listed], row: variant) {
            variants[variant.productID, default: []].append(variant)
        }
        var collections: [Int64: [Int64]] = [:]
        for (productID, collectionID) in try connection.query(
            "SELECT product_id, collection_id FROM collection_products WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, collection_id",
            [listed], row: { ($0.int(0), $0.int(1)) }) {
            collections[productID, default: []].append(collectionID)
        }
        let translations = try productTranslations(listed, in: context)
        return try connection.query("""
            SELECT id, handle, title, description, description_html, vendor, product_type, tags, options,
                   seo_title, seo_description, currency, created_at, updated_at, sales_count
            FROM products WHERE id IN (SELECT value FROM json_each(?))
            """, [listed]) { row in
            let id = row.int(0)
            let chain = translations[id] ?? []
            let seo = SEO(title: chain.lazy.compactMap(\.seoTitle).first ?? row.optionalText(9),
                          description: chain.lazy.compactMap(\.seoDescription).first ?? row.optionalText(10))
            return Product(
                id: id, handle: row.text(1), title: chain.lazy.compactMap(\.title).first ?? row.text(2),
                description: chain.lazy.compactMap(\.description).first ?? row.text(3),
                descriptionHtml: chain.lazy.compactMap(\.descriptionHtml).first ?? row.text(4),
                vendor: row.text(5), productType: row.text(6),
                tags: try SQLiteJSONColumn.strings(row.text(7), column: "products.tags"),
                createdAt: Date(milliseconds: row.int(12)), updatedAt: Date(milliseconds: row.int(13)),
                options: try SQLiteJSONColumn.options(row.text(8), column: "products.options"),
                images: images[id] ?? [], variants: variants[id] ?? [], collectionIDs: collections[id] ?? [],
                seo: seo, salesCount: row.int(14),
                currency: context?.currency ?? CurrencyCode(rawValue: row.text(11)) ?? .EUR)
        }
    }

    /// The products' translations into the chain's languages, each product's in the chain's order.
    private func productTranslations(_ list: SQLiteValue, in context: CatalogContext?) throws -> [Int64: [ProductTranslation]] {
        guard let context, !context.translationLanguages.isEmpty else { return [:] }
        var rows: [Int64: [ProductTranslation]] = [:]
        for translation in try connection.query("""
            SELECT product_id, language, title, description, description_html, seo_title, seo_description
            FROM product_translations
            WHERE product_id IN (SELECT value FROM json_each(?)) AND language IN (SELECT value FROM json_each(?))
            """, [list, .text(SQLiteJSONArray.strings(context.translationLanguages))], row: { row in
                ProductTranslation(productID: row.int(0), language: row.text(1), title: row.optionalText(2),
                                   description: row.optionalText(3), descriptionHtml: row.optionalText(4),
                                   seoTitle: row.optionalText(5), seoDescription: row.optionalText(6))
            }) {
            rows[translation.productID, default: []].append(translation)
        }
        return rows.mapValues { CatalogProjection.ordered($0, by: context.translationLanguages, language: \.language) }
    }

    /// The variants in a view (`SQLiteCatalogView`: ?1 channel, ?2 currency or null for as stored,
    /// ?3 locations): the channel's price, else the variant's own when the currency is the
    /// product's, and the units summed over the locations. A variant with no price there is left out.
    static let variantSelect = """
        SELECT v.id, v.product_id, v.position, v.title, v.sku,
               COALESCE(vp.price, v.price),
               CASE WHEN vp.variant_id IS NULL THEN v.compare_at_price ELSE vp.compare_at_price END,
               (SELECT COALESCE(SUM(s.quantity), 0) FROM stock_levels s
                WHERE s.variant_id = v.id AND s.location IN (SELECT value FROM json_each(?3))),
               v.options, COALESCE(?2, p.currency), i.id, i.url, i.alt_text, i.width, i.height
        FROM variants v JOIN products p ON p.id = v.product_id
        LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = ?1
        LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = ?1
        LEFT JOIN images i ON i.id = v.image_id
        WHERE (vp.variant_id IS NOT NULL OR ?2 IS NULL OR p.currency = ?2) AND \(SQLiteCatalogView.published)
        """

    func variant(_ row: SQLiteRow) throws -> ProductVariant {
        let currency = CurrencyCode(rawValue: row.text(9)) ?? .EUR
        let image = row.optionalInt(10).map {
            Image(id: $0, url: row.text(11), altText: row.optionalText(12),
                  width: row.optionalInt(13).map(Int.init), height: row.optionalInt(14).map(Int.init))
        }
        return ProductVariant(
            id: row.int(0), productID: row.int(1), position: Int(row.int(2)), title: row.text(3), sku: row.optionalText(4),
            price: Money(minorUnits: row.int(5), currency: currency),
            compareAtPrice: row.optionalInt(6).map { Money(minorUnits: $0, currency: currency) },
            quantityAvailable: Int(row.int(7)),
            selectedOptions: try selectedOptions(row.text(8)), image: image)
    }

    private func selectedOptions(_ json: String) throws -> [SelectedOption] {
        if let cached = selectedOptionsByJSON[json] { return cached }
        let options = try SQLiteJSONColumn.selectedOptions(json, column: "variants.options")
        if selectedOptionsByJSON.count >= Self.selectedOptionsCacheLimit { selectedOptionsByJSON.removeAll(keepingCapacity: true) }
        selectedOptionsByJSON[json] = options
        return options
    }

    static let collectionSelect = """
        SELECT id, handle, title, description, description_html, image, seo_title, seo_description, updated_at
        FROM collections
        """

    func collection(_ row: SQLiteRow) throws -> Collection {
        Collection(
            id: row.int(0), handle: row.text(1), title: row.text(2), description: row.text(3), descriptionHtml: row.text(4),
            image: try row.optionalText(5).map { try SQLiteJSONColumn.image($0, column: "collections.image") },
            seo: SEO(title: row.optionalText(6), description: row.optionalText(7)),
            updatedAt: Date(milliseconds: row.int(8)))
    }
}
