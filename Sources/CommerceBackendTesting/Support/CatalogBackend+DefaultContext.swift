import Commerce

/// The tests written before channels read the catalog as the default channel (`web-eu`) sees
/// it: these spell that out once instead of at every call. Only the tests have them, so no
/// server code can read the catalog without a context.
extension CatalogBackend {
    func products(ids: [Int64]) async throws -> [Int64: Product] { try await products(ids: ids, in: .standard) }
    func products(handles: [String]) async throws -> [String: Product] { try await products(handles: handles, in: .standard) }
    func variants(ids: [Int64]) async throws -> [Int64: ProductVariant] { try await variants(ids: ids, in: .standard) }
    func collections(ids: [Int64]) async throws -> [Int64: Collection] { try await collections(ids: ids, in: .standard) }
    func collections(handles: [String]) async throws -> [String: Collection] { try await collections(handles: handles, in: .standard) }
    func searchProducts(_ search: ProductSearch) async throws -> SearchPage<Product> { try await searchProducts(search, in: .standard) }
    func countProducts(_ filter: ProductFilter) async throws -> Int { try await countProducts(filter, in: .standard) }
    func searchCollections(_ search: CollectionSearch) async throws -> SearchPage<Collection> { try await searchCollections(search, in: .standard) }
    func countCollections(terms: [String]) async throws -> Int { try await countCollections(terms: terms, in: .standard) }
    func takeInventory(_ quantities: [Int64: Int], reservation: String) async throws -> InventoryTake {
        try await takeInventory(quantities, from: Channel.standard.stockLocations, reservation: reservation)
    }
}
