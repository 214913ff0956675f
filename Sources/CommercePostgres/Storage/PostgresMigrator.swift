import Commerce

/// Versioned migrations: each domain's schema is a numbered list of steps; the versions applied are
/// recorded per domain in `schema_migrations`, and the missing ones run in order, each in its own
/// transaction. The whole run holds a session advisory lock, so two servers starting together on one
/// database take turns: the second finds the first one's work done.
struct PostgresMigrator: Sendable {
    /// One schema change.
    struct Migration: Sendable {
        /// The version it brings the domain to, from 1.
        var version: Int
        /// The SQL to run (several statements may follow each other).
        var sql: String
    }

    /// The domain, such as "carts".
    var domain: String
    /// The migrations in version order.
    var migrations: [Migration]

    /// The advisory lock every Concord migration takes ("concord" in ASCII).
    static let lockKey: Int64 = 0x636F_6E63_6F72_6400

    /// The version this build knows the domain up to.
    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies the migrations the database lacks and returns the domain's version afterwards. A
    /// database whose domain is at a version newer than this build knows is refused, unchanged, with a
    /// `ConfigurationError` that says so.
    @discardableResult
    func migrate(_ connection: PostgresConnection) throws -> Int {
        try connection.run("SELECT pg_advisory_lock($1)", [.integer(Self.lockKey)])
        defer { _ = try? connection.run("SELECT pg_advisory_unlock($1)", [.integer(Self.lockKey)]) }
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                domain text NOT NULL,
                version integer NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (domain, version))
            """)
        let current = try version(connection)
        guard current <= latestVersion else {
            throw ConfigurationError("""
                The PostgreSQL database's \(domain) schema is at migration version \(current), newer than this concord \
                knows (\(latestVersion)): run a newer concord against it, or point the \(domain) "url" at another database.
                """)
        }
        for migration in migrations where migration.version > current {
            try connection.transaction(retries: 0) {
                try connection.execute(migration.sql)
                try connection.run("INSERT INTO schema_migrations (domain, version) VALUES ($1, $2)",
                                   [.text(domain), .integer(Int64(migration.version))])
            }
        }
        return max(current, latestVersion)
    }

    /// The domain's version as recorded (0 before its first migration).
    func version(_ connection: PostgresConnection) throws -> Int {
        Int(try connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE domain = $1",
                                 [.text(domain)]) { try $0.int(0) }.first ?? 0)
    }
}
