import Commerce

extension BackendKit {
    static let searchCases: [BackendKitCase] = [
        BackendKitCase(.search, "filters (words, tags, vendor, type, availability, collection) keep exactly the matching products; counts agree") { try await searchFilters($0) },
        BackendKitCase(.search, "every product sort key in both directions, ties broken by id") { try await productSortKeys($0) },
        BackendKitCase(.search, "collections: words, every sort key in both directions, counts") { try await collectionSortKeys($0) },
        BackendKitCase(.search, "relevance is ProductRanking.relevance (title 3, tags 2, description 1, by prefix), ties by id") { try await relevanceOrder($0) },
        BackendKitCase(.search, "windows page forward and backward through every order, losing and repeating nothing") { try await cursorPaging($0) },
        BackendKitCase(.search, "the storefront's connections page by cursors and count the whole list") { try await storefrontPaging($0) },
    ]

    /// Filters worth checking on the kit's catalog, by name.
    static func filters(_ store: KitStore) -> [(name: String, filter: ProductFilter)] {
        let summer = store.collectionIDs[0], winter = store.collectionIDs[1]
        return [
            ("everything", ProductFilter()),
            ("tag sale (stored as Sale on one)", ProductFilter(tags: ["sale"])),
            ("tags winter and basics", ProductFilter(tags: ["winter", "basics"])),
            ("a tag nobody has", ProductFilter(tags: ["nope"])),
            ("vendor nordic loom", ProductFilter(vendors: ["nordic loom"])),
            ("two vendors at once", ProductFilter(vendors: ["nordic loom", "fjell outdoor"])),
            ("type shirts", ProductFilter(productTypes: ["shirts"])),
            ("available", ProductFilter(available: true)),
            ("not available", ProductFilter(available: false)),
            ("collection summer", ProductFilter(collectionID: summer)),
            ("collection winter, available", ProductFilter(available: true, collectionID: winter)),
            ("the word linen", ProductFilter(terms: ["linen"])),
            ("the prefix lin", ProductFilter(terms: ["lin"])),
            ("the words wool and bla", ProductFilter(terms: ["wool", "bla"])),
            ("eclair, written Éclair", ProductFilter(terms: ["eclair"])),
            ("a word nobody has", ProductFilter(terms: ["zzz"])),
            ("linen by atelier home, available", ProductFilter(terms: ["linen"], vendors: ["atelier home"], available: true)),
            ("cotton in collection summer", ProductFilter(terms: ["cotton"], collectionID: summer)),
            ("sale tag, shirts", ProductFilter(tags: ["sale"], productTypes: ["shirts"])),
        ]
    }

    static func searchFilters(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        for (name, filter) in filters(store) {
            let expected = store.expectedProducts(filter, .ID, reverse: false)
            let found = try await search(check, filter)
            try check.expect(found == expected, "products matching \(name): expected \(store.handles(expected)), got \(store.handles(found))")
            try check.equal(try await check.backends.catalog.countProducts(filter, in: .standard), expected.count, "the count of products matching \(name)")
        }
    }

    static func productSortKeys(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        try checkHistory(check, store)
        let named = filters(store)
        let orderFilters = [named[0], named[4], named[7], named[11], named[9], named[8]]
        let manualFilters = [named[9], named[10], ("collection sale", ProductFilter(collectionID: store.collectionIDs[3]))]
        for key in ProductSortKey.allCases where key != .RELEVANCE {
            for reverse in [false, true] {
                for (name, filter) in key == .MANUAL ? manualFilters : orderFilters {
                    let expected = store.expectedProducts(filter, key, reverse: reverse)
                    let found = try await search(check, filter, key, reverse: reverse)
                    try check.expect(found == expected, "products (\(name)) by \(key)\(reverse ? " reversed" : ""): expected \(store.handles(expected)), got \(store.handles(found))")
                }
            }
        }
    }

    static func collectionSortKeys(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        try checkHistory(check, store)
        let catalog = check.backends.catalog
        for terms in [[], ["linen"], ["summer"], ["wool", "cos"], ["ete"], ["zzz"]] as [[String]] {
            let expectedCount = store.expectedCollections(terms: terms, .ID, reverse: false).count
            try check.equal(try await catalog.countCollections(terms: terms, in: .standard), expectedCount, "the count of collections matching \(terms)")
            for key in CollectionSortKey.allCases where key != .RELEVANCE {
                for reverse in [false, true] {
                    let expected = store.expectedCollections(terms: terms, key, reverse: reverse)
                    let found = try await searchCollections(check, terms, key, reverse: reverse)
                    try check.expect(found == expected, "collections matching \(terms) by \(key)\(reverse ? " reversed" : ""): expected \(store.collectionHandles(expected)), got \(store.collectionHandles(found))")
                }
            }
        }
    }

    static func relevanceOrder(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        let summer = store.collectionIDs[0]
        let filters: [(String, ProductFilter)] = [
            ("linen", ProductFilter(terms: ["linen"])), ("lin", ProductFilter(terms: ["lin"])),
            ("linen shirt", ProductFilter(terms: ["linen", "shirt"])), ("wool", ProductFilter(terms: ["wool"])),
            ("cotton", ProductFilter(terms: ["cotton"])), ("summer", ProductFilter(terms: ["summer"])),
            ("no words", ProductFilter()), ("linen, available", ProductFilter(terms: ["linen"], available: true)),
            ("linen in collection summer", ProductFilter(terms: ["linen"], collectionID: summer)),
        ]
        for (name, filter) in filters {
            for reverse in [false, true] {
                let expected = store.expectedProducts(filter, .RELEVANCE, reverse: reverse)
                let found = try await search(check, filter, .RELEVANCE, reverse: reverse)
                try check.expect(found == expected, "products matching \(name) by RELEVANCE\(reverse ? " reversed" : ""): expected \(store.handles(expected)), got \(store.handles(found))")
            }
        }
        for terms in [["linen"], ["summer"], ["wool"], ["cos"], []] as [[String]] {
            for reverse in [false, true] {
                let expected = store.expectedCollections(terms: terms, .RELEVANCE, reverse: reverse)
                let found = try await searchCollections(check, terms, .RELEVANCE, reverse: reverse)
                try check.expect(found == expected, "collections matching \(terms) by RELEVANCE\(reverse ? " reversed" : ""): expected \(store.collectionHandles(expected)), got \(store.collectionHandles(found))")
            }
        }
        let catalog = check.backends.catalog, linen = ProductFilter(terms: ["lin"])
        for reverse in [false, true] {
            let paging = KitPaging<Product>(
                check: check, list: "products matching lin by RELEVANCE\(reverse ? " reversed" : "")", descending: !reverse,
                fetch: { try await catalog.searchProducts(ProductSearch(filter: linen, sortKey: .RELEVANCE, reverse: reverse, window: $0), in: .standard) },
                id: \.id, names: store.handles)
            try await paging.verify(store.expectedProducts(linen, .RELEVANCE, reverse: reverse), pageSize: 2)
        }
    }

    static func cursorPaging(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        let catalog = check.backends.catalog
        let everything = ProductFilter(), summer = ProductFilter(collectionID: store.collectionIDs[0])
        for key in ProductSortKey.allCases {
            for reverse in [false, true] {
                let filter = key == .MANUAL ? summer : everything
                let paging = KitPaging<Product>(
                    check: check, list: "products by \(key)\(reverse ? " reversed" : "")",
                    descending: KitStore.highestFirst.contains(key) != reverse,
                    fetch: { try await catalog.searchProducts(ProductSearch(filter: filter, sortKey: key, reverse: reverse, window: $0), in: .standard) },
                    id: \.id, names: store.handles)
                try await paging.verify(store.expectedProducts(filter, key, reverse: reverse), pageSize: key == .TITLE ? 1 : 5)
            }
        }
        let linen = ProductFilter(terms: ["lin"])
        let words = KitPaging<Product>(
            check: check, list: "products matching lin by PRICE", descending: false,
            fetch: { try await catalog.searchProducts(ProductSearch(filter: linen, sortKey: .PRICE, reverse: false, window: $0), in: .standard) },
            id: \.id, names: store.handles)
        try await words.verify(store.expectedProducts(linen, .PRICE, reverse: false), pageSize: 2)
        for key in CollectionSortKey.allCases where key != .RELEVANCE {
            for reverse in [false, true] {
                let paging = KitPaging<Collection>(
                    check: check, list: "collections by \(key)\(reverse ? " reversed" : "")", descending: reverse,
                    fetch: { try await catalog.searchCollections(CollectionSearch(terms: [], sortKey: key, reverse: reverse, window: $0), in: .standard) },
                    id: \.id, names: store.collectionHandles)
                try await paging.verify(store.expectedCollections(terms: [], key, reverse: reverse), pageSize: 2)
            }
        }
    }

    /// Checks that the history the kit wrote shows: later writes have later change times, sales are counted.
    static func checkHistory(_ check: BackendKitCheck, _ store: KitStore) throws {
        let (first, second) = (KitCatalog.rewrittenProducts[0], KitCatalog.rewrittenProducts[1])
        let others = store.productUpdatedAt.indices.filter { !KitCatalog.rewrittenProducts.contains($0) }.map { store.productUpdatedAt[$0] }
        try check.expect(others.allSatisfy { $0 < store.productUpdatedAt[first] } && store.productUpdatedAt[first] < store.productUpdatedAt[second],
                         "products written again later have later updatedAt times, got \(store.productUpdatedAt)")
        let (one, two) = (KitCatalog.rewrittenCollections[0], KitCatalog.rewrittenCollections[1])
        let rest = store.collectionUpdatedAt.indices.filter { !KitCatalog.rewrittenCollections.contains($0) }.map { store.collectionUpdatedAt[$0] }
        try check.expect(rest.allSatisfy { $0 < store.collectionUpdatedAt[one] } && store.collectionUpdatedAt[one] < store.collectionUpdatedAt[two],
                         "collections written again later have later updatedAt times, got \(store.collectionUpdatedAt)")
    }

    /// The ids of every collection matching `terms`, in the order of `key`.
    static func searchCollections(_ check: BackendKitCheck, _ terms: [String], _ key: CollectionSortKey,
                                  reverse: Bool) async throws -> [Int64] {
        let page = try await check.backends.catalog.searchCollections(CollectionSearch(
            terms: terms, sortKey: key, reverse: reverse, window: PageWindow(limit: PageArguments.maximumPageSize)), in: .standard)
        return page.items.map(\.item.id)
    }
}
