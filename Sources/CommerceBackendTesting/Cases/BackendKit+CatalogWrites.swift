import Commerce

extension BackendKit {
    static func productUpsert(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        let spec = store.products[0], id = store.productIDs[0], kept = store.variantIDs[0][0], dropped = store.variantIDs[0][1]
        let before = try check.require(try await catalog.products(ids: [id], in: .standard)[id], "product \(spec.handle)")
        try await KitStore.nextMillisecond()
        var draft = spec.draft(id: id, variantIDs: [kept, nil], stock: [nil, nil])
        (draft.handle, draft.title, draft.tags) = ("linen-overshirt", "Linen Overshirt", ["autumn"])
        draft.variants[0].price = Money(minorUnits: 5200, currency: .EUR)
        let written = try await catalog.upsertProducts([draft])
        try check.equal(written.count, 1, "upsertProducts of one draft returns one product")
        let product = written[0]
        try check.equal(product.id, id, "a draft with an id replaces that product")
        try check.equal([product.handle, product.title], ["linen-overshirt", "Linen Overshirt"], "the new handle and title")
        try check.equal(product.tags, ["autumn"], "the new tags")
        try check.equal(product.variants.count, 2, "the variants of the draft")
        try check.equal(product.variants[0].id, kept, "a variant given by id keeps its id")
        try check.equal(product.variants[0].price.minorUnits, 5200, "the kept variant's new price")
        try check.equal(product.variants[0].quantityAvailable, store.stock[0][0], "a variant given without stock keeps its stock")
        try check.expect(![kept, dropped].contains(product.variants[1].id), "a variant without id is new, got the id \(product.variants[1].id)")
        try check.equal(product.variants[1].quantityAvailable, 0, "a new variant without stock has none")
        try check.equal(product.createdAt.milliseconds, before.createdAt.milliseconds, "a rewrite keeps createdAt")
        try check.expect(product.updatedAt > before.updatedAt, "a rewrite moves updatedAt on, from \(before.updatedAt) to \(product.updatedAt)")
        try check.equal(Set(product.collectionIDs), Set(before.collectionIDs), "a rewrite keeps the product's collections")
        try check.equal(try await catalog.products(ids: [id], in: .standard)[id], product, "the rewritten product read back")
        try check.equal(Set(try await catalog.products(handles: [spec.handle, "linen-overshirt"], in: .standard).keys), ["linen-overshirt"],
                        "the old handle names nothing, the new one the product")
        try check.equal(Set(try await catalog.variants(ids: [kept, dropped, product.variants[1].id], in: .standard).keys), [kept, product.variants[1].id],
                        "a variant left out of the draft is gone")
        try check.equal(try await search(check, ProductFilter(terms: ["overshirt"])), [id], "the search index follows the new title")
        try check.equal(try await search(check, ProductFilter(tags: ["autumn"])), [id], "the tag filter follows the new tags")
        try check.expect(!(try await search(check, ProductFilter(tags: ["summer"]))).contains(id), "the old tags no longer match")
        try check.equal(try await catalog.countProducts(ProductFilter(), in: .standard), store.products.count, "no product was added")

        var byHandle = store.products[3].draft()
        byHandle.title = "Wool Socks, thick"
        let replaced = try check.require(try await catalog.upsertProducts([byHandle]).first, "upsert of \(byHandle.handle)")
        try check.equal(replaced.id, store.productIDs[3], "a draft without id replaces the product holding its handle")
        try check.equal(replaced.title, "Wool Socks, thick", "the replaced product's title")
        try check.equal(try await catalog.variants(ids: store.variantIDs[3], in: .standard).count, 0, "variants without ids replace the old ones")
        try check.equal(try await catalog.countProducts(ProductFilter(), in: .standard), store.products.count, "replacing by handle adds no product")

        var fresh = spec.draft()
        fresh.createdAt = nil
        let created = try check.require(try await catalog.upsertProducts([fresh]).first, "a new product under the freed handle")
        try check.expect(!store.productIDs.contains(created.id), "a new product gets a new id, got \(created.id)")
        try check.equal(created.handle, spec.handle, "a freed handle can be taken again")
        try check.equal(try await catalog.countProducts(ProductFilter(), in: .standard), store.products.count + 1, "one product added")

        // An id is never handed out twice: the newest product's last variant and its images, the
        // highest ids in the store, dropped by one write and replaced by the next, come back under new
        // ids (a cart line, an order or a reservation may still hold the old ones).
        let oldVariants = created.variants.map(\.id), oldImages = Set(created.images.compactMap(\.id))
        var shrunk = spec.draft(id: created.id, variantIDs: oldVariants.map { Optional($0) })
        shrunk.variants.removeLast()
        shrunk.images = []
        for index in shrunk.variants.indices { shrunk.variants[index].imageIndex = nil }
        _ = try await catalog.upsertProducts([shrunk])
        let grown = spec.draft(id: created.id, variantIDs: oldVariants.dropLast().map { Optional($0) } + [nil])
        let rewritten = try check.require(try await catalog.upsertProducts([grown]).first, "a rewrite of the newest product")
        let newVariant = try check.require(rewritten.variants.last, "the rewritten product's last variant").id
        try check.expect(!oldVariants.contains(newVariant), "a new variant never gets a dropped variant's id, got \(newVariant)")
        try check.expect(oldImages.isDisjoint(with: rewritten.images.compactMap(\.id)),
                         "new images never get dropped images' ids: \(oldImages.sorted()) then \(rewritten.images.compactMap(\.id))")
    }

    static func refusedCatalogWrites(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        let products = try await catalog.products(ids: store.productIDs, in: .standard)
        let collections = try await catalog.collections(ids: store.collectionIDs, in: .standard)
        let absent = (store.productIDs + store.variantIDs.joined() + store.collectionIDs).max()! + 1000
        let first = store.products[0], second = store.products[1]
        func draft(_ index: Int, handle: String? = nil, id: Int64? = nil) -> ProductDraft {
            var draft = store.products[index].draft(id: id)
            if let handle { draft.handle = handle }
            return draft
        }

        try await check.throwsError(CatalogWriteError.handleTaken(second.handle), "a product renamed to another's handle") {
            try await catalog.upsertProducts([draft(0, handle: second.handle, id: store.productIDs[0])])
        }
        try await check.throwsError(CatalogWriteError.handleTaken("twin"), "two new products with one handle in a batch") {
            try await catalog.upsertProducts([draft(0, handle: "twin"), draft(1, handle: "twin")])
        }
        try await check.throwsError(CatalogWriteError.notFound(absent), "a product id that names nothing") {
            try await catalog.upsertProducts([draft(0, handle: "ghost", id: absent)])
        }
        let foreign = store.variantIDs[1][0]
        try await check.throwsError(CatalogWriteError.variantNotFound(foreign), "another product's variant id") {
            try await catalog.upsertProducts([first.draft(id: store.productIDs[0], variantIDs: [foreign, nil])])
        }
        var changed = draft(2, id: store.productIDs[2])
        changed.title = "Changed Sweater"
        try await check.throwsError(CatalogWriteError.notFound(absent), "a batch with a bad draft last") {
            try await catalog.upsertProducts([changed, draft(0, handle: "fresh-one"), draft(1, handle: "ghost", id: absent)])
        }
        try await check.throwsError(CatalogWriteError.variantNotFound(foreign), "a batch with a bad variant last") {
            try await catalog.upsertProducts([draft(0, handle: "fresh-two"), first.draft(id: store.productIDs[0], variantIDs: [foreign, nil])])
        }

        func collection(_ index: Int, handle: String? = nil, id: Int64? = nil, members: [Int64]? = nil) -> CollectionDraft {
            var draft = store.draft(of: store.collections[index], id: id)
            if let handle { draft.handle = handle }
            if let members { draft.productIDs = members }
            return draft
        }
        try await check.throwsError(CatalogWriteError.notFound(absent), "a collection with a product id that names nothing") {
            try await catalog.upsertCollections([collection(0, id: store.collectionIDs[0], members: [store.productIDs[1], absent])])
        }
        try await check.throwsError(CatalogWriteError.handleTaken(store.collections[1].handle), "a collection renamed to another's handle") {
            try await catalog.upsertCollections([collection(2, handle: "fresh-collection"),
                                                 collection(0, handle: store.collections[1].handle, id: store.collectionIDs[0])])
        }
        try await check.throwsError(CatalogWriteError.notFound(absent), "a collection id that names nothing") {
            try await catalog.upsertCollections([collection(0, handle: "ghost", id: absent)])
        }

        try check.equal(try await catalog.products(ids: store.productIDs, in: .standard), products, "refused writes leave every product as it was")
        try check.equal(try await catalog.collections(ids: store.collectionIDs, in: .standard), collections, "refused writes leave every collection as it was")
        try check.equal(try await catalog.products(handles: ["twin", "fresh-one", "fresh-two", "ghost"], in: .standard).count, 0,
                        "no product of a refused batch was written")
        try check.equal(try await catalog.collections(handles: ["fresh-collection", "ghost"], in: .standard).count, 0,
                        "no collection of a refused batch was written")
        try check.equal(try await catalog.countProducts(ProductFilter(), in: .standard), store.products.count, "product count after refused writes")
        try check.equal(try await catalog.countCollections(terms: [], in: .standard), store.collections.count, "collection count after refused writes")
        try check.equal(try await search(check, ProductFilter(terms: ["changed"])), [], "the search index holds nothing of a refused write")
        for (index, spec) in store.collections.enumerated() {
            try check.equal(try await search(check, ProductFilter(collectionID: store.collectionIDs[index]), .MANUAL),
                            spec.members.map { store.productIDs[$0] }, "collection \(spec.handle)'s products after refused writes")
        }
    }

    static func collectionMembers(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        for (index, spec) in store.collections.enumerated() {
            let filter = ProductFilter(collectionID: store.collectionIDs[index])
            try check.equal(try await search(check, filter, .MANUAL), spec.members.map { store.productIDs[$0] },
                            "collection \(spec.handle)'s products in the merchant's order")
            try check.equal(try await catalog.countProducts(filter, in: .standard), spec.members.count, "collection \(spec.handle)'s product count")
        }
        let summer = store.collectionIDs[0], ids = store.productIDs
        var draft = store.draft(of: store.collections[0], id: summer)
        draft.productIDs = [ids[1], ids[6], ids[1], ids[7]]
        _ = try await catalog.upsertCollections([draft])
        try check.equal(try await search(check, ProductFilter(collectionID: summer), .MANUAL), [ids[1], ids[6], ids[7]],
                        "a rewritten collection's products, each once, in the new order")
        try check.equal(try await catalog.countProducts(ProductFilter(collectionID: summer), in: .standard), 3, "the rewritten collection's product count")
        let members = try await catalog.products(ids: [ids[0], ids[1], ids[7], ids[10]], in: .standard)
        try check.expect(!(members[ids[0]]?.collectionIDs.contains(summer) ?? true), "a product taken out no longer lists the collection")
        try check.expect(!(members[ids[10]]?.collectionIDs.contains(summer) ?? true), "a product taken out no longer lists the collection")
        try check.equal(members[ids[1]]?.collectionIDs.filter { $0 == summer }.count, 1, "a product listed twice belongs once")
        try check.expect(members[ids[7]]?.collectionIDs.contains(summer) ?? false, "a product put in lists the collection")

        var byHandle = store.draft(of: store.collections[2])
        byHandle.productIDs = [ids[4]]
        let replaced = try check.require(try await catalog.upsertCollections([byHandle]).first, "collection kitchen by handle")
        try check.equal(replaced.id, store.collectionIDs[2], "a collection draft without id replaces the collection holding its handle")
        try check.equal(try await search(check, ProductFilter(collectionID: replaced.id), .MANUAL), [ids[4]], "the replaced collection's products")
        try check.equal(try await catalog.countCollections(terms: [], in: .standard), store.collections.count, "replacing by handle adds no collection")
        let empty = store.collectionIDs[5], absent = store.collectionIDs.max()! + 1000
        try check.equal(try await search(check, ProductFilter(collectionID: empty)), [], "an empty collection's products")
        try check.equal(try await search(check, ProductFilter(collectionID: absent)), [], "the products of a collection that does not exist")
        try check.equal(try await catalog.countProducts(ProductFilter(collectionID: absent), in: .standard), 0, "the count of a collection that does not exist")
    }

    /// The ids of every product matching `filter`, in the order of `key`.
    static func search(_ check: BackendKitCheck, _ filter: ProductFilter, _ key: ProductSortKey = .ID,
                       reverse: Bool = false) async throws -> [Int64] {
        let page = try await check.backends.catalog.searchProducts(ProductSearch(
            filter: filter, sortKey: key, reverse: reverse, window: PageWindow(limit: PageArguments.maximumPageSize)), in: .standard)
        return page.items.map(\.item.id)
    }
}
