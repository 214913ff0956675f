import Commerce

extension StoreSeeder.Parts {
    /// The parts of the demo store that belong to `domains`.
    public init(_ domains: Set<BackendConfiguration.Domain>) {
        self.init()
        if domains.contains(.catalog) { insert(.catalog) }
        if domains.contains(.content) { insert(.content) }
        if domains.contains(.carts) { insert(.carts) }
    }
}
