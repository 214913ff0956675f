import Commerce

extension BackendRegistry {
    /// Registers `postgres` for every domain: options `url`, any libpq connection string (the
    /// environment's `DATABASE_URL` when absent), and `pool`, the most connections the domain opens
    /// (10 by default). Before any store opens, every domain's database is checked: it answers, takes
    /// the credentials, and holds no schema newer than this build. Opening a domain runs its
    /// migrations; `migrate` runs them alone. A domain's store is new, and gets the demo store, when it
    /// holds nothing yet: the catalog no products, the content no pages, the carts no discount codes
    /// (read without writing anything).
    public mutating func registerPostgres() {
        let options: [Option] = [.text("url"), .wholeNumber("pool", in: 1...1000)]
        func isNew(_ domain: String, table: String) -> Freshness {
            { choice in (try? PostgresOptions(choice, domain: domain).holdsNothing(in: table)) ?? false }
        }
        func migration(_ migrator: PostgresMigrator) -> Migration {
            { choice, _ in try PostgresOptions(choice, domain: migrator.domain).migrate(migrator) }
        }
        func preflight(_ migrator: PostgresMigrator) -> Preflight {
            { choice, _ in try PostgresOptions(choice, domain: migrator.domain).preflight(migrator) }
        }
        registerCatalog("postgres", options: options, isNew: isNew("catalog", table: "products"),
                        migrate: migration(PostgresCatalogSchema.migrator),
                        preflight: preflight(PostgresCatalogSchema.migrator)) { choice, _ in
            try PostgresOptions(choice, domain: "catalog").open { url, poolSize in
                try PostgresCatalogBackend(url: url, poolSize: poolSize)
            }
        }
        registerContent("postgres", options: options, isNew: isNew("content", table: "pages"),
                        migrate: migration(PostgresContentSchema.migrator),
                        preflight: preflight(PostgresContentSchema.migrator)) { choice, configuration in
            try PostgresOptions(choice, domain: "content").open { url, poolSize in
                try PostgresContentBackend(url: url, defaultLocale: configuration.defaultLocale, poolSize: poolSize)
            }
        }
        registerCarts("postgres", options: options, isNew: isNew("carts", table: "discount_codes"),
                      migrate: migration(PostgresCartSchema.migrator),
                      preflight: preflight(PostgresCartSchema.migrator)) { choice, _ in
            try PostgresOptions(choice, domain: "carts").open { url, poolSize in
                try PostgresCartBackend(url: url, poolSize: poolSize)
            }
        }
    }
}
