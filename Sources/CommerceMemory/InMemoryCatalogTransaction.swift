import Commerce

/// A write transaction of `InMemoryCatalogBackend`: lookups and saves on its own copy of the
/// catalog, which the actor keeps when the domain closure returns.
final class InMemoryCatalogTransaction: CatalogTransaction {
    private(set) var state: InMemoryCatalogState

    init(state: InMemoryCatalogState) {
        self.state = state
    }

    func products(ids: [Int64]) -> [Int64: Product] { state.products(ids: ids) }

    func productIDs(handles: [String]) -> [String: Int64] { state.productIDByHandle.entries(for: handles) }

    func existingProductIDs(_ ids: [Int64]) -> Set<Int64> {
        Set(ids.filter { state.productsByID[$0] != nil })
    }

    func collections(ids: [Int64]) -> [Int64: Collection] { state.collections(ids: ids) }

    func collectionIDs(handles: [String]) -> [String: Int64] { state.collectionIDByHandle.entries(for: handles) }

    func channels() -> [Channel] { state.channels }

    func existingVariantIDs(_ ids: [Int64]) -> Set<Int64> {
        Set(ids.filter { state.productIDByVariant[$0] != nil })
    }

    func existingCollectionIDs(_ ids: [Int64]) -> Set<Int64> {
        Set(ids.filter { state.collectionsByID[$0] != nil })
    }

    func save(_ channel: Channel) {
        if let index = state.channels.firstIndex(where: { $0.code == channel.code }) {
            state.channels[index] = channel
        } else {
            state.channels.append(channel)
        }
    }

    func save(_ data: ChannelCatalogData) {
        for price in data.prices { state.prices[price.variantID, default: [:]][price.channel] = price }
        for level in data.stock { state.setStock(level.quantity, variantID: level.variantID, location: level.location) }
        for listing in data.listings { state.listings[listing.productID, default: [:]][listing.channel] = listing }
        for text in data.productTranslations { state.productTranslations[text.productID, default: [:]][text.language] = text }
        for text in data.collectionTranslations { state.collectionTranslations[text.collectionID, default: [:]][text.language] = text }
    }

    func newProductID() -> Int64 { InMemoryCatalogState.allocate(&state.nextProductID) }
    func newVariantID() -> Int64 { InMemoryCatalogState.allocate(&state.nextVariantID) }
    func newImageID() -> Int64 { InMemoryCatalogState.allocate(&state.nextImageID) }
    func newCollectionID() -> Int64 { InMemoryCatalogState.allocate(&state.nextCollectionID) }

    func save(_ product: Product) {
        let stored = state.productsByID[product.id]
        if let stored {
            state.productIDByHandle[stored.handle] = nil
            for variant in stored.variants { state.productIDByVariant[variant.id] = nil }
            let kept = Set(product.variants.map(\.id))
            state.dropRows(ofVariants: stored.variants.map(\.id).filter { !kept.contains($0) })
        }
        // Membership belongs to the collections: keep the stored product's.
        let collectionIDs = stored?.collectionIDs ?? []
        state.productsByID[product.id] = product.collectionIDs == collectionIDs ? product : product.with(collectionIDs: collectionIDs)
        state.productIDByHandle[product.handle] = product.id
        for variant in product.variants {
            state.productIDByVariant[variant.id] = product.id
            state.stock[variant.id, default: [:]][StockLevel.defaultLocation] = variant.quantityAvailable
        }
    }

    func save(_ collection: Collection, productIDs: [Int64]) {
        if let stored = state.collectionsByID[collection.id] { state.collectionIDByHandle[stored.handle] = nil }
        let before = Set(state.membership[collection.id] ?? []), after = Set(productIDs)
        for productID in before.symmetricDifference(after) {
            guard let product = state.productsByID[productID] else { continue }
            var ids = product.collectionIDs.filter { $0 != collection.id }
            if after.contains(productID) { ids.append(collection.id) }
            // Ascending, as the SQLite backend lists them.
            state.productsByID[productID] = product.with(collectionIDs: ids.sorted())
        }
        state.membership[collection.id] = productIDs
        state.collectionsByID[collection.id] = collection
        state.collectionIDByHandle[collection.handle] = collection.id
    }

    func appendEvent(_ event: WebhookEvent) {
        state.outbox.append(event)
    }
}
