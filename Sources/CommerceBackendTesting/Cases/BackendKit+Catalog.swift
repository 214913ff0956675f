import Commerce

extension BackendKit {
    static let catalogCases: [BackendKitCase] = [
        BackendKitCase(.catalog, "products, variants and collections by id and by handle, batched; absent keys are absent") { try await catalogReads($0) },
        BackendKitCase(.catalog, "upsert replaces a product by id or by handle, keeping the variants given by id and their stock") { try await productUpsert($0) },
        BackendKitCase(.catalog, "refused writes (handle taken, not found, variant not found) write nothing of their batch") { try await refusedCatalogWrites($0) },
        BackendKitCase(.catalog, "collections keep their products in the merchant's order, each once; a rewrite moves them") { try await collectionMembers($0) },
        BackendKitCase(.catalog, "adjustInventory: never below zero, never over the maximum; availability follows the stock") { try await inventoryAdjustments($0) },
        BackendKitCase(.catalog, "takeInventory takes all or nothing and counts the sale; return gives back once; settle keeps") { try await inventoryReservations($0) },
    ]

    private static func catalogReads(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        let absent = (store.productIDs + store.variantIDs.joined() + store.collectionIDs).max()! + 1000
        let byID = try await catalog.products(ids: [absent] + store.productIDs + [store.productIDs[0]], in: .standard)
        try check.equal(Set(byID.keys), Set(store.productIDs), "products(ids:) holds the ids that name products, and only those")
        for index in store.products.indices { try checkProduct(check, store, index, byID[store.productIDs[index]]) }
        let byHandle = try await catalog.products(handles: store.products.map(\.handle) + ["no-such-product"], in: .standard)
        try check.equal(Set(byHandle.keys), Set(store.products.map(\.handle)), "products(handles:) holds the handles that name products")
        for (index, handle) in store.products.map(\.handle).enumerated() {
            try check.equal(byHandle[handle], byID[store.productIDs[index]], "product \(handle) by handle and by id")
        }
        try check.equal(try await catalog.products(ids: [], in: .standard).count, 0, "products(ids: [])")
        try check.equal(try await catalog.products(handles: [], in: .standard).count, 0, "products(handles: [])")

        let variantIDs = Array(store.variantIDs.joined())
        let variants = try await catalog.variants(ids: variantIDs + [absent], in: .standard)
        try check.equal(Set(variants.keys), Set(variantIDs), "variants(ids:) holds the ids that name variants, and only those")
        for (index, ids) in store.variantIDs.enumerated() {
            for id in ids {
                try check.equal(variants[id], byID[store.productIDs[index]]?.variants.first { $0.id == id },
                                "variant \(id) by id and in its product")
            }
        }

        let collections = try await catalog.collections(ids: store.collectionIDs + [absent], in: .standard)
        try check.equal(Set(collections.keys), Set(store.collectionIDs), "collections(ids:) holds the ids that name collections")
        let collectionsByHandle = try await catalog.collections(handles: store.collections.map(\.handle) + ["no-such-collection"], in: .standard)
        try check.equal(Set(collectionsByHandle.keys), Set(store.collections.map(\.handle)), "collections(handles:) holds the handles that name collections")
        for (index, spec) in store.collections.enumerated() {
            let collection = try check.require(collections[store.collectionIDs[index]], "collection \(spec.handle) by id")
            try check.equal(collectionsByHandle[spec.handle], collection, "collection \(spec.handle) by handle and by id")
            try check.equal([collection.handle, collection.title, collection.description, collection.descriptionHtml],
                            [spec.handle, spec.title, spec.description, "<p>\(spec.description)</p>"], "collection \(spec.handle)'s texts")
            try check.equal(collection.image, nil, "collection \(spec.handle)'s image")
        }
        try check.equal(try await catalog.collections(ids: [], in: .standard).count, 0, "collections(ids: [])")
    }

    /// Checks a product read back against what the kit wrote and knows of it.
    static func checkProduct(_ check: BackendKitCheck, _ store: KitStore, _ index: Int, _ read: Product?) throws {
        let spec = store.products[index], draft = spec.draft()
        let product = try check.require(read, "product \(spec.handle)")
        let what = "product \(spec.handle)"
        try check.equal(product.id, store.productIDs[index], "\(what): id")
        try check.equal([product.handle, product.title, product.description, product.descriptionHtml, product.vendor, product.productType],
                        [draft.handle, draft.title, draft.description, draft.descriptionHtml, draft.vendor, draft.productType],
                        "\(what): handle, title, description, HTML, vendor, type")
        try check.equal(product.tags, spec.tags, "\(what): tags in the merchant's order")
        try check.equal(product.options, draft.options, "\(what): options")
        try check.equal(product.seo, draft.seo, "\(what): SEO")
        try check.equal(product.currency, .EUR, "\(what): currency")
        try check.equal(product.createdAt.milliseconds, spec.createdAt.milliseconds, "\(what): createdAt as given")
        try check.equal(product.salesCount, store.sales[index], "\(what): units sold")
        try check.equal(product.availableForSale, store.available(index), "\(what): available for sale")
        try check.equal(product.images.map { [$0.url, $0.altText ?? "-"] }, draft.images.map { [$0.url, $0.altText ?? "-"] }, "\(what): images in order")
        try check.equal(product.images.map { [$0.width, $0.height] }, draft.images.map { [$0.width, $0.height] }, "\(what): image sizes")
        try check.expect(product.images.allSatisfy { $0.id != nil } && Set(product.images.compactMap(\.id)).count == product.images.count,
                         "\(what): every image has its own id, got \(product.images.map(\.id))")
        try check.equal(product.variants.map(\.id), store.variantIDs[index], "\(what): variant ids in order")
        for (position, variant) in product.variants.enumerated() {
            let expected = draft.variants[position], name = "\(what), variant \(position)"
            try check.equal(variant.productID, product.id, "\(name): product id")
            try check.equal(variant.position, position, "\(name): position")
            try check.equal(variant.title, KitProduct.sizes[position], "\(name): title from its option")
            try check.equal(variant.sku, expected.sku, "\(name): SKU")
            try check.equal(variant.price, expected.price, "\(name): price")
            try check.equal(variant.compareAtPrice, expected.compareAtPrice, "\(name): compare-at price")
            try check.equal(variant.quantityAvailable, store.stock[index][position], "\(name): stock")
            try check.equal(variant.selectedOptions, expected.selectedOptions, "\(name): selected options")
            try check.equal(variant.image, position == 0 ? product.images.first : nil, "\(name): image")
        }
        let collections = store.collections.indices.filter { store.collections[$0].members.contains(index) }.map { store.collectionIDs[$0] }
        try check.equal(Set(product.collectionIDs), Set(collections), "\(what): collection ids")
        try check.equal(product.collectionIDs.count, collections.count, "\(what): each collection id once")
    }
}
