/// The backends of a running store, one per domain.
public struct CommerceBackends: Sendable {
    /// Products, collections and inventory.
    public var catalog: any CatalogBackend
    /// Pages and modules.
    public var content: any ContentBackend
    /// Carts, discount codes and orders.
    public var carts: any CartBackend

    /// Creates a set of backends.
    public init(catalog: any CatalogBackend, content: any ContentBackend, carts: any CartBackend) {
        self.catalog = catalog
        self.content = content
        self.carts = carts
    }
}
