import Commerce
import Foundation

/// Products, variants, collections and inventory in PostgreSQL, shared by every server on the
/// database. Storage only (the rules are `CatalogRules`): reads are batched, each one read transaction
/// (one snapshot); `writeCatalog` runs the domain's closure in one transaction holding the catalog's
/// write lock, a transaction-level advisory lock, so catalog writes from any number of processes
/// take turns. Stock changes are conditional statements, one per variant (`+Inventory`), that never
/// wait for that lock. Statements run on a bounded pool of connections, each on its own thread.
///
/// Loaded products are kept in a `PostgresProductCache` that the catalog's change channel empties
/// whenever any server commits a catalog write or a stock change (and this backend's own writes as
/// they commit): a collection page whose products are cached costs the database its search and its
/// count only, as on SQLite.
public final class PostgresCatalogBackend: CatalogBackend {
    let pool: PostgresPool
    /// When a take writes `inventory/low`.
    public let inventoryLowThreshold = InventoryLowThreshold()
    /// The products loaded so far (see `PostgresProductCache`).
    let productCache: PostgresProductCache
    /// The catalog's change channel, heard once: it empties `productCache`, then tells the
    /// subscribers (`subscribe`, the response cache).
    let changes: PostgresChangeFanOut

    /// Connects with the libpq connection string `url`, brings the catalog tables up to date under
    /// the migration lock, and keeps a pool of at most `poolSize` connections (10 by default). Throws a
    /// `PostgresError` when the database cannot be reached, and a `ConfigurationError` when its schema
    /// is newer than this build.
    public convenience init(url: String, poolSize: Int? = nil) throws {
        self.init(pool: try .migrated(url, [PostgresCatalogSchema.migrator, PostgresOutbox.migrator], size: poolSize, label: "concord.postgres.catalog"))
    }

    /// A backend on `pool`, whose database already holds the catalog tables up to date (a pool several
    /// domains' backends may share).
    init(pool: PostgresPool) {
        self.pool = pool
        let cache = PostgresProductCache()
        productCache = cache
        changes = PostgresChangeFanOut(first: { cache.invalidate() }) { onChange in
            PostgresChangeListener.subscribe(connectionString: pool.connectionString, domain: Self.changeDomain, onChange)
        }
    }

    /// The advisory lock every catalog write transaction holds ("catw" in ASCII), with the store's schema
    /// as its second key: the stores of two schemas in one database never wait for each other.
    static let writeLock: Int32 = 0x6361_7477

    /// The name of the catalog's change channel (`PostgresChangeChannel`): every write that changes
    /// public data (catalog writes, stock changes) notifies it.
    static let changeDomain = "catalog"

    /// Runs `read` with a reader that serves products from the cache while the change channel is
    /// listened to (and from the database alone while it is not). No read transaction: each statement
    /// sees a snapshot of its own, and a product is loaded in one statement.
    private func read<T: Sendable>(_ read: @Sendable (PostgresCatalogReader) throws -> T) async throws -> T {
        let cache = changes.isConnected ? productCache : nil
        return try await pool.withConnection { db in try read(PostgresCatalogReader(db, cache: cache)) }
    }

    /// Runs `write` on a connection, then empties the product cache, whether or not it committed:
    /// the change channel tells the other servers, and this one forgets at once.
    func changing<T: Sendable>(_ write: @Sendable (PostgresConnection) throws -> T) async throws -> T {
        defer { productCache.invalidate() }
        return try await pool.withConnection(write)
    }

    public func channels() async throws -> [Channel] {
        try await pool.withConnection { try PostgresCatalogReader($0).channels() }
    }

    public func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] {
        guard !ids.isEmpty else { return [:] }
        return try await read { try $0.products(ids: ids, in: context) }
    }

    public func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] {
        guard !handles.isEmpty else { return [:] }
        return try await read { try $0.products(handles: handles, in: context) }
    }

    public func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] {
        guard !ids.isEmpty else { return [:] }
        // One statement: a snapshot of its own.
        return try await pool.withConnection { try PostgresCatalogReader($0).variants(ids: ids, in: context) }
    }

    public func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.withConnection { try PostgresCatalogReader($0).collections(ids: ids, in: context) }
    }

    public func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] {
        guard !handles.isEmpty else { return [:] }
        return try await pool.withConnection { try PostgresCatalogReader($0).collections(handles: handles, in: context) }
    }

    public func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> {
        try await read { try $0.searchProducts(search, in: context) }
    }

    public func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int {
        try await pool.withConnection { try PostgresCatalogReader($0).countProducts(filter, in: context) }
    }

    public func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> {
        try await read { try $0.searchCollections(search, in: context) }
    }

    public func countCollections(terms: [String], in context: CatalogContext) async throws -> Int {
        try await pool.withConnection { try PostgresCatalogReader($0).countCollections(terms: terms, in: context) }
    }

    public func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T {
        try await changing { db in
            try db.transaction {
                try db.run("SELECT pg_advisory_xact_lock($1::integer, hashtext(current_schema()))", [.integer(Int64(Self.writeLock))])
                let result = try body(PostgresCatalogTransaction(db))
                try PostgresChangeChannel.notify(Self.changeDomain, on: db)
                return result
            }
        }
    }
}
