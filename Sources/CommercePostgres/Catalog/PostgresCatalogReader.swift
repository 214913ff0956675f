import Commerce
import Foundation
import GraphQLCore

/// Reads the catalog on one connection: products with their images, variants and collection ids,
/// variants, collections, and (in `+Search`) the keyset-paginated searches and counts. The backend's
/// reads run inside one read transaction (one snapshot for all their statements); a write
/// transaction's lookups use a reader that locks the product and variant rows it loads
/// (`locksRows`), so that no checkout changes their stock or sales before the write saves them.
struct PostgresCatalogReader {
    /// The connection, used by one job at a time.
    let db: PostgresConnection
    /// Whether loading products locks their variant rows, then their product rows, each in id order
    /// (the order every stock change locks them in: variants first, then products).
    var locksRows = false
    /// The products loaded so far, when the reader may serve them (plain reads; never a write
    /// transaction's lookups).
    var cache: PostgresProductCache?

    /// A reader on `db`.
    init(_ db: PostgresConnection, locksRows: Bool = false, cache: PostgresProductCache? = nil) {
        self.db = db
        self.locksRows = locksRows
        self.cache = cache
    }

    func products(ids: [Int64], in context: CatalogContext?) throws -> [Int64: Product] {
        Dictionary(try cachedLoad(ids: ids, in: context).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func products(handles: [String], in context: CatalogContext?) throws -> [String: Product] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        let ids = try db.query("SELECT id FROM products WHERE handle = ANY($1::text[])", [.textArray(handles)]) { try $0.int(0) }
        return Dictionary(try cachedLoad(ids: ids, in: context).map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Variants by id in `context` (nil: as stored, with the units at `storedLocation`), leaving
    /// out those the channel does not sell.
    func variants(ids: [Int64], in context: CatalogContext?,
                  storedLocation: String = StockLevel.defaultLocation) throws -> [Int64: ProductVariant] {
        guard !ids.isEmpty else { return [:] }
        let view = PostgresCatalogView(context, storedLocation: storedLocation)
        let rows = try db.query(Self.variantSelect + " AND v.id = ANY($4::bigint[])", view.withoutLanguages + [.integerArray(ids)], row: variant)
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func collections(ids: [Int64], in context: CatalogContext?) throws -> [Int64: Collection] {
        guard !ids.isEmpty else { return [:] }
        let rows = try db.query(Self.collectionSelect + " WHERE c.id = ANY($2::bigint[])", [Self.languages(context), .integerArray(ids)], row: collection)
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func collections(handles: [String], in context: CatalogContext?) throws -> [String: Collection] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        let rows = try db.query(Self.collectionSelect + " WHERE c.handle = ANY($2::text[])", [Self.languages(context), .textArray(handles)], row: collection)
        return Dictionary(rows.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The language chain parameter of `collectionSelect`.
    private static func languages(_ context: CatalogContext?) -> PostgresValue {
        .textArray((context?.translationLanguages ?? []).filter(PostgresValue.isStorable))
    }

    /// Products by id in `context` with their variants, images and collection ids: from `cache`
    /// (per context) while nothing changed, the others in one statement (see `load(ids:in:)`).
    func cachedLoad(ids: [Int64], in context: CatalogContext?) throws -> [Product] {
        guard let cache, let context else { return try load(ids: ids, in: context) }
        let generation = cache.generation()
        let (found, missing) = cache.products(ids, in: context, at: generation)
        guard !missing.isEmpty else { return found }
        let loaded = try load(ids: missing, in: context)
        cache.add(loaded, in: context, readAt: generation)
        return found + loaded
    }

    /// Products by id in `context` (nil: as stored) with their variants, images and collection ids,
    /// read from the database in one statement whatever the count (a statement sees one snapshot,
    /// so a product never mixes data from before and after another server's commit), projected
    /// into the context in it: the channel's listing, prices and stock, the chain's texts. Each
    /// product's images and variants come as one JSON array of positional arrays, its collection
    /// ids as one array. When the reader locks rows, two statements that lock them come first.
    func load(ids: [Int64], in context: CatalogContext?) throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        let list = PostgresValue.integerArray(ids)
        if locksRows {
            try db.run("SELECT 1 FROM variants WHERE product_id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", [list])
            try db.run("SELECT 1 FROM products WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", [list])
        }
        return try db.query(Self.productSelect + " WHERE p.id = ANY($5::bigint[]) AND \(PostgresCatalogView.published)",
                            PostgresCatalogView(context).values + [list], row: product)
    }

    /// A product's columns in the view `$1`–`$4` (`PostgresCatalogView`), then its images (15),
    /// variants (16) and collection ids (17).
    static let productSelect: String = {
        let text = { (field: String) in PostgresCatalogView.translated(field, table: "product_translations", key: "product_id", row: "p") }
        return """
            SELECT p.id, p.handle, \(text("title")), \(text("description")), \(text("description_html")), p.vendor,
                   p.product_type, p.tags, p.options, \(text("seo_title")), \(text("seo_description")),
                   COALESCE($2::text, p.currency), p.created_at, p.updated_at, p.sales_count,
                   (SELECT json_agg(json_build_array(i.id, i.url, i.alt_text, i.width, i.height) ORDER BY i.position, i.id)
                    FROM images i WHERE i.product_id = p.id),
                   (SELECT json_agg(json_build_array(v.id, v.position, v.title, v.sku, \(PostgresCatalogView.price),
                                                     \(PostgresCatalogView.compareAtPrice), \(PostgresCatalogView.units),
                                                     v.options::json, vi.id, vi.url, vi.alt_text, vi.width, vi.height)
                                    ORDER BY v.position, v.id)
                    FROM variants v LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = $1
                    LEFT JOIN images vi ON vi.id = v.image_id
                    WHERE v.product_id = p.id AND \(PostgresCatalogView.priced)),
                   ARRAY(SELECT cp.collection_id FROM collection_products cp WHERE cp.product_id = p.id ORDER BY cp.collection_id)
            FROM products p LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = $1
            """
    }()

    /// The product in a row of `productSelect`.
    private func product(_ row: PostgresRow) throws -> Product {
        let id = try row.int(0)
        let currency = CurrencyCode(rawValue: try row.text(11)) ?? .EUR
        let images = try row.isNull(15) ? [] : jsonArray(row, 15, "images").map { try PostgresCatalogJSON.image($0) }
        let variants = try row.isNull(16) ? [] : jsonArray(row, 16, "variants").map {
            try PostgresCatalogJSON.variant($0, productID: id, currency: currency)
        }
        return Product(
            id: id, handle: try row.text(1), title: try row.text(2), description: try row.text(3),
            descriptionHtml: try row.text(4), vendor: try row.text(5), productType: try row.text(6),
            tags: try PostgresCatalogJSON.read { try CatalogJSONColumn.strings(row.json(7), column: "products.tags") },
            createdAt: Date(milliseconds: try row.int(12)), updatedAt: Date(milliseconds: try row.int(13)),
            options: try PostgresCatalogJSON.read { try CatalogJSONColumn.options(row.json(8), column: "products.options") },
            images: images, variants: variants, collectionIDs: try row.integers(17),
            seo: SEO(title: try row.optionalText(9), description: try row.optionalText(10)),
            salesCount: try row.int(14), currency: currency)
    }

    private func jsonArray(_ row: PostgresRow, _ column: Int32, _ name: String) throws -> [JSON] {
        guard case .array(let items) = try row.json(column) else {
            throw PostgresError(.client, message: "The \(name) of a product are not a JSON array.")
        }
        return items
    }

    /// Variants in the view `$1`–`$3`, ending inside its WHERE clause.
    static let variantSelect = """
        SELECT v.id, v.product_id, v.position, v.title, v.sku, \(PostgresCatalogView.price), \(PostgresCatalogView.compareAtPrice),
               \(PostgresCatalogView.units), v.options, COALESCE($2::text, p.currency), i.id, i.url, i.alt_text, i.width, i.height
        FROM variants v JOIN products p ON p.id = v.product_id
        LEFT JOIN variant_prices vp ON vp.variant_id = v.id AND vp.channel = $1
        LEFT JOIN product_listings l ON l.product_id = p.id AND l.channel = $1
        LEFT JOIN images i ON i.id = v.image_id
        WHERE \(PostgresCatalogView.priced) AND \(PostgresCatalogView.published)
        """

    /// The variant in a row of `variantSelect`.
    func variant(_ row: PostgresRow) throws -> ProductVariant {
        let currency = CurrencyCode(rawValue: try row.text(9)) ?? .EUR
        return ProductVariant(
            id: try row.int(0), productID: try row.int(1), position: Int(try row.int(2)), title: try row.text(3),
            sku: try row.optionalText(4), price: Money(minorUnits: try row.int(5), currency: currency),
            compareAtPrice: try row.optionalInt(6).map { Money(minorUnits: $0, currency: currency) },
            quantityAvailable: Int(try row.int(7)),
            selectedOptions: try PostgresCatalogJSON.read {
                try CatalogJSONColumn.selectedOptions(row.json(8), column: "variants.options")
            },
            image: row.isNull(10) ? nil : try Self.image(row, from: 10))
    }

    /// Collections with their texts along the language chain `$1`.
    static let collectionSelect: String = {
        let text = { (field: String) in
            PostgresCatalogView.translated(field, table: "collection_translations", key: "collection_id", row: "c")
                .replacingOccurrences(of: "$4", with: "$1")
        }
        return """
            SELECT c.id, c.handle, \(text("title")), \(text("description")), \(text("description_html")), c.image,
                   c.seo_title, c.seo_description, c.updated_at
            FROM collections c
            """
    }()

    /// The collection in a row of `collectionSelect`.
    func collection(_ row: PostgresRow) throws -> Collection {
        Collection(
            id: try row.int(0), handle: try row.text(1), title: try row.text(2), description: try row.text(3),
            descriptionHtml: try row.text(4),
            image: row.isNull(5) ? nil : try PostgresCatalogJSON.read {
                try CatalogJSONColumn.image(row.json(5), column: "collections.image")
            },
            seo: SEO(title: try row.optionalText(6), description: try row.optionalText(7)),
            updatedAt: Date(milliseconds: try row.int(8)))
    }

    /// The image in the row's columns from `first`: id, url, alt text, width, height.
    private static func image(_ row: PostgresRow, from first: Int32) throws -> Image {
        Image(id: try row.int(first), url: try row.text(first + 1), altText: try row.optionalText(first + 2),
              width: try row.optionalInt(first + 3).map { Int($0) }, height: try row.optionalInt(first + 4).map { Int($0) })
    }
}
