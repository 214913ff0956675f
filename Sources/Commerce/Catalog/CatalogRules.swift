import Foundation

/// The catalog's domain rules, once for every backend, as plain functions on values: what an
/// upsert may write and what it writes, and the arithmetic of stock. `CatalogBackend`'s write
/// methods (`upsertProducts`, `upsertCollections`) run them inside the backend's transaction.
public enum CatalogRules {
    /// The id of the product each draft of a batch replaces (nil: a new product), after checking the
    /// whole batch against what is stored, so that a refused batch writes nothing:
    /// a draft's id must name a stored product; a draft without one replaces the product holding its
    /// handle; a handle may not belong to another product, nor be claimed by two drafts; a draft's
    /// variant ids must be variants of the product it replaces, each given once.
    /// - Parameters:
    ///   - stored: the stored products named by the drafts' ids and by `handleHolders`.
    ///   - handleHolders: the stored product holding each draft's handle, where one does.
    public static func productOwners(_ drafts: [ProductDraft], stored: [Int64: Product],
                                     handleHolders: [String: Int64]) throws(CatalogWriteError) -> [Int64?] {
        var claimed = Set<String>(), owners = Set<Int64>()
        return try drafts.map { draft throws(CatalogWriteError) -> Int64? in
            let owner = try self.owner(id: draft.id, handle: draft.handle, isStored: { stored[$0] != nil },
                                       handleHolders: handleHolders, claimed: &claimed, owners: &owners)
            let existing = owner.flatMap { stored[$0] }
            var seen = Set<Int64>()
            for variantID in draft.variants.compactMap(\.id) {
                guard existing?.variants.contains(where: { $0.id == variantID }) == true else { throw .variantNotFound(variantID) }
                guard seen.insert(variantID).inserted else { throw .duplicateVariant(variantID) }
            }
            return owner
        }
    }

    /// The product a draft describes once stored under `id`, replacing `existing` (nil for a new one).
    /// It keeps the existing product's creation time, units sold and collections; a new product is
    /// created at the draft's `createdAt`, else now. It was changed now, or at its creation when that
    /// is later. A variant keeps its stock unless the draft gives one (0 for a new variant); a variant
    /// without a title is named by its option values. Times are whole milliseconds, as stored.
    /// - Parameters:
    ///   - variantIDs: the id of each of the draft's variants (theirs, or new ones).
    ///   - imageIDs: a new id for each of the draft's images.
    public static func product(from draft: ProductDraft, replacing existing: Product?, id: Int64,
                               variantIDs: [Int64], imageIDs: [Int64], now: Date) -> Product {
        let now = Date(milliseconds: now.milliseconds)
        let createdAt = existing?.createdAt ?? Date(milliseconds: (draft.createdAt ?? now).milliseconds)
        let inventory = draft.variants.map { variant in
            variant.inventoryQuantity ?? existing?.variants.first { $0.id == variant.id }?.quantityAvailable ?? 0
        }
        return draft.build(
            id: id, variantIDs: variantIDs, imageIDs: imageIDs, collectionIDs: existing?.collectionIDs ?? [],
            createdAt: createdAt, updatedAt: max(now, createdAt), salesCount: existing?.salesCount ?? 0,
            inventory: inventory)
    }

    /// The id of the collection each draft of a batch replaces (nil: a new collection), after checking
    /// the whole batch: a draft's id must name a stored collection; a draft without one replaces the
    /// collection holding its handle; a handle may not belong to another collection, nor be claimed by
    /// two drafts; every product listed must exist.
    /// - Parameters:
    ///   - stored: the stored collections named by the drafts' ids.
    ///   - handleHolders: the stored collection holding each draft's handle, where one does.
    ///   - existingProducts: which of the listed product ids name stored products.
    public static func collectionOwners(_ drafts: [CollectionDraft], stored: [Int64: Collection],
                                        handleHolders: [String: Int64],
                                        existingProducts: Set<Int64>) throws(CatalogWriteError) -> [Int64?] {
        var claimed = Set<String>(), owners = Set<Int64>()
        return try drafts.map { draft throws(CatalogWriteError) -> Int64? in
            let owner = try self.owner(id: draft.id, handle: draft.handle, isStored: { stored[$0] != nil },
                                       handleHolders: handleHolders, claimed: &claimed, owners: &owners)
            if let missing = draft.productIDs.first(where: { !existingProducts.contains($0) }) { throw .notFound(missing) }
            return owner
        }
    }

    /// The collection a draft describes once stored under `id`, changed now (whole milliseconds), and
    /// its members in the merchant's order, each once (the first time it is listed).
    public static func collection(from draft: CollectionDraft, id: Int64, now: Date) -> (collection: Collection, productIDs: [Int64]) {
        var seen = Set<Int64>()
        let members = draft.productIDs.filter { seen.insert($0).inserted }
        let collection = Collection(
            id: id, handle: draft.handle, title: draft.title, description: draft.description,
            descriptionHtml: draft.descriptionHtml, image: draft.image, seo: draft.seo,
            updatedAt: Date(milliseconds: now.milliseconds))
        return (collection, members)
    }

    /// The stored id a draft of a batch replaces (nil: a new one), checked as products and
    /// collections both are: its id must be stored; its handle may not belong to another, nor be
    /// claimed by an earlier draft of the batch (`claimed` gathers them); nor may two drafts replace
    /// one stored product or collection (`owners` gathers them).
    private static func owner(id: Int64?, handle: String, isStored: (Int64) -> Bool, handleHolders: [String: Int64],
                              claimed: inout Set<String>, owners: inout Set<Int64>) throws(CatalogWriteError) -> Int64? {
        if let id, !isStored(id) { throw .notFound(id) }
        let owner = id ?? handleHolders[handle]
        if let holder = handleHolders[handle], holder != owner { throw .handleTaken(handle) }
        guard claimed.insert(handle).inserted else { throw .handleTaken(handle) }
        if let owner, !owners.insert(owner).inserted { throw .changedTwice(owner) }
        return owner
    }

    /// Whether a variant holding `current` units may change by `delta`: the stock never goes below
    /// zero (nor overflows), and an increase never takes it over `maximum` (a decrease may leave it there).
    public static func stockChange(current: Int, delta: Int, maximum: Int) -> StockChange {
        let (stock, overflow) = current.addingReportingOverflow(delta)
        guard !overflow, stock >= 0 else { return .refused(.insufficient(available: current)) }
        if delta > 0, stock > maximum { return .refused(.overMaximum(available: current)) }
        return .allowed(stock)
    }

    /// The variants holding fewer units than `quantities` asks of them, with the units they hold
    /// (`stock` lacks a variant that does not exist: it holds 0). Empty when the whole take may happen.
    public static func shortfall(_ quantities: [Int64: Int], stock: [Int64: Int]) -> [Int64: Int] {
        var short: [Int64: Int] = [:]
        for (variantID, quantity) in quantities where (stock[variantID] ?? 0) < quantity {
            short[variantID] = stock[variantID] ?? 0
        }
        return short
    }
}
