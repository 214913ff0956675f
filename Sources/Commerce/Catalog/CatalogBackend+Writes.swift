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
