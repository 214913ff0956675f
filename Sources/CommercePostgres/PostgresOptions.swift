import Commerce
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

    /// Opens the backend with `make`; a database that cannot be reached or refuses the schema is a
    /// `ConfigurationError` that names the setting to fix.
    func open<Backend>(_ make: (_ url: String, _ poolSize: Int?) throws -> Backend) throws -> Backend {
        do {
            return try make(url, poolSize)
        } catch let error as PostgresError {
            let what = error.kind == .connection ? "cannot connect to PostgreSQL" : "could not set up its tables"
            throw ConfigurationError("The postgres \(domain) backend \(what) (check \(source)): \(error.description)")
        }
    }
}
