import Commerce
import CPostgres
import Foundation

/// A `postgres` backend's options in the configuration: `url`, any libpq connection string (when it is
/// absent, the environment's `DATABASE_URL`), and `pool`, the most connections the domain opens.
struct PostgresOptions: Sendable {
    /// The connection string.
    var url: String
    /// Where the connection string came from, for messages: `carts.url` or `DATABASE_URL`.
    var source: String
    /// The pool size, when the configuration gives one.
    var poolSize: Int?
    /// The domain, such as "carts".
    var domain: String

    /// Reads the options of `domain`'s choice, with `environment` for the fallback.
    init(_ choice: BackendConfiguration.Choice, domain: String,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.domain = domain
        if let url = choice.options["url"], !url.isEmpty {
            self.url = url
            source = "\(domain).url"
        } else if let url = environment["DATABASE_URL"], !url.isEmpty {
            self.url = url
            source = "DATABASE_URL"
        } else {
            throw ConfigurationError("""
                The postgres \(domain) backend needs a "url" option, a libpq connection string such as \
                "postgresql://concord@localhost:5432/concord", or DATABASE_URL in the environment.
                """)
        }
        poolSize = try choice.integer("pool", domain: domain, in: 1...1000)
    }

    /// Opens the backend with `make`; libpq that cannot be loaded (`library`, libpq.so.5 unless a test
    /// names another), or a database that cannot be reached or refuses the schema, is a
    /// `ConfigurationError` that says what to install or names the setting to fix.
    func open<Backend>(library: @autoclosure () -> Result<CPostgresLibrary, PostgresError> = LibPQ.loaded,
                       _ make: (_ url: String, _ poolSize: Int?) throws -> Backend) throws -> Backend {
        if case .failure(let error) = library() {
            throw ConfigurationError("The postgres \(domain) backend \(error.message)")
        }
        do {
            return try make(url, poolSize)
        } catch let error as PostgresError {
            let what = error.kind == .connection ? "cannot connect to PostgreSQL" : "could not set up its tables"
            throw ConfigurationError("The postgres \(domain) backend \(what) (check \(source)): \(error.description)")
        }
    }

    /// Runs the migrations of `migrator`'s domain alone, on a connection of its own, and says what
    /// they did (`concord migrate`).
    func migrate(_ migrator: PostgresMigrator) throws -> SchemaMigration {
        try open { url, _ in
            let connection = try PostgresConnection(connectionString: url)
            let (from, to) = try migrator.apply(connection)
            return SchemaMigration(place: "postgres \(connection.location)", fromVersion: from, toVersion: to)
        }
    }

    /// Checks, changing nothing, that the database answers, takes the credentials, and holds no
    /// domain at a newer schema version than this build knows (errors as `open` words them).
    func preflight(_ migrator: PostgresMigrator) throws {
        try open { url, _ in _ = try migrator.verify(try PostgresConnection(connectionString: url)) }
    }

    /// Whether the domain's store holds nothing: `table` (found on the search path) does not exist or
    /// has no rows. Decided by reading only: nothing is created or migrated. A database that cannot be
    /// read is not judged new (opening it fails next, with the reason).
    func holdsNothing(in table: String) -> Bool {
        guard let connection = try? PostgresConnection(connectionString: url),
              let missing = try? connection.query("SELECT to_regclass($1) IS NULL", [.text(table)], row: { try $0.bool(0) }).first
        else { return false }
        if missing { return true }
        return (try? connection.query("SELECT NOT EXISTS (SELECT 1 FROM \(table))", row: { try $0.bool(0) }).first) ?? false
    }
}
