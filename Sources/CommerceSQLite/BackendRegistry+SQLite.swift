import Commerce

extension BackendRegistry {
    /// Registers `sqlite` for every domain: options `path`, and `readers` for the catalog and
    /// content (read connections, one per core by default).
    public mutating func registerSQLite() {
        registerCatalog("sqlite") { choice, _ in
            try SQLiteCatalogBackend(path: choice.require("path", domain: "catalog"),
                                     readers: choice.integer("readers", domain: "catalog", in: 1...64))
        }
        registerContent("sqlite") { choice, configuration in
            try SQLiteContentBackend(path: choice.require("path", domain: "content"), defaultLocale: configuration.defaultLocale,
                                     readers: choice.integer("readers", domain: "content", in: 1...64))
        }
        registerCarts("sqlite") { choice, _ in try SQLiteCartBackend(path: choice.require("path", domain: "carts")) }
    }
}
