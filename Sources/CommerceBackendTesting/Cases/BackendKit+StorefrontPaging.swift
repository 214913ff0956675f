import Commerce

extension BackendKit {
    static func storefrontPaging(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check)
        let storefront = check.storefront()
        for reverse in [false, true] {
            try await walk(check, "storefront products by TITLE\(reverse ? " reversed" : "")",
                           store.expectedProducts(ProductFilter(), .TITLE, reverse: reverse), size: 5, id: \Product.id, names: store.handles) {
                try await storefront.products($0, query: nil, sortKey: .TITLE, reverse: reverse)
            }
        }
        try await walk(check, "storefront products matching linen by PRICE reversed",
                       store.expectedProducts(ProductFilter(terms: ["linen"]), .PRICE, reverse: true), size: 2, id: \Product.id, names: store.handles) {
            try await storefront.products($0, query: "Linen", sortKey: .PRICE, reverse: true)
        }
        try await walk(check, "storefront products tag:sale available:true by BEST_SELLING",
                       store.expectedProducts(ProductFilter(tags: ["sale"], available: true), .BEST_SELLING, reverse: false),
                       size: 1, id: \Product.id, names: store.handles) {
            try await storefront.products($0, query: "tag:sale available:true", sortKey: .BEST_SELLING, reverse: false)
        }
        let winter = try check.require(try await storefront.collection(id: nil, handle: "winter"), "collection winter through the storefront")
        try await walk(check, "storefront products of collection winter in its default order",
                       store.expectedProducts(ProductFilter(collectionID: winter.id), .MANUAL, reverse: false), size: 3, id: \Product.id, names: store.handles) {
            try await storefront.products(in: winter, $0, sortKey: "COLLECTION_DEFAULT", reverse: false)
        }
        try await walk(check, "storefront collections by UPDATED_AT",
                       store.expectedCollections(terms: [], .UPDATED_AT, reverse: false), size: 4, id: \Collection.id, names: store.collectionHandles) {
            try await storefront.collections($0, query: nil, sortKey: .UPDATED_AT, reverse: false)
        }
    }

    /// Walks a storefront connection forward by `first`/`after` and backward by `last`/`before`, checking
    /// the items, `pageInfo` and `totalCount` of every page.
    private static func walk<Node: Sendable>(
        _ check: BackendKitCheck, _ list: String, _ expected: [Int64], size: Int, id: (Node) -> Int64,
        names: ([Int64]) -> [String], _ connection: (PageArguments) async throws -> Connection<Node>
    ) async throws {
        var seen: [Int64] = [], cursor: String?
        for number in 0...expected.count {
            let page = try await connection(PageArguments(first: size, after: cursor))
            seen += page.nodes.map(id)
            try check.equal(try await page.totalCount(), expected.count, "\(list): totalCount of page \(number) forward")
            try check.equal(page.pageInfo.hasPreviousPage, cursor != nil, "\(list): hasPreviousPage of page \(number) forward")
            try check.equal(page.pageInfo.hasNextPage, seen.count < expected.count, "\(list): hasNextPage of page \(number) forward")
            guard page.pageInfo.hasNextPage else { break }
            cursor = page.pageInfo.endCursor
        }
        try check.expect(seen == expected, "\(list) forward: expected \(names(expected)), got \(names(seen))")
        seen = []
        cursor = nil
        for number in 0...expected.count {
            let page = try await connection(PageArguments(last: size, before: cursor))
            seen = page.nodes.map(id) + seen
            try check.equal(page.pageInfo.hasNextPage, cursor != nil, "\(list): hasNextPage of page \(number) backward")
            try check.equal(page.pageInfo.hasPreviousPage, seen.count < expected.count, "\(list): hasPreviousPage of page \(number) backward")
            guard page.pageInfo.hasPreviousPage else { break }
            cursor = page.pageInfo.startCursor
        }
        try check.expect(seen == expected, "\(list) backward: expected \(names(expected)), got \(names(seen))")
    }
}
