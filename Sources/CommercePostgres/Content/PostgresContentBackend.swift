import Commerce
import Foundation

/// Pages and their modules in PostgreSQL, shared by every server on the database. Storage only (the
/// rules are `ContentRules`): reads are batched, each one read transaction; `writeContent` runs the
/// domain's closure in one transaction holding the content's write lock (a transaction-level
/// advisory lock), so content writes from any number of processes take turns.
public final class PostgresContentBackend: ContentBackend {
    public let defaultLocale: String
    let pool: PostgresPool

    /// The advisory lock every content write transaction holds ("conw" in ASCII), with the store's schema
    /// as its second key: the stores of two schemas in one database never wait for each other.
    static let writeLock: Int32 = 0x636F_6E77

    /// Connects with the libpq connection string `url`, brings the content tables up to date under the
    /// migration lock, and keeps a pool of at most `poolSize` connections (10 by default); texts fall
    /// back to `defaultLocale`. Throws a `PostgresError` when the database cannot be reached, and a
    /// `ConfigurationError` when its schema is newer than this build.
    public convenience init(url: String, defaultLocale: String = "en", poolSize: Int? = nil) throws {
        self.init(pool: try .migrated(url, [PostgresContentSchema.migrator, PostgresOutbox.migrator], size: poolSize, label: "concord.postgres.content"),
                  defaultLocale: defaultLocale)
    }

    /// A backend on `pool`, whose database already holds the content tables up to date (a pool
    /// several domains' backends may share); texts fall back to `defaultLocale`.
    init(pool: PostgresPool, defaultLocale: String = "en") {
        self.pool = pool
        self.defaultLocale = defaultLocale
    }

    /// The name of the content's change channel (`PostgresChangeChannel`): every content write notifies it.
    static let changeDomain = "content"

    public func titleLocales() async throws -> Set<String> {
        try await pool.withConnection { try PostgresContentReader($0).titleLocales() }
    }

    public func pages(ids: [Int64]) async throws -> [Int64: Page] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.withConnection { db in try db.readTransaction { try PostgresContentReader(db).pages(ids: ids) } }
    }

    public func pages(handles: [String]) async throws -> [String: Page] {
        guard !handles.isEmpty else { return [:] }
        return try await pool.withConnection { db in try db.readTransaction { try PostgresContentReader(db).pages(handles: handles) } }
    }

    public func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> {
        try await pool.withConnection { db in
            try db.readTransaction { try PostgresContentReader(db).listPages(window: window, includeDrafts: includeDrafts) }
        }
    }

    public func countPages(includeDrafts: Bool) async throws -> Int {
        try await pool.withConnection { try PostgresContentReader($0).countPages(includeDrafts: includeDrafts) }
    }

    public func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) async throws -> T {
        try await pool.withConnection { db in
            try db.transaction {
                try db.run("SELECT pg_advisory_xact_lock($1::integer, hashtext(current_schema()))", [.integer(Int64(Self.writeLock))])
                let result = try body(PostgresContentTransaction(db))
                try PostgresChangeChannel.notify(Self.changeDomain, on: db)
                return result
            }
        }
    }
}
