/// The backends a configuration can name. A new backend plugs in by conforming to a domain's
/// protocol and registering a factory under a name:
///
///     var registry = BackendRegistry.standard   // ConcordServer: sqlite and memory
///     registry.registerCatalog("pim") { choice, _ in try PIMCatalog(url: choice.require("url", domain: "catalog")) }
///     let backends = try registry.makeBackends(configuration)
public struct BackendRegistry: Sendable {
    /// Builds a backend from its configuration entry and the whole configuration.
    public typealias Factory<Backend> = @Sendable (BackendConfiguration.Choice, BackendConfiguration) throws -> Backend

    private var catalogs: [String: Factory<any CatalogBackend>] = [:]
    private var contents: [String: Factory<any ContentBackend>] = [:]
    private var carts: [String: Factory<any CartBackend>] = [:]

    /// An empty registry.
    public init() {}

    /// Registers a catalog backend under `name`, replacing one of the same name.
    public mutating func registerCatalog(_ name: String, _ factory: @escaping Factory<any CatalogBackend>) {
        catalogs[name] = factory
    }

    /// Registers a content backend under `name`.
    public mutating func registerContent(_ name: String, _ factory: @escaping Factory<any ContentBackend>) {
        contents[name] = factory
    }

    /// Registers a carts-and-orders backend under `name`.
    public mutating func registerCarts(_ name: String, _ factory: @escaping Factory<any CartBackend>) {
        carts[name] = factory
    }

    /// Builds the backends a configuration names, or a clear error for a name nobody registered.
    public func makeBackends(_ configuration: BackendConfiguration) throws -> CommerceBackends {
        func make<Backend>(_ factories: [String: Factory<Backend>], _ choice: BackendConfiguration.Choice, _ domain: String) throws -> Backend {
            guard let factory = factories[choice.backend] else {
                throw ConfigurationError("Unknown \(domain) backend \"\(choice.backend)\"; registered: \(factories.keys.sorted().joined(separator: ", ")).")
            }
            return try factory(choice, configuration)
        }
        return CommerceBackends(catalog: try make(catalogs, configuration.catalog, "catalog"),
                                content: try make(contents, configuration.content, "content"),
                                carts: try make(carts, configuration.carts, "carts"))
    }
}
