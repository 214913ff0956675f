import ConcordServer
import Foundation
import GraphQLCore
import HTTPTestSupport
import Testing

/// `CommerceService.reload`: a new configuration takes over from the next request, a refused one
/// changes nothing, and both are counted.
@Suite(.serialized) struct ConfigurationReloadTests {
    static let query = #"{"query":"{ products(first: 1) { nodes { title } } }"}"#

    static func file(_ tokens: [(name: String, token: String)], maxDepth: Int? = nil) -> ConfigurationFile {
        var file = ConfigurationFile()
        file.http.port = 0
        file.http.eventLoopCount = 2
        file.app.tokens = tokens.map { AccessToken(name: $0.name, kind: .storefront, token: $0.token) }
        if let maxDepth { file.app.storefrontLimits.maxDepth = maxDepth }
        return file
    }

    static func status(_ port: Int, _ token: String, body: String = query) throws -> Int {
        let client = try TestClient(port: port)
        return try client.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body).status
    }

    static func metric(_ port: Int, _ line: String) throws -> Int? {
        let text = try TestClient(port: port).request("GET", "/metrics").text
        guard let found = text.split(separator: "\n").first(where: { $0.hasPrefix(line + " ") }) else { return nil }
        return Int(found.split(separator: " ").last!)
    }

    @Test func tokensAddedRevokedAndRotatedTakeEffectOnTheNextRequest() async throws {
        try await CommerceServiceTests.withService({ $0 = Self.file([("shop", "token-a"), ("kiosk", "token-k")]) }) { service in
            let port = service.server.port
            let catalog = ObjectIdentifier(service.backends.catalog as AnyObject)
            let report = try await io { () -> ReloadReport in
                #expect(try Self.status(port, "token-a") == 200)
                #expect(try Self.status(port, "token-k") == 200)
                let report = try service.reload { Self.file([("kiosk", "token-k2"), ("partner", "token-p")]) }
                #expect(try Self.status(port, "token-a") == 401, "a revoked token is refused")
                #expect(try Self.status(port, "token-k") == 401, "a rotated token's old secret is refused")
                #expect(try Self.status(port, "token-k2") == 200)
                #expect(try Self.status(port, "token-p") == 200)
                #expect(try Self.metric(port, #"concord_config_reloads_total{result="ok"}"#) == 1)
                #expect(try Self.metric(port, #"concord_config_reloads_total{result="error"}"#) == 0)
                return report
            }
            #expect(report.description == "reloaded: 2 tokens (added partner; revoked shop; rotated kiosk), backends kept")
            #expect(ObjectIdentifier(service.backends.catalog as AnyObject) == catalog, "the same backends are kept")
            #expect(service.reloadCount == 1)
        }
    }

    @Test func aRefusedReloadChangesNothingAndIsCounted() async throws {
        try await CommerceServiceTests.withService({ $0 = Self.file([("shop", "token-a")]) }) { service in
            let port = service.server.port
            try await io { () throws -> Void in
                for attempt in 1...2 {
                    #expect(throws: ServerConfigurationError.self) {
                        _ = try service.reload { try ConfigurationFile.parse(Array(#"{"tokens": [{"name": "x"}]}"#.utf8)) }
                    }
                    #expect(try Self.status(port, "token-a") == 200, "still the previous configuration")
                    #expect(try Self.metric(port, #"concord_config_reloads_total{result="error"}"#) == attempt)
                }
                // A backend kind the registry does not know is refused before anything is opened.
                var unknown = Self.file([("other", "token-b")])
                unknown.backendChoices[.catalog] = .init(backend: "nosuchdb")
                #expect(throws: (any Error).self) { _ = try service.reload { unknown } }
                #expect(try Self.status(port, "token-a") == 200)
                #expect(try Self.status(port, "token-b") == 401)
            }
            #expect(service.reloadCount == 0)
        }
    }

    @Test func limitsChangeOnReload() async throws {
        try await CommerceServiceTests.withService({ $0 = Self.file([("shop", "token-a")]) }) { service in
            let port = service.server.port
            let deep = #"{"query":"{ products(first: 1) { nodes { variants(first: 1) { nodes { product { title } } } } } }"}"#
            try await io {
                #expect(try Self.status(port, "token-a", body: deep) == 200)
                _ = try service.reload { Self.file([("shop", "token-a")], maxDepth: 3) }
                #expect(try Self.status(port, "token-a", body: deep) == 400, "the new depth limit refuses the query")
                #expect(try Self.status(port, "token-a") == 200)
            }
        }
    }

    @Test func changedBackendsAreOpenedBeforeTheyTakeOver() async throws {
        try await CommerceServiceTests.withService({ $0 = Self.file([("shop", "token-a")]) }) { service in
            let port = service.server.port
            let content = ObjectIdentifier(service.backends.content as AnyObject)
            let memory = { () -> ConfigurationFile in
                var file = Self.file([("shop", "token-a")])
                file.backendChoices[.content] = .init(backend: "memory")
                return file
            }()
            let report = try await io { try service.reload { memory } }
            #expect(report.backendsReopened)
            #expect(report.description == "reloaded: 1 token, backends reopened (demo store seeded into the new content)")
            #expect(service.backendConfiguration.content.backend == "memory")
            #expect(ObjectIdentifier(service.backends.content as AnyObject) != content)
            // The new memory content store was seeded before it took over: the demo pages are there.
            let page = #"{"query":"{ page(handle: \"home\") { title } }"}"#
            let answer = try await io {
                try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer token-a"), gqlAccept, jsonBody], body: page)
            }
            #expect(answer.status == 200)
            #expect(answer.text.contains("\"title\""), "\(answer.text)")
        }
    }
}
