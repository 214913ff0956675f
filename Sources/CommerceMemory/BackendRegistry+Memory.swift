import Commerce

extension BackendRegistry {
    /// Registers `memory` for every domain (no options; the data lives as long as the process).
    public mutating func registerMemory() {
        registerCatalog("memory") { _, _ in InMemoryCatalogBackend() }
        registerContent("memory") { _, configuration in InMemoryContentBackend(defaultLocale: configuration.defaultLocale) }
        registerCarts("memory") { _, _ in InMemoryCartBackend() }
    }
}
