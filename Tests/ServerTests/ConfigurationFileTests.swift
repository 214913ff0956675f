import ConcordServer
import GraphQLCore
import Testing

@Suite struct ConfigurationFileTests {
    @Test func readsEverySection() throws {
        let text = """
        {"host":"0.0.0.0","port":9000,
         "tokens":[{"name":"sf","kind":"storefront","sha256":"\(SHA256.hex("storefront-secret"))"},
                   {"name":"acme","kind":"partner","token":"partner-secret-0123","scopes":["catalog:write"],"rateLimit":{"perSecond":2.5,"burst":10}}],
         "cors":{"allowedOrigins":["https://shop.example"]},
         "storefrontLimits":{"maxDepth":8,"maxAliases":20,"maxTokens":900},
         "statusCodes":"draft","documentCacheSize":10,
         "http":{"maxBodyBytes":2048,"maxConnections":50,"idleTimeout":5,"eventLoops":1}}
        """
        let file = try ConfigurationFile.parse(Array(text.utf8))
        #expect(file.http.host == "0.0.0.0")
        #expect(file.http.port == 9000)
        #expect(file.http.maxBodyBytes == 2048)
        #expect(file.http.maxConnections == 50)
        #expect(file.http.idleTimeout == 5)
        #expect(file.http.eventLoopCount == 1)
        #expect(file.app.tokens.map(\.name) == ["sf", "acme"])
        #expect(file.app.tokens[0].digest == SHA256.digest(Array("storefront-secret".utf8)))
        #expect(file.app.tokens[1].scopes == [.catalogWrite])
        #expect(file.app.tokens[1].rateLimit == RateLimit(perSecond: 2.5, burst: 10))
        #expect(file.app.cors.allowedOrigins == ["https://shop.example"])
        // The keys given replace those limits; the others keep their defaults.
        #expect(file.app.storefrontLimits == ValidationLimits(maxDepth: 8, maxAliases: 20, maxRootFields: 20, maxTokens: 900, maxDocumentBytes: 32 << 10, maxCost: 10_000,
                                                         maxResponseBytes: 16 << 20, timeout: 10))
        #expect(file.app.statusCodes == .draft)
        #expect(file.app.documentCacheSize == 10)
    }

    @Test func readsTheConnectionOutputBoundAndTheAccessLogBuffer() throws {
        #expect(ConfigurationFile().http.maxPendingOutputBytes == 1 << 20)
        #expect(ConfigurationFile().app.accessLogBufferBytes == 1 << 20)
        let file = try ConfigurationFile.parse(Array(#"{"http":{"maxPendingOutputBytes":262144},"accessLogBufferBytes":65536}"#.utf8))
        #expect(file.http.maxPendingOutputBytes == 262_144)
        #expect(file.app.accessLogBufferBytes == 65_536)
        do throws(ServerConfigurationError) {
            _ = try ConfigurationFile.parse(Array(#"{"http":{"maxPendingOutputBytes":10}}"#.utf8))
            Issue.record("accepted a 10-byte bound")
        } catch {
            #expect(error.description == "http.maxPendingOutputBytes must be an integer from 4096 to 1073741824")
        }
    }

    @Test func limitsPerTokenKind() throws {
        let defaults = ConfigurationFile().app
        #expect(defaults.storefrontLimits.maxCost == 10_000)
        #expect(defaults.partnerLimits.maxCost == 250_000 && defaults.editorLimits.maxCost == 250_000)
        #expect(defaults.partnerLimits.maxDepth == 25 && defaults.partnerLimits.maxResponseBytes == 16 << 20 && defaults.editorLimits.timeout == 10)
        let file = try ConfigurationFile.parse(Array("""
            {"trustedLimits": {"maxDepth": 40}, "partnerLimits": {"maxCost": 1000000, "timeout": 30},
             "editorLimits": {"maxCost": null, "maxResponseBytes": 4096}, "storefrontLimits": {"maxCost": 2000}}
            """.utf8))
        #expect(file.app.partnerLimits.maxDepth == 40 && file.app.editorLimits.maxDepth == 40)
        #expect(file.app.partnerLimits.maxCost == 1_000_000 && file.app.partnerLimits.timeout == 30)
        #expect(file.app.editorLimits.maxCost == nil && file.app.editorLimits.maxResponseBytes == 4096)
        #expect(file.app.storefrontLimits.maxCost == 2000 && file.app.storefrontLimits.maxDepth == 12)
        #expect(file.app.limits(for: nil) == file.app.storefrontLimits)
        #expect(file.app.limits(for: .editor) == file.app.editorLimits)
        #expect(throws: ServerConfigurationError.self) { try ConfigurationFile.parse(Array(#"{"partnerLimits":{"maxCost":0}}"#.utf8)) }
        #expect(throws: ServerConfigurationError.self) { try ConfigurationFile.parse(Array(#"{"editorLimits":{"speed":1}}"#.utf8)) }
    }

    @Test(arguments: [
        (#"{"port":70000}"#, "port must be an integer from 0 to 65535"),
        (#"{"colour":"red"}"#, "unknown key colour"),
        (#"{"tokens":[{"name":"x","kind":"admin","token":"0123456789abcdef"}]}"#, "tokens[0].kind must be storefront, partner or editor"),
        (#"{"tokens":[{"name":"x","kind":"partner","token":"short"}]}"#, "tokens[0].token must be at least 16 characters"),
        (#"{"tokens":[{"name":"x","kind":"partner","sha256":"abc"}]}"#, "tokens[0].sha256 must be 64 hex digits"),
        (#"{"tokens":[{"name":"x","kind":"partner","token":"0123456789abcdef","scopes":["root"]}]}"#, "tokens[0].scopes: unknown scope root"),
        (#"{"http":{"idleTimeout":0}}"#, "http.idleTimeout must be more than 0 seconds"),
        (#"{"statusCodes":"strict"}"#, #"statusCodes must be "audit" or "draft""#),
        (#"[1]"#, "the configuration must be a JSON object"),
    ])
    func refusesBadConfiguration(_ text: String, _ message: String) {
        do throws(ServerConfigurationError) {
            _ = try ConfigurationFile.parse(Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
