import Commerce
import Foundation

/// The default catalog: products, variants, collections and inventory in SQLite.
///
/// Writes go through the actor, which owns the writer connection, so they are serialized; transactions
/// take the write lock at once, so writers on other connections to the same file wait their turn.
/// Reads are `nonisolated` and run in parallel on a `SQLiteReadPool` of read-only connections to the
/// same file (WAL lets readers work beside the writer). A database no second connection can see
/// (":memory:", or "" for a private temporary file) is read on the writer connection, on the actor's queue.
public actor SQLiteCatalogBackend: CatalogBackend {
    private let executor: QueueExecutor
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    /// The writer connection's reader: the write transactions' lookups (and `adjustInventory`'s answer).
    let writer: SQLiteCatalogReader
    /// The file, naming the outbox it shares with the other domains in it.
    nonisolated let outboxPath: String
    /// When a take writes `inventory/low`.
    public nonisolated let inventoryLowThreshold = InventoryLowThreshold()
    var db: SQLiteConnection { writer.connection }
    /// Writes JSON columns, in write transactions on the actor.
    let encoder = SQLiteJSON.encoder()
    /// Where the catalog reads run.
    nonisolated let readers: SQLiteReadPool<SQLiteCatalogReader>
    /// Tells `concord restore` the store is open (`SQLiteStoreLock`).
    private let storeLock: SQLiteStoreLock?

    /// Opens the database at `path`, brings the catalog tables up to date, and opens `readers` read
    /// connections (by default one per active processor, at least two).
    public init(path: String, readers: Int? = nil) throws {
        outboxPath = path
        storeLock = try SQLiteStoreLock.shared(path)
        let executor = QueueExecutor(label: "concord.sqlite.catalog")
        let db = try SQLiteConnection(path: path)
        try SQLiteCatalogSchema.migrator.migrate(db)
        try SQLiteOutbox.migrator.migrate(db)
        let writer = SQLiteCatalogReader(connection: db)
        self.executor = executor
        self.writer = writer
        self.readers = try SQLiteReadPool(path: path, size: readers, label: "concord.sqlite.catalog.read",
                                          writer: writer, writerQueue: executor.queue,
                                          makeReader: { SQLiteCatalogReader(connection: $0, cachesProducts: true) })
    }

    public nonisolated func channels() async throws -> [Channel] {
        try await readers.read { try $0.channels() }
    }

    public nonisolated func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] {
        try await readers.read { try $0.products(ids: ids, in: context) }
    }

    public nonisolated func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] {
        try await readers.read { try $0.products(handles: handles, in: context) }
    }

    public nonisolated func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] {
        try await readers.read { try $0.variants(ids: ids, in: context) }
    }

    public nonisolated func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] {
        try await readers.read { try $0.collections(ids: ids, in: context) }
    }

    public nonisolated func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] {
        try await readers.read { try $0.collections(handles: handles, in: context) }
    }

    public nonisolated func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> {
        try await readers.read { try $0.searchProducts(search, in: context) }
    }

    public nonisolated func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int {
        try await readers.read { try $0.countProducts(filter, in: context) }
    }

    public nonisolated func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> {
        try await readers.read { try $0.searchCollections(search, in: context) }
    }

    public nonisolated func countCollections(terms: [String], in context: CatalogContext) async throws -> Int {
        try await readers.read { try $0.countCollections(terms: terms, in: context) }
    }
}
