import Commerce
import Foundation

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
    private let decoder = JSONDecoder()

    /// A reader on `db`.
    init(_ db: PostgresConnection, locksRows: Bool = false) {
        self.db = db
        self.locksRows = locksRows
    }

    func products(ids: [Int64]) throws -> [Int64: Product] {
        Dictionary(try load(ids: ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func products(handles: [String]) throws -> [String: Product] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        let ids = try db.query("SELECT id FROM products WHERE handle = ANY($1::text[])", [.textArray(handles)]) { try $0.int(0) }
        return Dictionary(try load(ids: ids).map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func variants(ids: [Int64]) throws -> [Int64: ProductVariant] {
        guard !ids.isEmpty else { return [:] }
        let rows = try db.query(Self.variantSelect + " WHERE v.id = ANY($1::bigint[])", [.integerArray(ids)], row: variant)
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func collections(ids: [Int64]) throws -> [Int64: Collection] {
        guard !ids.isEmpty else { return [:] }
        let rows = try db.query(Self.collectionSelect + " WHERE id = ANY($1::bigint[])", [.integerArray(ids)], row: collection)
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func collections(handles: [String]) throws -> [String: Collection] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        let rows = try db.query(Self.collectionSelect + " WHERE handle = ANY($1::text[])", [.textArray(handles)], row: collection)
        return Dictionary(rows.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Products by id with their variants, images and collection ids: four statements, whatever the
    /// count (and first, when the reader locks rows, two that lock them).
    func load(ids: [Int64]) throws -> [Product] {
        guard !ids.isEmpty else { return [] }
        let list = PostgresValue.integerArray(ids)
        if locksRows {
            try db.run("SELECT 1 FROM variants WHERE product_id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", [list])
            try db.run("SELECT 1 FROM products WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE", [list])
        }
        var images: [Int64: [Image]] = [:]
        for (productID, image) in try db.query("""
            SELECT product_id, id, url, alt_text, width, height FROM images WHERE product_id = ANY($1::bigint[])
            ORDER BY product_id, position
            """, [list], row: { row in (try row.int(0), try Self.image(row, from: 1)) }) {
            images[productID, default: []].append(image)
        }
        var variants: [Int64: [ProductVariant]] = [:]
        for variant in try db.query(Self.variantSelect + " WHERE v.product_id = ANY($1::bigint[]) ORDER BY v.product_id, v.position",
                                    [list], row: variant) {
            variants[variant.productID, default: []].append(variant)
        }
        var collections: [Int64: [Int64]] = [:]
        for (productID, collectionID) in try db.query("""
            SELECT product_id, collection_id FROM collection_products WHERE product_id = ANY($1::bigint[])
            ORDER BY product_id, collection_id
            """, [list], row: { (try $0.int(0), try $0.int(1)) }) {
            collections[productID, default: []].append(collectionID)
        }
        return try db.query("""
            SELECT id, handle, title, description, description_html, vendor, product_type, tags, options,
                   seo_title, seo_description, currency, created_at, updated_at, sales_count
            FROM products WHERE id = ANY($1::bigint[])
            """, [list]) { row in
            let id = try row.int(0)
            return Product(
                id: id, handle: try row.text(1), title: try row.text(2), description: try row.text(3),
                descriptionHtml: try row.text(4), vendor: try row.text(5), productType: try row.text(6),
                tags: try row.json([String].self, 7, decoder: decoder), createdAt: Date(milliseconds: try row.int(12)),
                updatedAt: Date(milliseconds: try row.int(13)), options: try row.json([ProductOption].self, 8, decoder: decoder),
                images: images[id] ?? [], variants: variants[id] ?? [], collectionIDs: collections[id] ?? [],
                seo: SEO(title: try row.optionalText(9), description: try row.optionalText(10)),
                salesCount: try row.int(14), currency: CurrencyCode(rawValue: try row.text(11)) ?? .EUR)
        }
    }

    static let variantSelect = """
        SELECT v.id, v.product_id, v.position, v.title, v.sku, v.price, v.compare_at_price, v.inventory, v.options,
               p.currency, i.id, i.url, i.alt_text, i.width, i.height
        FROM variants v JOIN products p ON p.id = v.product_id LEFT JOIN images i ON i.id = v.image_id
        """

    /// The variant in a row of `variantSelect`.
    func variant(_ row: PostgresRow) throws -> ProductVariant {
        let currency = CurrencyCode(rawValue: try row.text(9)) ?? .EUR
        return ProductVariant(
            id: try row.int(0), productID: try row.int(1), position: Int(try row.int(2)), title: try row.text(3),
            sku: try row.optionalText(4), price: Money(minorUnits: try row.int(5), currency: currency),
            compareAtPrice: try row.optionalInt(6).map { Money(minorUnits: $0, currency: currency) },
            quantityAvailable: Int(try row.int(7)), selectedOptions: try row.json([SelectedOption].self, 8, decoder: decoder),
            image: row.isNull(10) ? nil : try Self.image(row, from: 10))
    }

    static let collectionSelect = """
        SELECT id, handle, title, description, description_html, image, seo_title, seo_description, updated_at
        FROM collections
        """

    /// The collection in a row of `collectionSelect`.
    func collection(_ row: PostgresRow) throws -> Collection {
        Collection(
            id: try row.int(0), handle: try row.text(1), title: try row.text(2), description: try row.text(3),
            descriptionHtml: try row.text(4), image: row.isNull(5) ? nil : try row.json(Image.self, 5, decoder: decoder),
            seo: SEO(title: try row.optionalText(6), description: try row.optionalText(7)),
            updatedAt: Date(milliseconds: try row.int(8)))
    }

    /// The image in the row's columns from `first`: id, url, alt text, width, height.
    private static func image(_ row: PostgresRow, from first: Int32) throws -> Image {
        Image(id: try row.int(first), url: try row.text(first + 1), altText: try row.optionalText(first + 2),
              width: try row.optionalInt(first + 3).map { Int($0) }, height: try row.optionalInt(first + 4).map { Int($0) })
    }
}
