import Foundation

extension CatalogBackend {
    /// Creates or replaces products, all or none (throws `CatalogWriteError`): `CatalogRules` checks
    /// the batch and builds each product, in one `writeCatalog` transaction.
    public func upsertProducts(_ drafts: [ProductDraft]) async throws -> [Product] {
        let now = Date()
        return try await writeCatalog { transaction in
            let holders = try transaction.productIDs(handles: Array(Set(drafts.map(\.handle))))
            var current = try transaction.products(ids: Array(Set(drafts.compactMap(\.id)).union(holders.values)))
            let owners = try CatalogRules.productOwners(drafts, stored: current, handleHolders: holders)
            return try zip(drafts, owners).map { draft, owner in
                let id = try owner ?? transaction.newProductID()
                let variantIDs = try draft.variants.map { try $0.id ?? transaction.newVariantID() }
                let imageIDs = try draft.images.map { _ in try transaction.newImageID() }
                let product = CatalogRules.product(from: draft, replacing: owner.flatMap { current[$0] }, id: id,
                                                   variantIDs: variantIDs, imageIDs: imageIDs, now: now)
                try transaction.save(product)
                try transaction.appendEvent(.productUpdated(product))
                current[id] = product
                return product
            }
        }
    }

    /// Creates or replaces collections with their product lists, all or none (throws
    /// `CatalogWriteError`), by `CatalogRules` in one `writeCatalog` transaction.
    public func upsertCollections(_ drafts: [CollectionDraft]) async throws -> [Collection] {
        let now = Date()
        return try await writeCatalog { transaction in
            let holders = try transaction.collectionIDs(handles: Array(Set(drafts.map(\.handle))))
            let stored = try transaction.collections(ids: Array(Set(drafts.compactMap(\.id))))
            let existing = try transaction.existingProductIDs(Array(Set(drafts.flatMap(\.productIDs))))
            let owners = try CatalogRules.collectionOwners(drafts, stored: stored, handleHolders: holders,
                                                           existingProducts: existing)
            return try zip(drafts, owners).map { draft, owner in
                let (collection, members) = CatalogRules.collection(from: draft, id: try owner ?? transaction.newCollectionID(), now: now)
                try transaction.save(collection, productIDs: members)
                return collection
            }
        }
    }
}

extension CatalogBackend {
    /// Creates or replaces channels (by code), all or none (throws `CatalogWriteError`).
    public func upsertChannels(_ channels: [Channel]) async throws {
        for channel in channels { try CatalogRules.checkChannel(channel) }
        try await writeCatalog { transaction in
            for channel in channels { try transaction.save(channel) }
        }
    }

    /// Writes per-channel prices, stock, listings and translations, all or none (throws
    /// `CatalogWriteError`), checked by `CatalogRules.checkChannelData` in the same transaction.
    public func writeChannelData(_ data: ChannelCatalogData) async throws {
        try await writeCatalog { transaction in
            let variants = Set(data.prices.map(\.variantID)).union(data.stock.map(\.variantID))
            let products = Set(data.listings.map(\.productID)).union(data.productTranslations.map(\.productID))
            try CatalogRules.checkChannelData(
                data, channels: try transaction.channels(),
                existingVariants: try transaction.existingVariantIDs(Array(variants)),
                existingProducts: try transaction.existingProductIDs(Array(products)),
                existingCollections: try transaction.existingCollectionIDs(Array(Set(data.collectionTranslations.map(\.collectionID)))))
            try transaction.save(data)
        }
    }
}

extension CatalogBackend {
    /// Products by id as stored, in no channel's projection (their own prices, currency and texts,
    /// the default location's stock): what a write such as `productUpsert` starts from. Read in a
    /// write transaction.
    public func storedProducts(ids: [Int64]) async throws -> [Int64: Product] {
        try await writeCatalog { try $0.products(ids: ids) }
    }

    /// Products by handle as stored (see `storedProducts(ids:)`).
    public func storedProducts(handles: [String]) async throws -> [String: Product] {
        try await writeCatalog { transaction in
            let ids = try transaction.productIDs(handles: handles)
            let products = try transaction.products(ids: Array(ids.values))
            return ids.compactMapValues { products[$0] }
        }
    }
}
