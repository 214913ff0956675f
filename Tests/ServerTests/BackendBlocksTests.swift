import ConcordServer
import Commerce
import CommerceMemory
import CommerceSQLite
import Testing

/// `concord.json`'s `catalog`, `content` and `carts` blocks and `defaultLocale`, as
/// `ConfigurationFile.parse` reads and checks them.
@Suite struct BackendBlocksTests {
    static let readme = #"""
        {"defaultLocale": "en",
         "catalog": {"backend": "sqlite", "path": "concord.db"},
         "content": {"backend": "memory"},
         "carts":   {"backend": "sqlite", "path": "concord.db"}}
        """#

    /// The message `parse` fails with, or nil when it succeeds.
    static func failure(_ json: String, registry: BackendRegistry = .standard) -> String? {
        do throws(ServerConfigurationError) {
            _ = try ConfigurationFile.parse(Array(json.utf8), registry: registry)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theReadmeExampleNamesEachDomainsBackend() throws {
        let file = try ConfigurationFile.parse(Array(Self.readme.utf8))
        let backends = file.backends(databasePath: "elsewhere.db")
        #expect(backends.defaultLocale == "en")
        #expect(backends.catalog == .init(backend: "sqlite", options: ["path": "concord.db"]))
        #expect(backends.content == .init(backend: "memory"))
        #expect(backends.carts == .init(backend: "sqlite", options: ["path": "concord.db"]))
    }

    @Test func withoutBlocksEveryDomainIsOnSQLiteInTheDatabaseFile() throws {
        let file = try ConfigurationFile.parse(Array(#"{"port": 9000}"#.utf8))
        #expect(file.backends(databasePath: "shop.db") == .sqlite(path: "shop.db"))
    }

    @Test func theDomainsWithoutABlockTakeTheDatabaseFile() throws {
        let file = try ConfigurationFile.parse(Array(#"{"content": {"backend": "memory"}, "defaultLocale": "de"}"#.utf8))
        let backends = file.backends(databasePath: "shop.db")
        #expect(backends.content == .init(backend: "memory"))
        #expect(backends.catalog == .init(backend: "sqlite", options: ["path": "shop.db"]))
        #expect(backends.carts == .init(backend: "sqlite", options: ["path": "shop.db"]))
        #expect(backends.defaultLocale == "de")
    }

    @Test func readersIsANumberOrAString() throws {
        let json = #"{"catalog": {"backend": "sqlite", "path": "a.db", "readers": 4}, "content": {"backend": "sqlite", "path": "a.db", "readers": "2"}}"#
        let backends = try ConfigurationFile.parse(Array(json.utf8)).backends(databasePath: "b.db")
        #expect(backends.catalog.options == ["path": "a.db", "readers": "4"])
        #expect(backends.content.options == ["path": "a.db", "readers": "2"])
    }

    @Test("a wrong block is an error naming the key, the value and what is allowed", arguments: [
        (#"{"catalog": {"backend": "mongo"}}"#, #"catalog.backend "mongo" is not a backend kind; expected one of: http, memory, postgres, sqlite"#),
        (#"{"carts": {"backend": 3}}"#, #"carts.backend 3 is not a backend kind; expected one of: memory, postgres, sqlite"#),
        (#"{"content": {}}"#, "content.backend is missing; expected one of: http, memory, postgres, sqlite"),
        (#"{"catalog": "sqlite"}"#, #"catalog must be an object such as {"backend": "memory"}; got "sqlite""#),
        (#"{"catalog": {"backend": "sqlite"}}"#, "catalog.path is missing; the sqlite backend needs it"),
        (#"{"catalog": {"backend": "sqlite", "path": ""}}"#, #"catalog.path must be a non-empty string; got """#),
        (#"{"catalog": {"backend": "sqlite", "path": 3}}"#, "catalog.path must be a string; got 3"),
        (#"{"catalog": {"backend": "sqlite", "path": "a.db", "file": "b.db"}}"#, "catalog.file is not an option of the sqlite backend; expected: path, readers"),
        (#"{"carts": {"backend": "sqlite", "path": "a.db", "readers": 2}}"#, "carts.readers is not an option of the sqlite backend; expected: path"),
        (#"{"content": {"backend": "memory", "path": "a.db"}}"#, "content.path is not an option of the memory backend, which takes none"),
        (#"{"catalog": {"backend": "sqlite", "path": "a.db", "readers": 0}}"#, "catalog.readers must be a whole number from 1 to 64; got 0"),
        (#"{"content": {"backend": "sqlite", "path": "a.db", "readers": "many"}}"#, #"content.readers must be a whole number from 1 to 64; got "many""#),
        (#"{"content": {"backend": "sqlite", "path": "a.db", "readers": 2.5}}"#, "content.readers must be a whole number from 1 to 64; got 2.5"),
        (#"{"catalog": {"backend": "postgres", "host": "db"}}"#, "catalog.host is not an option of the postgres backend; expected: url, pool"),
        (#"{"content": {"backend": "postgres", "url": "postgresql:///a", "pool": 0}}"#, "content.pool must be a whole number from 1 to 1000; got 0"),
        (#"{"carts": {"backend": "postgres", "url": ""}}"#, #"carts.url must be a non-empty string; got """#),
        (#"{"defaultLocale": ""}"#, #"defaultLocale must be a locale such as "en"; got """#),
        (#"{"defaultLocale": ["en"]}"#, #"defaultLocale must be a locale such as "en"; got ["en"]"#),
        (#"{"catalogue": {"backend": "memory"}}"#, "unknown key catalogue"),
    ])
    func wrongBlocks(json: String, message: String) {
        #expect(Self.failure(json) == message)
    }

    @Test func aKindRegisteredElsewhereIsAcceptedByItsRegistryOnly() throws {
        var registry = BackendRegistry.standard
        registry.registerContent("cms", options: [.text("space", required: true)]) { _, configuration in
            InMemoryContentBackend(defaultLocale: configuration.defaultLocale)
        }
        let json = #"{"content": {"backend": "cms", "space": "shop"}}"#
        let file = try ConfigurationFile.parse(Array(json.utf8), registry: registry)
        #expect(file.backends(databasePath: "a.db").content == .init(backend: "cms", options: ["space": "shop"]))
        #expect(Self.failure(json) == #"content.backend "cms" is not a backend kind; expected one of: http, memory, postgres, sqlite"#)
        #expect(Self.failure(#"{"content": {"backend": "cms"}}"#, registry: registry) == "content.space is missing; the cms backend needs it")
        #expect(Self.failure(#"{"catalog": {"backend": "cms"}}"#, registry: registry)
                == #"catalog.backend "cms" is not a backend kind; expected one of: http, memory, postgres, sqlite"#)
    }
}
