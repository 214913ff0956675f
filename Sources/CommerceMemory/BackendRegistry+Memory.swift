import Commerce

extension BackendRegistry {
    /// Registers `memory` for every domain: no options; a store is new at every start (the data
    /// lives as long as the process).
    public mutating func registerMemory() {
        registerCatalog("memory", options: [], isNew: { _ in true }) { _, _ in InMemoryCatalogBackend() }
        registerContent("memory", options: [], isNew: { _ in true }) { _, configuration in
            InMemoryContentBackend(defaultLocale: configuration.defaultLocale)
        }
        registerCarts("memory", options: [], isNew: { _ in true }) { _, _ in InMemoryCartBackend() }
    }
}
