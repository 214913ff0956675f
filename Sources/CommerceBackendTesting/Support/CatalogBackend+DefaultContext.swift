import Commerce

/// The tests written before channels read the catalog as the default channel (`web-eu`) sees
/// it: these spell that out once instead of at every call, for every test target. `package`, in
/// the kit's module that only tests link, so no server code can read the catalog without a context.
extension CatalogBackend {
    package func products(ids: [Int64]) async throws -> [Int64: Product] { try await products(ids: ids, in: .standard) }
    package func products(handles: [String]) async throws -> [String: Product] { try await products(handles: handles, in: .standard) }
    package func variants(ids: [Int64]) async throws -> [Int64: ProductVariant] { try await variants(ids: ids, in: .standard) }
    package func collections(ids: [Int64]) async throws -> [Int64: Collection] { try await collections(ids: ids, in: .standard) }
    package func collections(handles: [String]) async throws -> [String: Collection] { try await collections(handles: handles, in: .standard) }
    package func searchProducts(_ search: ProductSearch) async throws -> SearchPage<Product> { try await searchProducts(search, in: .standard) }
    package func countProducts(_ filter: ProductFilter) async throws -> Int { try await countProducts(filter, in: .standard) }
    package func searchCollections(_ search: CollectionSearch) async throws -> SearchPage<Collection> { try await searchCollections(search, in: .standard) }
    package func countCollections(terms: [String]) async throws -> Int { try await countCollections(terms: terms, in: .standard) }
    package func takeInventory(_ quantities: [Int64: Int], reservation: String) async throws -> InventoryTake {
        try await takeInventory(quantities, from: Channel.standard.stockLocations, reservation: reservation)
    }
}
