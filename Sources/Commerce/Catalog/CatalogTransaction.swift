/// One write transaction on a catalog's storage, handed by `CatalogBackend.writeCatalog(_:)` to a
/// synchronous domain closure. Lookups see what the transaction saved so far; nothing it saves is
/// visible to others before the closure returns, and nothing is kept when the closure throws.
/// A backend implements it with storage code only: the domain's checks and rules run in Commerce
/// (`CatalogRules`), over what these lookups return.
public protocol CatalogTransaction {
    /// Products by id, as stored (ids that name nothing are absent).
    func products(ids: [Int64]) throws -> [Int64: Product]
    /// The ids of the products holding these handles.
    func productIDs(handles: [String]) throws -> [String: Int64]
    /// Which of these ids name a product.
    func existingProductIDs(_ ids: [Int64]) throws -> Set<Int64>
    /// Collections by id, as stored.
    func collections(ids: [Int64]) throws -> [Int64: Collection]
    /// The ids of the collections holding these handles.
    func collectionIDs(handles: [String]) throws -> [String: Int64]

    /// A product id no product has, nor any id handed out before.
    func newProductID() throws -> Int64
    /// A variant id no variant has, nor any id handed out before.
    func newVariantID() throws -> Int64
    /// An image id no image has, nor any id handed out before.
    func newImageID() throws -> Int64
    /// A collection id no collection has, nor any id handed out before.
    func newCollectionID() throws -> Int64

    /// Stores the product as given, creating it or replacing the one with its id: every field, its
    /// images and variants (variants it no longer lists are deleted) and its search text. Its
    /// `collectionIDs` are not stored: collections own their members (`save(_:productIDs:)`).
    func save(_ product: Product) throws
    /// Stores the collection as given, with exactly these members in this order (ids of stored products).
    func save(_ collection: Collection, productIDs: [Int64]) throws
    /// The stored channels, in the order they were first written.
    func channels() throws -> [Channel]
    /// Which of these ids name a variant.
    func existingVariantIDs(_ ids: [Int64]) throws -> Set<Int64>
    /// Which of these ids name a collection.
    func existingCollectionIDs(_ ids: [Int64]) throws -> Set<Int64>
    /// Stores the channel, creating it or replacing the one with its code.
    func save(_ channel: Channel) throws
    /// Stores per-channel catalog rows, each replacing the row with its key (already checked by
    /// `CatalogRules.checkChannelData`: known channels, ids and currencies, no negative stock).
    func save(_ data: ChannelCatalogData) throws

    /// Writes a webhook event to the store's outbox, in this transaction (`WebhookOutbox`). A backend
    /// without an outbox keeps the default, which drops it.
    func appendEvent(_ event: WebhookEvent) throws
}

extension CatalogTransaction {
    /// Drops the event: the store keeps no outbox.
    public func appendEvent(_ event: WebhookEvent) throws {}
}
