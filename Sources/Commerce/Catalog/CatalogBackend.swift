import Foundation

/// Where products, variants, collections and inventory are stored. Every read is batch-first:
/// one call loads many keys, and keys that name nothing are simply absent from the result.
/// A backend only loads and saves: upserts (`upsertProducts`, `upsertCollections`, in
/// `CatalogBackend+Writes.swift`) are the domain's rules (`CatalogRules`) run over `writeCatalog`'s
/// transaction; stock changes are conditional writes, one per variant, with their arithmetic
/// from `CatalogRules`. Implementations must be safe to call concurrently; writes are atomic.
public protocol CatalogBackend: Sendable {
    /// The channels stored in the catalog, in the order they were first written.
    func channels() async throws -> [Channel]
    /// Products (with variants, images and collection ids) by id, projected into `context`
    /// (`CatalogProjection`): prices in its currency, stock over its locations, texts along its
    /// language chain; products the channel does not list are absent.
    func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product]
    /// Products by handle, projected into `context`.
    func products(handles: [String], in context: CatalogContext) async throws -> [String: Product]
    /// Variants by id, projected into `context` (absent when the channel does not list the product
    /// or has no price for the variant).
    func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant]
    /// Collections by id, with their texts along the context's language chain.
    func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection]
    /// Collections by handle, with their texts along the context's language chain.
    func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection]
    /// One window of the products matching a filter, in order, among those the channel shows in
    /// searches; prices, stock (the PRICE order, `available`) and texts are the context's.
    func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product>
    /// How many products match a filter among those the channel shows in searches.
    func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int
    /// One window of the collections matching a search, in order, with the context's texts.
    func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection>
    /// How many collections match the words.
    func countCollections(terms: [String], in context: CatalogContext) async throws -> Int

    /// Runs `body` in one write transaction (SQLite: one `BEGIN IMMEDIATE` on the writer connection;
    /// memory: inside the actor; PostgreSQL: one transaction holding the catalog's advisory lock) and
    /// returns what it returns: everything `body` saved is kept when it returns, and nothing when it
    /// throws (the error is rethrown). Writes are serialized: no other write of the catalog runs while
    /// `body` does. A backend may roll the transaction back and run `body` again from the start
    /// (PostgreSQL does after a deadlock), so `body` acts only through the transaction.
    func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T
    /// Changes one variant's stock at one location by `delta` units, in one write, as
    /// `CatalogRules.stockChange` allows: stock never goes below zero, and an increase never takes
    /// it over `maximum`. The adjusted variant is the stored one with the location's units.
    func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment
    /// Takes stock for an order from `locations` only (a channel's `stockLocations`: the first
    /// location's units first, then the next's), all or nothing, and counts the units as sold;
    /// records what was taken from which location under `reservation` (the cart's key) in the same
    /// write, so that it can be given back exactly once even after a crash. Short variants are those
    /// of `CatalogRules.shortfall` over the units summed over `locations`; a reservation already
    /// recorded takes nothing (`.short([:])`).
    func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake
    /// Gives back the stock recorded under `reservation`, to the locations it came from, and forgets it (an order that could not be
    /// recorded); false when nothing is recorded under it (never taken, or already given back or settled).
    @discardableResult
    func returnInventory(reservation: String) async throws -> Bool
    /// Forgets `reservation`: its order was recorded and keeps the stock.
    func settleInventory(reservation: String) async throws
    /// The reservations recorded before `time`, neither given back nor settled.
    func inventoryReservations(before time: Date) async throws -> [String]
}

/// The outcome of `CatalogBackend.adjustInventory`.
public enum InventoryAdjustment: Sendable, Hashable {
    /// The variant after the change.
    case adjusted(ProductVariant)
    /// No variant has the id.
    case notFound
    /// The stock would go below zero; it holds `available` units.
    case insufficient(available: Int)
    /// The stock would go over the maximum; it holds `available` units.
    case overMaximum(available: Int)
}

extension CatalogBackend {
    /// Changes one variant's stock at the default location (`StockLevel.defaultLocation`) by
    /// `delta` units, with no maximum unless given.
    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int = .max) async throws -> InventoryAdjustment {
        try await adjustInventory(variantID: variantID, location: StockLevel.defaultLocation, delta: delta, maximum: maximum)
    }
}

/// The outcome of `CatalogBackend.takeInventory`.
public enum InventoryTake: Sendable, Hashable {
    /// Every unit was taken.
    case taken
    /// Nothing was taken: these variants hold fewer units than asked (variant id to units available;
    /// 0 for a variant that no longer exists).
    case short([Int64: Int])
}

/// Why a catalog write was refused; nothing was written.
public enum CatalogWriteError: Error, Sendable, Hashable {
    /// The handle belongs to another product or collection.
    case handleTaken(String)
    /// No product or collection has the id.
    case notFound(Int64)
    /// The variant id belongs to no variant of the product.
    case variantNotFound(Int64)
    /// The variant id is given twice in one product.
    case duplicateVariant(Int64)
    /// Two drafts of one batch replace the same stored product or collection (by id or by handle).
    case changedTwice(Int64)
    /// No channel has the code.
    case unknownChannel(String)
    /// A price for the channel is not in the channel's currency.
    case currencyMismatch(channel: String, currency: CurrencyCode)
    /// A stock level below zero, or a channel without a code, currency or location.
    case invalidChannelData(String)
}
