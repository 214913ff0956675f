import Commerce
import Foundation

/// A catalog held in memory, for tests and small demos. An actor, so every write is atomic.
public actor InMemoryCatalogBackend: CatalogBackend {
    private var productsByID: [Int64: Product] = [:]
    private var productIDByHandle: [String: Int64] = [:]
    private var productIDByVariant: [Int64: Int64] = [:]
    private var collectionsByID: [Int64: Collection] = [:]
    private var collectionIDByHandle: [String: Int64] = [:]
    private var membership: [Int64: [Int64]] = [:]
    private var reservations: [String: (quantities: [Int64: Int], takenAt: Date)] = [:]
    private var nextProductID: Int64 = 1
    private var nextVariantID: Int64 = 1
    private var nextImageID: Int64 = 1
    private var nextCollectionID: Int64 = 1

    /// Creates an empty catalog.
    public init() {}

    public func products(ids: [Int64]) -> [Int64: Product] {
        var result: [Int64: Product] = [:]
        for id in ids { if let product = productsByID[id] { result[id] = product } }
        return result
    }

    public func products(handles: [String]) -> [String: Product] {
        var result: [String: Product] = [:]
        for handle in handles { if let id = productIDByHandle[handle] { result[handle] = productsByID[id] } }
        return result
    }

    public func variants(ids: [Int64]) -> [Int64: ProductVariant] {
        var result: [Int64: ProductVariant] = [:]
        for id in ids {
            if let productID = productIDByVariant[id],
               let variant = productsByID[productID]?.variants.first(where: { $0.id == id }) {
                result[id] = variant
            }
        }
        return result
    }

    public func collections(ids: [Int64]) -> [Int64: Collection] {
        var result: [Int64: Collection] = [:]
        for id in ids { if let collection = collectionsByID[id] { result[id] = collection } }
        return result
    }

    public func collections(handles: [String]) -> [String: Collection] {
        var result: [String: Collection] = [:]
        for handle in handles { if let id = collectionIDByHandle[handle] { result[handle] = collectionsByID[id] } }
        return result
    }

    public func searchProducts(_ search: ProductSearch) -> SearchPage<Product> {
        let ranked = matching(search.filter).map { product, relevance, position in
            (item: product, position: SortPosition(
                value: ProductRanking.sortValue(product, key: search.sortKey, relevance: relevance, manualPosition: position),
                id: product.id))
        }
        let sorted = ranked.sorted { $0.position.precedes($1.position, descending: search.descending) }
        let (items, hasMore) = search.window.apply(sorted, descending: search.descending)
        return SearchPage(items: items, hasMore: hasMore)
    }

    public func countProducts(_ filter: ProductFilter) -> Int {
        matching(filter).count
    }

    public func searchCollections(_ search: CollectionSearch) -> SearchPage<Collection> {
        let ranked: [(item: Collection, position: SortPosition)] = collectionsByID.values.compactMap { collection in
            guard let relevance = ProductRanking.relevance(
                title: collection.title, description: collection.description, tags: [], terms: search.terms) else { return nil }
            let value: SortValue
            switch search.sortKey {
            case .TITLE: value = .text(collection.title.lowercased())
            case .UPDATED_AT: value = .int(collection.updatedAt.milliseconds)
            case .ID: value = .int(collection.id)
            case .RELEVANCE: value = .real(relevance)
            }
            return (item: collection, position: SortPosition(value: value, id: collection.id))
        }
        let sorted = ranked.sorted { $0.position.precedes($1.position, descending: search.descending) }
        let (items, hasMore) = search.window.apply(sorted, descending: search.descending)
        return SearchPage(items: items, hasMore: hasMore)
    }

    public func countCollections(terms: [String]) -> Int {
        collectionsByID.values.filter {
            ProductRanking.relevance(title: $0.title, description: $0.description, tags: [], terms: terms) != nil
        }.count
    }

    public func upsertProducts(_ drafts: [ProductDraft]) throws -> [Product] {
        // Check everything first, so a refused batch writes nothing.
        var claimed: [String: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            let owner = draft.id ?? productIDByHandle[draft.handle]
            if let id = draft.id, productsByID[id] == nil { throw CatalogWriteError.notFound(id) }
            if let holder = productIDByHandle[draft.handle], holder != owner { throw CatalogWriteError.handleTaken(draft.handle) }
            if claimed[draft.handle] != nil { throw CatalogWriteError.handleTaken(draft.handle) }
            claimed[draft.handle] = index
            let existing = owner.flatMap { productsByID[$0] }
            for variant in draft.variants {
                if let variantID = variant.id, !(existing?.variants.contains { $0.id == variantID } ?? false) {
                    throw CatalogWriteError.variantNotFound(variantID)
                }
            }
        }
        let now = Date(milliseconds: Date().milliseconds)
        return drafts.map { draft in
            let existing = (draft.id ?? productIDByHandle[draft.handle]).flatMap { productsByID[$0] }
            let id = existing?.id ?? allocate(&nextProductID)
            if let existing {
                productIDByHandle[existing.handle] = nil
                for variant in existing.variants { productIDByVariant[variant.id] = nil }
            }
            let variantIDs = draft.variants.map { $0.id ?? allocate(&nextVariantID) }
            let inventory = draft.variants.map { variant in
                variant.inventoryQuantity ?? existing?.variants.first { $0.id == variant.id }?.quantityAvailable ?? 0
            }
            let imageIDs = draft.images.map { _ in allocate(&nextImageID) }
            let createdAt = existing?.createdAt ?? Date(milliseconds: (draft.createdAt ?? now).milliseconds)
            let product = draft.build(
                id: id, variantIDs: variantIDs, imageIDs: imageIDs, collectionIDs: existing?.collectionIDs ?? [],
                createdAt: createdAt, updatedAt: max(now, createdAt), salesCount: existing?.salesCount ?? 0,
                inventory: inventory)
            productsByID[id] = product
            productIDByHandle[product.handle] = id
            for variant in product.variants { productIDByVariant[variant.id] = id }
            return product
        }
    }

    public func upsertCollections(_ drafts: [CollectionDraft]) throws -> [Collection] {
        for draft in drafts {
            if let id = draft.id, collectionsByID[id] == nil { throw CatalogWriteError.notFound(id) }
            let owner = draft.id ?? collectionIDByHandle[draft.handle]
            if let holder = collectionIDByHandle[draft.handle], holder != owner { throw CatalogWriteError.handleTaken(draft.handle) }
            for productID in draft.productIDs where productsByID[productID] == nil {
                throw CatalogWriteError.notFound(productID)
            }
        }
        let now = Date(milliseconds: Date().milliseconds)
        return drafts.map { draft in
            let id = draft.id ?? collectionIDByHandle[draft.handle] ?? allocate(&nextCollectionID)
            if let old = collectionsByID[id] { collectionIDByHandle[old.handle] = nil }
            for productID in membership[id] ?? [] {
                if let product = productsByID[productID] {
                    productsByID[productID] = product.with(collectionIDs: product.collectionIDs.filter { $0 != id })
                }
            }
            var unique: [Int64] = []
            for productID in draft.productIDs where !unique.contains(productID) { unique.append(productID) }
            membership[id] = unique
            for productID in unique {
                if let product = productsByID[productID] { productsByID[productID] = product.with(collectionIDs: product.collectionIDs + [id]) }
            }
            let collection = Collection(
                id: id, handle: draft.handle, title: draft.title, description: draft.description,
                descriptionHtml: draft.descriptionHtml, image: draft.image, seo: draft.seo, updatedAt: now)
            collectionsByID[id] = collection
            collectionIDByHandle[draft.handle] = id
            return collection
        }
    }

    public func adjustInventory(variantID: Int64, delta: Int, maximum: Int) -> InventoryAdjustment {
        guard let productID = productIDByVariant[variantID],
              let index = productsByID[productID]?.variants.firstIndex(where: { $0.id == variantID }),
              let current = productsByID[productID]?.variants[index].quantityAvailable else { return .notFound }
        let (stock, overflow) = current.addingReportingOverflow(delta)
        guard !overflow, stock >= 0 else { return .insufficient(available: current) }
        if delta > 0, current > maximum - delta { return .overMaximum(available: current) }
        let product = productsByID[productID]!
        var variants = product.variants
        variants[index] = variants[index].with(quantityAvailable: stock)
        productsByID[productID] = product.with(variants: variants, updatedAt: Date(milliseconds: Date().milliseconds))
        return .adjusted(variants[index])
    }

    public func takeInventory(_ quantities: [Int64: Int], reservation: String) -> InventoryTake {
        guard reservations[reservation] == nil else { return .short([:]) }
        let available = variants(ids: Array(quantities.keys))
        var short: [Int64: Int] = [:]
        for (variantID, quantity) in quantities {
            let stock = available[variantID]?.quantityAvailable ?? 0
            if stock < quantity { short[variantID] = stock }
        }
        guard short.isEmpty else { return .short(short) }
        for (variantID, quantity) in quantities {
            let productID = productIDByVariant[variantID]!
            changeStock(productID: productID, variantID: variantID, by: -quantity)
        }
        reservations[reservation] = (quantities, Date())
        return .taken
    }

    public func returnInventory(reservation: String) -> Bool {
        guard let (quantities, _) = reservations.removeValue(forKey: reservation) else { return false }
        for (variantID, quantity) in quantities {
            guard let productID = productIDByVariant[variantID] else { continue }
            changeStock(productID: productID, variantID: variantID, by: quantity)
        }
        return true
    }

    public func settleInventory(reservation: String) {
        reservations[reservation] = nil
    }

    public func inventoryReservations(before time: Date) -> [String] {
        reservations.filter { $0.value.takenAt < time }.map(\.key).sorted()
    }

    /// Adds `delta` units to a variant's stock and takes them from its product's sales (a sale
    /// is a negative delta).
    private func changeStock(productID: Int64, variantID: Int64, by delta: Int) {
        guard let product = productsByID[productID],
              let index = product.variants.firstIndex(where: { $0.id == variantID }) else { return }
        var variants = product.variants
        variants[index] = variants[index].with(quantityAvailable: variants[index].quantityAvailable + delta)
        productsByID[productID] = product.with(variants: variants, salesCount: product.salesCount - Int64(delta))
    }

    /// The products passing `filter`, with their relevance and manual position.
    private func matching(_ filter: ProductFilter) -> [(Product, Double, Int?)] {
        var positions: [Int64: Int]?
        var candidates: [Product]
        if let collectionID = filter.collectionID {
            let members = membership[collectionID] ?? []
            positions = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element, $0.offset) })
            candidates = members.compactMap { productsByID[$0] }
        } else {
            candidates = Array(productsByID.values)
        }
        return candidates.compactMap { product in
            guard filter.matchesFields(product),
                  let relevance = ProductRanking.relevance(
                    title: product.title, description: product.description, tags: product.tags, terms: filter.terms)
            else { return nil }
            return (product, relevance, positions?[product.id])
        }
    }

    private func allocate(_ counter: inout Int64) -> Int64 {
        defer { counter += 1 }
        return counter
    }
}
