import Foundation
import Testing
import ConcordServer
@testable import Commerce
@testable import CommerceSQLite
@testable import CommerceMemory

@Suite("Backend configuration and registry")
struct ConfigurationTests {
    @Test("each domain picks its backend by name; content and catalog can differ")
    func mixed() async throws {
        let path = temporaryDatabasePath()
        let json = #"{"defaultLocale": "de", "catalog": {"backend": "sqlite", "path": "\#(path)"}, "content": {"backend": "memory"}, "carts": {"backend": "sqlite", "path": "\#(path)"}}"#
        let configuration = try BackendConfiguration(json: Data(json.utf8), registry: .standard)
        #expect(configuration.catalog == .init(backend: "sqlite", options: ["path": path]))
        let backends = try BackendRegistry.standard.makeBackends(configuration)
        #expect(backends.catalog is SQLiteCatalogBackend)
        #expect(backends.content is InMemoryContentBackend)
        #expect(backends.carts is SQLiteCartBackend)
        #expect(try await backends.content.localization().defaultLocale == "de")
    }

    @Test("the SQLite catalog and content take a number of read connections")
    func readers() throws {
        let path = temporaryDatabasePath()
        let json = #"{"catalog": {"backend": "sqlite", "path": "\#(path)", "readers": "3"}, "content": {"backend": "sqlite", "path": "\#(path)", "readers": "1"}, "carts": {"backend": "memory"}}"#
        let backends = try BackendRegistry.standard.makeBackends(try BackendConfiguration(json: Data(json.utf8), registry: .standard))
        #expect((backends.catalog as? SQLiteCatalogBackend)?.readers.size == 3)
        #expect((backends.content as? SQLiteContentBackend)?.readers.size == 1)
        let bad = BackendConfiguration(catalog: .init(backend: "sqlite", options: ["path": path, "readers": "0"]),
                                       content: .init(backend: "memory"), carts: .init(backend: "memory"))
        #expect(throws: ConfigurationError("catalog.readers must be a whole number from 1 to 64; got \"0\"")) {
            try BackendRegistry.standard.makeBackends(bad)
        }
    }

    @Test("a new backend plugs in by registering under a name")
    func plugIn() throws {
        struct Marker: Error {}
        var registry = BackendRegistry.standard
        registry.registerContent("cms") { choice, _ in
            guard choice.options["space"] == "shop" else { throw Marker() }
            return InMemoryContentBackend(defaultLocale: "fr")
        }
        let configuration = BackendConfiguration(
            catalog: .init(backend: "memory"), content: .init(backend: "cms", options: ["space": "shop"]), carts: .init(backend: "memory"))
        #expect(try registry.makeBackends(configuration).content is InMemoryContentBackend)
    }

    @Test("clear errors for bad configurations", arguments: [
        (#"[]"#, "the backend configuration must be a JSON object"),
        (#"{"catalog": {"backend": "memory"}, "content": {"backend": "memory"}}"#, "carts is missing; each domain needs a block such as {\"backend\": \"memory\"}"),
        (#"{"catalog": {}, "content": {"backend": "memory"}, "carts": {"backend": "memory"}}"#, "catalog.backend is missing; expected one of: http, memory, postgres, sqlite"),
        (#"{"catalog": {"backend": "sqlite", "path": 3}, "content": {"backend": "memory"}, "carts": {"backend": "memory"}}"#, "catalog.path must be a string; got 3"),
        (#"{"catalogue": {}}"#, "unknown key catalogue; expected defaultLocale, catalog, content, carts"),
    ])
    func badJSON(json: String, message: String) {
        #expect(throws: ConfigurationError(message)) { try BackendConfiguration(json: Data(json.utf8), registry: .standard) }
    }

    @Test("unknown backend names and missing options are named")
    func badChoices() {
        let unknown = BackendConfiguration(catalog: .init(backend: "oracle"), content: .init(backend: "memory"), carts: .init(backend: "memory"))
        #expect(throws: ConfigurationError("catalog.backend \"oracle\" is not a backend kind; expected one of: http, memory, postgres, sqlite")) {
            try BackendRegistry.standard.makeBackends(unknown)
        }
        let noPath = BackendConfiguration(catalog: .init(backend: "memory"), content: .init(backend: "memory"), carts: .init(backend: "sqlite"))
        #expect(throws: ConfigurationError("carts.path is missing; the sqlite backend needs it")) {
            try BackendRegistry.standard.makeBackends(noPath)
        }
    }
}

/// A new path for a SQLite file in the temporary directory.
private func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("concord-registry-\(UUID().uuidString).db").path
}
