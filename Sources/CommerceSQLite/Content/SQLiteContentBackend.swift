import Commerce
import Foundation

/// The default content store: pages and modules in SQLite. Module bodies are JSON documents
/// (every locale's texts together); pages are indexed by handle and status.
public actor SQLiteContentBackend: ContentBackend {
    private let executor: QueueExecutor
    public nonisolated let defaultLocale: String
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    /// The writer connection's reader: the write transactions' lookups.
    private let writer: SQLiteContentReader
    var db: SQLiteConnection { writer.connection }
    /// The file, naming the outbox it shares with the other domains in it.
    nonisolated let outboxPath: String
    private let encoder = SQLiteJSON.encoder()
    /// Where the content reads run.
    nonisolated let readers: SQLiteReadPool<SQLiteContentReader>
    /// Tells `concord restore` the store is open (`SQLiteStoreLock`).
    private let storeLock: SQLiteStoreLock?

    static let migrator = SQLiteMigrator(domain: "content", migrations: [
        .init(version: 1, sql: """
            CREATE TABLE pages (
                id INTEGER PRIMARY KEY,
                handle TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL,
                published_at INTEGER,
                updated_at INTEGER NOT NULL,
                title TEXT NOT NULL,
                seo_title TEXT NOT NULL,
                seo_description TEXT NOT NULL);
            CREATE INDEX pages_status ON pages (status, handle, id);
            CREATE TABLE modules (
                id INTEGER PRIMARY KEY,
                page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                body TEXT NOT NULL);
            CREATE INDEX modules_page ON modules (page_id, position);
            """),
        // The highest id each table ever handed out (`SQLiteIDCounter`).
        .init(version: 2, sql: SQLiteIDCounter.sequencesTable),
    ])

    /// Opens the database at `path` and `readers` read connections (by default one per active processor,
    /// at least two); texts fall back to `defaultLocale`.
    public init(path: String, defaultLocale: String = "en", readers: Int? = nil) throws {
        outboxPath = path
        self.defaultLocale = defaultLocale
        storeLock = try SQLiteStoreLock.shared(path)
        let executor = QueueExecutor(label: "concord.sqlite.content")
        let db = try SQLiteConnection(path: path)
        try Self.migrator.migrate(db)
        try SQLiteOutbox.migrator.migrate(db)
        let writer = SQLiteContentReader(connection: db, defaultLocale: defaultLocale)
        self.executor = executor
        self.writer = writer
        self.readers = try SQLiteReadPool(path: path, size: readers, label: "concord.sqlite.content.read",
                                          writer: writer, writerQueue: executor.queue) {
            SQLiteContentReader(connection: $0, defaultLocale: defaultLocale)
        }
    }

    public nonisolated func titleLocales() async throws -> Set<String> {
        try await readers.read { try $0.titleLocales() }
    }

    public nonisolated func pages(ids: [Int64]) async throws -> [Int64: Page] {
        try await readers.read { try $0.pages(ids: ids) }
    }

    public nonisolated func pages(handles: [String]) async throws -> [String: Page] {
        try await readers.read { try $0.pages(handles: handles) }
    }

    public nonisolated func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> {
        try await readers.read { try $0.listPages(window: window, includeDrafts: includeDrafts) }
    }

    public nonisolated func countPages(includeDrafts: Bool) async throws -> Int {
        try await readers.read { try $0.countPages(includeDrafts: includeDrafts) }
    }

    public func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) throws -> T {
        try db.transaction {
            try body(SQLiteContentTransaction(writer: writer, encoder: encoder))
        }
    }
}
