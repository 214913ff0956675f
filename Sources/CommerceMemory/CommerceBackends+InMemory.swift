import Commerce

extension CommerceBackends {
    /// Fresh in-memory backends.
    public static func inMemory(defaultLocale: String = "en") -> CommerceBackends {
        CommerceBackends(catalog: InMemoryCatalogBackend(), content: InMemoryContentBackend(defaultLocale: defaultLocale),
                         carts: InMemoryCartBackend())
    }
}
