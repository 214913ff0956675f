import Foundation
import Testing
@testable import Commerce
@testable import CommerceMemory
@testable import CommercePostgres
@testable import CommerceSQLite

/// No server needed: what a wrong `postgres` configuration says, before anything is stored.
@Suite("PostgreSQL configuration: url, DATABASE_URL, pool, and a database that cannot be reached")
struct PostgresConfigurationTests {
    func choice(_ options: [String: String]) -> BackendConfiguration.Choice {
        BackendConfiguration.Choice(backend: "postgres", options: options)
    }

    @Test("url comes from the option, else DATABASE_URL; with neither, the error says both")
    func url() throws {
        let own = try PostgresOptions(choice(["url": "postgresql:///a"]), domain: "carts", environment: ["DATABASE_URL": "postgresql:///b"])
        #expect(own.url == "postgresql:///a" && own.source == "carts.url")
        let fallback = try PostgresOptions(choice([:]), domain: "carts", environment: ["DATABASE_URL": "postgresql:///b"])
        #expect(fallback.url == "postgresql:///b" && fallback.source == "DATABASE_URL" && fallback.poolSize == nil)
        let missing = #expect(throws: ConfigurationError.self) { try PostgresOptions(choice([:]), domain: "carts", environment: [:]) }
        #expect(missing?.message.contains("\"url\"") == true && missing?.message.contains("DATABASE_URL") == true)
    }

    @Test("pool is a whole number of connections from 1", arguments: ["0", "-1", "ten", "100000"])
    func badPool(value: String) {
        let refusal = #expect(throws: ConfigurationError.self) {
            try PostgresOptions(choice(["url": "postgresql:///a", "pool": value]), domain: "carts", environment: [:])
        }
        #expect(refusal?.message.contains("carts.pool") == true)
    }

    @Test("a database that cannot be reached stops the start with an error naming the setting to fix")
    func unreachable() throws {
        var registry = BackendRegistry()
        registry.registerMemory()
        registry.registerPostgres()
        let memory = BackendConfiguration.Choice(backend: "memory")
        let configuration = BackendConfiguration(catalog: memory, content: memory, carts: choice([
            "url": "postgresql:///concord?host=/nonexistent-concord-socket-directory&port=5999", "pool": "2"]))
        let refusal = #expect(throws: ConfigurationError.self) { try registry.makeBackends(configuration) }
        #expect(refusal?.message.contains("cannot connect to PostgreSQL (check carts.url)") == true)
        #expect(refusal?.message.contains("nonexistent-concord-socket-directory") == true, "libpq's own words follow")
    }

    @Test("a host that cannot be reached: a clear error naming the setting, for every domain and for migrate; never new")
    func unreachableEveryDomain() throws {
        let url = "postgresql:///concord?host=/nonexistent-concord-socket-directory&port=5999"
        var registry = BackendRegistry()
        registry.registerPostgres()
        let domain = choice(["url": url, "pool": "2"])
        let configuration = BackendConfiguration(catalog: domain, content: domain, carts: domain)
        #expect(registry.newDomains(configuration) == [], "a database that cannot be read is not judged new")
        for domain in BackendConfiguration.Domain.allCases {
            let refusal = #expect(throws: ConfigurationError.self) { try registry.migrate(domain, of: configuration) }
            #expect(refusal?.message.contains("The postgres \(domain) backend cannot connect to PostgreSQL (check \(domain).url)") == true,
                    "\(refusal?.message ?? "")")
            #expect(refusal?.message.contains("nonexistent-concord-socket-directory") == true, "libpq's own words follow")
        }
        let opening = #expect(throws: ConfigurationError.self) { try registry.makeBackends(configuration) }
        #expect(opening?.message.contains("check catalog.url") == true, "the first domain opened names its setting")
    }

    @Test("a configuration one store of which cannot be opened opens none: no SQLite file is made, nothing migrated")
    func nothingOpened() throws {
        var registry = BackendRegistry()
        registry.registerSQLite()
        registry.registerPostgres()
        let path = temporaryDatabasePath()
        let configuration = BackendConfiguration(
            catalog: .init(backend: "sqlite", options: ["path": path]),
            content: choice(["url": "postgresql:///concord?host=/nonexistent-concord-socket-directory&port=5999"]),
            carts: .init(backend: "sqlite", options: ["path": path]))
        let opening = #expect(throws: ConfigurationError.self) { try registry.makeBackends(configuration) }
        #expect(opening?.message.contains("check content.url") == true, "\(opening?.message ?? "")")
        let migrating = #expect(throws: ConfigurationError.self) { try registry.migrate(configuration) }
        #expect(migrating?.message.contains("check content.url") == true)
        #expect(!FileManager.default.fileExists(atPath: path), "the SQLite catalog was neither created nor migrated")
    }

    @Test("connection strings libpq cannot read are errors, not crashes", arguments: ["=", "host='unterminated", "postgresql://[::1", "a\u{0}b"])
    func unreadable(connectionString: String) {
        #expect(throws: PostgresError.self) { try PostgresConnection(connectionString: connectionString) }
    }
}
