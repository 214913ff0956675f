import Commerce
import GraphQLCore

/// The catalog's JSON as the PostgreSQL reader gets it: the JSON columns (through `CatalogJSONColumn`)
/// and the positional arrays `PostgresCatalogReader.productSelect` aggregates a product's images and
/// variants into. JSON that is not what the statements write is a `PostgresError` naming the column.
enum PostgresCatalogJSON {
    /// Runs `body`, reporting `CatalogJSONColumn.Malformed` as a client-side `PostgresError`.
    static func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let malformed as CatalogJSONColumn.Malformed {
            throw PostgresError(.client, message: malformed.description)
        }
    }

    /// An image from `[id, url, alt_text, width, height]`.
    static func image(_ value: JSON) throws -> Image {
        try read { try image(fields(value, count: 5, column: "images"), from: 0, column: "images") }
    }

    /// A variant of product `productID`, priced in `currency`, from `[id, position, title, sku, price,
    /// compare_at_price, inventory, options, image id, url, alt_text, width, height]`.
    static func variant(_ value: JSON, productID: Int64, currency: CurrencyCode) throws -> ProductVariant {
        try read {
            let column = "variants"
            let field = try fields(value, count: 13, column: column)
            return ProductVariant(
                id: Int64(try CatalogJSONColumn.int(field[0], column: column)), productID: productID,
                position: try CatalogJSONColumn.int(field[1], column: column),
                title: try CatalogJSONColumn.string(field[2], column: column),
                sku: try CatalogJSONColumn.optionalString(field[3], column: column),
                price: Money(minorUnits: Int64(try CatalogJSONColumn.int(field[4], column: column)), currency: currency),
                compareAtPrice: try CatalogJSONColumn.optionalInt(field[5], column: column).map {
                    Money(minorUnits: Int64($0), currency: currency)
                },
                quantityAvailable: try CatalogJSONColumn.int(field[6], column: column),
                selectedOptions: try CatalogJSONColumn.selectedOptions(field[7], column: "variants.options"),
                image: field[8].isNull ? nil : try image(field, from: 8, column: column))
        }
    }

    /// The elements of a positional array of `count` elements.
    private static func fields(_ value: JSON, count: Int, column: String) throws(CatalogJSONColumn.Malformed) -> [JSON] {
        guard case .array(let fields) = value, fields.count == count else { throw CatalogJSONColumn.Malformed(column: column) }
        return fields
    }

    /// The image in `fields` from `first`: id, url, alt text, width, height.
    private static func image(_ fields: [JSON], from first: Int, column: String) throws(CatalogJSONColumn.Malformed) -> Image {
        Image(id: Int64(try CatalogJSONColumn.int(fields[first], column: column)),
              url: try CatalogJSONColumn.string(fields[first + 1], column: column),
              altText: try CatalogJSONColumn.optionalString(fields[first + 2], column: column),
              width: try CatalogJSONColumn.optionalInt(fields[first + 3], column: column),
              height: try CatalogJSONColumn.optionalInt(fields[first + 4], column: column))
    }
}
