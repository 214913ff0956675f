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
    var reservations: [String: (quantities: [Int64: Int], takenAt: Date)] = [:]
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

    /// Sets a variant's stock; `sold` units are added to its product's sales, and with `at` its
    /// product's change time becomes that time.
    mutating func setStock(_ stock: Int, variantID: Int64, sold: Int = 0, at time: Date? = nil) {
        guard let (productID, index) = variantLocation(variantID), let product = productsByID[productID] else { return }
        var variants = product.variants
        variants[index] = variants[index].with(quantityAvailable: stock)
        productsByID[productID] = product.with(variants: variants, salesCount: product.salesCount + Int64(sold), updatedAt: time)
    }

    /// Hands out the counter's value and moves it on.
    static func allocate(_ counter: inout Int64) -> Int64 {
        defer { counter += 1 }
        return counter
    }
}
