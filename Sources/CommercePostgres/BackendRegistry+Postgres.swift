import Commerce

extension BackendRegistry {
    /// Registers `postgres` for carts and orders: options `url`, any libpq connection string (the
    /// environment's `DATABASE_URL` when absent), and `pool`, the most connections (10 by default).
    public mutating func registerPostgres() {
        registerCarts("postgres") { choice, _ in
            try PostgresOptions(choice, domain: "carts").open { url, poolSize in
                try PostgresCartBackend(url: url, poolSize: poolSize)
            }
        }
    }
}
