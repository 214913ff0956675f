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
        try apply(connection).to
    }

    /// Applies the migrations the database lacks and returns the domain's version before and after.
    /// Before any change, under the lock, every domain of `PostgresSchemas` is checked: a database in
    /// which any of them is newer than this build knows is refused, unchanged, with a
    /// `ConfigurationError` naming the domain and both versions, so that no domain of such a database
    /// is migrated.
    func apply(_ connection: PostgresConnection) throws -> (from: Int, to: Int) {
        try connection.run("SELECT pg_advisory_lock($1)", [.integer(Self.lockKey)])
        defer { _ = try? connection.run("SELECT pg_advisory_unlock($1)", [.integer(Self.lockKey)]) }
        let recorded = try verify(connection)
        let current = recorded[domain] ?? 0
        guard current < latestVersion else { return (current, current) }
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                domain text NOT NULL,
                version integer NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (domain, version))
            """)
        for migration in migrations where migration.version > current {
            try connection.transaction(retries: 0) {
                try connection.execute(migration.sql)
                try connection.run("INSERT INTO schema_migrations (domain, version) VALUES ($1, $2)",
                                   [.text(domain), .integer(Int64(migration.version))])
            }
        }
        return (current, latestVersion)
    }

    /// Every domain's version as recorded, after checking, changing nothing, that neither this
    /// domain nor any other of `PostgresSchemas` is newer than this build knows (a `ConfigurationError`
    /// naming the domain, both versions and what to do).
    func verify(_ connection: PostgresConnection) throws -> [String: Int] {
        let recorded = try recordedVersions(connection)
        for known in [self] + PostgresSchemas.migrators.filter({ $0.domain != domain }) {
            let version = recorded[known.domain] ?? 0
            guard version <= known.latestVersion else {
                throw ConfigurationError("""
                    The PostgreSQL database's \(known.domain) schema is at migration version \(version), newer than this \
                    concord knows (\(known.latestVersion)): run a newer concord against it, or point the \(domain) "url" at \
                    another database.
                    """)
            }
        }
        return recorded
    }

    /// Every domain's version as recorded, read without writing (none before the first migration).
    private func recordedVersions(_ connection: PostgresConnection) throws -> [String: Int] {
        guard try connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", row: { try $0.bool(0) }).first == true else {
            return [:]
        }
        let rows = try connection.query("SELECT domain, MAX(version) FROM schema_migrations GROUP BY domain") {
            (try $0.text(0), Int(try $0.int(1)))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    /// The domain's version as recorded (0 before its first migration).
    func version(_ connection: PostgresConnection) throws -> Int {
        Int(try connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE domain = $1",
                                 [.text(domain)]) { try $0.int(0) }.first ?? 0)
    }
}
