import Commerce

/// Versioned migrations: each domain's schema is a numbered list of steps; the versions applied are
/// recorded per domain in `schema_migrations`, and the missing ones run in order, each in a transaction.
public struct SQLiteMigrator: Sendable {
    /// One schema change.
    public struct Migration: Sendable {
        /// The version it brings the domain to, from 1.
        public var version: Int
        /// The SQL to run.
        public var sql: String

        /// Creates a migration.
        public init(version: Int, sql: String) {
            self.version = version
            self.sql = sql
        }
    }

    /// The domain, such as "catalog".
    public var domain: String
    /// The migrations in version order.
    public var migrations: [Migration]

    /// Creates a migrator.
    public init(domain: String, migrations: [Migration]) {
        self.domain = domain
        self.migrations = migrations
    }

    /// Applies the migrations `connection` lacks; returns the domain's version afterwards.
    @discardableResult
    public func migrate(_ connection: SQLiteConnection) throws -> Int {
        try apply(connection).to
    }

    /// Applies the migrations `connection` lacks; returns the domain's version before and after.
    func apply(_ connection: SQLiteConnection) throws -> (from: Int, to: Int) {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                domain TEXT NOT NULL, version INTEGER NOT NULL, applied_at INTEGER NOT NULL,
                PRIMARY KEY (domain, version))
            """)
        return try connection.transaction {
            let current = try connection.query(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE domain = ?", [.text(domain)]
            ) { Int($0.int(0)) }.first ?? 0
            for migration in migrations where migration.version > current {
                try connection.execute(migration.sql)
                try connection.run(
                    "INSERT INTO schema_migrations (domain, version, applied_at) VALUES (?, ?, strftime('%s','now'))",
                    [.text(domain), .integer(Int64(migration.version))])
            }
            return (current, max(current, migrations.last?.version ?? 0))
        }
    }
}
