/// Every domain's migrations this build knows, in the order `concord migrate` runs them. A database
/// in which any of them is at a newer version than these is refused before any domain is migrated.
enum PostgresSchemas {
    /// The catalog's, the content's and the carts' migrators, and the webhook outbox's.
    static let migrators = [PostgresCatalogSchema.migrator, PostgresContentSchema.migrator, PostgresCartSchema.migrator,
                             PostgresOutbox.migrator]
}
