import Commerce
import Foundation

/// What an in-memory catalog holds: products with their indexes, collections with their members,
/// reservations and the id counters. A value, so a write transaction works on a copy and the
/// actor keeps it only when the transaction succeeds.
struct InMemoryCatalogState {
    var productsByID: [Int64: Product] = [:]
    var productIDByHandle: [String: Int64] = [:]
    var productIDByVariant: [Int64: Int64] = [:]
    var collectionsByID: [Int64: Collection] = [:]
    var collectionIDByHandle: [String: Int64] = [:]
    /// Each collection's products, in the merchant's order.
    var membership: [Int64: [Int64]] = [:]
    var reservations: [String: (taken: [TakenStock], takenAt: Date)] = [:]
    /// The channels, in the order they were first written.
    var channels: [Channel] = []
    /// Prices per variant, by channel.
    var prices: [Int64: [String: VariantPrice]] = [:]
    /// Units per variant, by location. A stored product's variants hold the default location's.
    var stock: [Int64: [String: Int]] = [:]
    /// Listings per product, by channel.
    var listings: [Int64: [String: ProductListing]] = [:]
    /// Product texts per product, by language.
    var productTranslations: [Int64: [String: ProductTranslation]] = [:]
    /// Collection texts per collection, by language.
    var collectionTranslations: [Int64: [String: CollectionTranslation]] = [:]
    /// The webhook events of the product writes, and their deliveries.
    var outbox = InMemoryOutbox()
    var nextProductID: Int64 = 1
    var nextVariantID: Int64 = 1
    var nextImageID: Int64 = 1
    var nextCollectionID: Int64 = 1

    /// Products by id.
    func products(ids: [Int64]) -> [Int64: Product] { productsByID.entries(for: ids) }

    /// Collections by id.
    func collections(ids: [Int64]) -> [Int64: Collection] { collectionsByID.entries(for: ids) }

    /// The variant with the id and the index of its product's variant, or nil.
    func variantLocation(_ variantID: Int64) -> (productID: Int64, index: Int)? {
        guard let productID = productIDByVariant[variantID],
              let index = productsByID[productID]?.variants.firstIndex(where: { $0.id == variantID }) else { return nil }
        return (productID, index)
    }

    /// Sets a variant's units at a location; `sold` units are added to its product's sales, and
    /// with `at` its product's change time becomes that time. The stored product's variant holds
    /// the default location's units.
    mutating func setStock(_ units: Int, variantID: Int64, location: String, sold: Int = 0, at time: Date? = nil) {
        guard let (productID, index) = variantLocation(variantID), let product = productsByID[productID] else { return }
        stock[variantID, default: [:]][location] = units
        guard location == StockLevel.defaultLocation || sold != 0 || time != nil else { return }
        var variants = product.variants
        if location == StockLevel.defaultLocation { variants[index] = variants[index].with(quantityAvailable: units) }
        productsByID[productID] = product.with(variants: variants, salesCount: product.salesCount + Int64(sold), updatedAt: time)
    }

    /// A variant's units at a location.
    func units(_ variantID: Int64, at location: String) -> Int { stock[variantID]?[location] ?? 0 }

    /// A product's channel rows for `context`.
    func records(_ product: Product, in context: CatalogContext) -> ProductChannelRecords {
        var records = ProductChannelRecords(listing: listings[product.id]?[context.channel])
        let locations = CatalogRules.uniqued(context.stockLocations)
        for variant in product.variants {
            if let price = prices[variant.id]?[context.channel] { records.prices[variant.id] = price }
            if let levels = stock[variant.id] { records.stock[variant.id] = locations.reduce(0) { $0 + (levels[$1] ?? 0) } }
        }
        if let texts = productTranslations[product.id] { records.translations = context.translationLanguages.compactMap { texts[$0] } }
        return records
    }

    /// A product as `context` sees it, or nil when the channel does not list it (or, `searching`,
    /// does not show it in searches).
    func project(_ product: Product, in context: CatalogContext, searching: Bool = false) -> Product? {
        CatalogProjection.product(product, records: records(product, in: context), in: context, searching: searching)
    }

    /// A collection with the texts of the context's language chain.
    func project(_ collection: Collection, in context: CatalogContext) -> Collection {
        guard let texts = collectionTranslations[collection.id] else { return collection }
        return CatalogProjection.collection(collection, translations: context.translationLanguages.compactMap { texts[$0] }, in: context)
    }

    /// Forgets the channel rows of variants that no longer exist.
    mutating func dropRows(ofVariants ids: [Int64]) {
        for id in ids {
            prices[id] = nil
            stock[id] = nil
        }
    }

    /// Hands out the counter's value and moves it on.
    static func allocate(_ counter: inout Int64) -> Int64 {
        defer { counter += 1 }
        return counter
    }
}
