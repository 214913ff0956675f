extension Storefront {
    /// `product(id:, handle:)`: exactly one of the two.
    public func product(id: String?, handle: String?) async throws(CommerceError) -> Product? {
        try require(.catalogRead, for: "product")
        switch (id, handle) {
        case (.some(let id), nil):
            guard let key = GlobalID.numeric(id, type: "Product") else { return nil }
            return try await backendCall { try await products.load(key) }
        case (nil, .some(let handle)):
            let found = try await backendCall { try await backends.catalog.products(handles: [handle], in: context.catalog) }[handle]
            if let found { await remember([found]) }
            return found
        default:
            throw .badRequest("Provide exactly one of id or handle.")
        }
    }

    /// `products(first:, after:, last:, before:, query:, sortKey:, reverse:)`.
    public func products(_ arguments: PageArguments, query: String?, sortKey: ProductSortKey,
                         reverse: Bool) async throws(CommerceError) -> Connection<Product> {
        try require(.catalogRead, for: "products")
        var filter = try query.map { query throws(CommerceError) in try ProductQueryParser.parse(query) } ?? ProductFilter()
        filter.collectionID = nil
        let key = sortKey == .RELEVANCE && filter.terms.isEmpty ? .ID : sortKey
        return try await searchProducts(filter: filter, sortKey: key, reverse: reverse, arguments: arguments)
    }

    /// `Collection.products(first:, after:, last:, before:, sortKey:, reverse:)`; `sortKey` is a
    /// `ProductCollectionSortKeys` value name.
    public func products(in collection: Collection, _ arguments: PageArguments, sortKey: String,
                         reverse: Bool) async throws(CommerceError) -> Connection<Product> {
        guard let key = ProductSortKey(collectionSortKey: sortKey) else {
            throw .badRequest("Unknown sort key \(sortKey) for collection products.")
        }
        return try await searchProducts(filter: ProductFilter(collectionID: collection.id), sortKey: key,
                                        reverse: reverse, arguments: arguments)
    }

    private func searchProducts(filter: ProductFilter, sortKey: ProductSortKey, reverse: Bool,
                                arguments: PageArguments) async throws(CommerceError) -> Connection<Product> {
        let order = ProductSearch.orderName(sortKey, reverse: reverse)
            + (filter.collectionID.map { ":c\($0)" } ?? "")
        let window = try arguments.window(order: order)
        let search = ProductSearch(filter: filter, sortKey: sortKey, reverse: reverse, window: window)
        let catalog = backends.catalog, context = context.catalog
        let page = try await backendCall { try await catalog.searchProducts(search, in: context) }
        await remember(page.items.map { $0.item })
        return Connection(page: page, window: window, order: order) { try await catalog.countProducts(filter, in: context) }
    }

    /// `collection(id:, handle:)`: exactly one of the two.
    public func collection(id: String?, handle: String?) async throws(CommerceError) -> Collection? {
        try require(.catalogRead, for: "collection")
        switch (id, handle) {
        case (.some(let id), nil):
            guard let key = GlobalID.numeric(id, type: "Collection") else { return nil }
            return try await backendCall { try await collections.load(key) }
        case (nil, .some(let handle)):
            return try await backendCall { try await backends.catalog.collections(handles: [handle], in: context.catalog) }[handle]
        default:
            throw .badRequest("Provide exactly one of id or handle.")
        }
    }

    /// `collections(first:, after:, last:, before:, query:, sortKey:, reverse:)`.
    public func collections(_ arguments: PageArguments, query: String?, sortKey: CollectionSortKey,
                            reverse: Bool) async throws(CommerceError) -> Connection<Collection> {
        try require(.catalogRead, for: "collections")
        let terms = try query.map { query throws(CommerceError) in try ProductQueryParser.terms(query) } ?? []
        let key = sortKey == .RELEVANCE && terms.isEmpty ? .ID : sortKey
        let order = CollectionSearch.orderName(key, reverse: reverse)
        let window = try arguments.window(order: order)
        let catalog = backends.catalog, context = context.catalog
        let page = try await backendCall {
            try await catalog.searchCollections(CollectionSearch(terms: terms, sortKey: key, reverse: reverse, window: window), in: context)
        }
        return Connection(page: page, window: window, order: order) { try await catalog.countCollections(terms: terms, in: context) }
    }

    /// `Product.variants(...)`: from the product already loaded.
    public func variants(of product: Product, _ arguments: PageArguments) throws(CommerceError) -> Connection<ProductVariant> {
        try Connection(slicing: product.variants, arguments: arguments, order: "variants")
    }

    /// `Product.images(...)`.
    public func images(of product: Product, _ arguments: PageArguments) throws(CommerceError) -> Connection<Image> {
        try Connection(slicing: product.images, arguments: arguments, order: "images")
    }

    /// `Product.collections(...)`: the product's collections through the request's collection loader.
    public func collections(of product: Product, _ arguments: PageArguments) async throws(CommerceError) -> Connection<Collection> {
        _ = try arguments.size()
        let loaded = try await backendCall { try await collections.loadMany(product.collectionIDs) }
        return try Connection(slicing: product.collectionIDs.compactMap { loaded[$0] }, arguments: arguments, order: "collections")
    }

    /// `Product.variantBySelectedOptions`: option names match without regard to case.
    public func variant(of product: Product, selectedOptions: [SelectedOption]) -> ProductVariant? {
        product.variants.first { variant in
            selectedOptions.allSatisfy { wanted in
                variant.selectedOptions.contains {
                    $0.name.lowercased() == wanted.name.lowercased() && $0.value == wanted.value
                }
            }
        }
    }

    /// `ProductVariant.product`.
    public func product(of variant: ProductVariant) async throws(CommerceError) -> Product? {
        try await backendCall { try await products.load(variant.productID) }
    }

    /// Products by id in order, through the loader; ids with no product are left out.
    public func products(ids: [Int64]) async throws(CommerceError) -> [Product] {
        let loaded = try await backendCall { try await products.loadMany(ids) }
        return ids.compactMap { loaded[$0] }
    }

    /// Collections by id in order, through the loader; ids with no collection are left out.
    public func collections(ids: [Int64]) async throws(CommerceError) -> [Collection] {
        let loaded = try await backendCall { try await collections.loadMany(ids) }
        return ids.compactMap { loaded[$0] }
    }
}
