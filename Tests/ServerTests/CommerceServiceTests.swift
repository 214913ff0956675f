import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// `concord serve`'s service end to end: a new SQLite store, seeded, behind the HTTP layer.
@Suite(.serialized) struct CommerceServiceTests {
    static let collectionQuery = """
        query Collection($handle: String!) {
          collection(handle: $handle) {
            title
            products(first: 50, sortKey: PRICE) {
              totalCount
              edges { cursor node { id handle title priceRange { minVariantPrice { amount currencyCode } } variants(first: 3) { nodes { id } } } }
            }
          }
        }
        """

    /// `schema.graphql` at the checkout's root, above this file.
    static func schemaSDL() throws -> String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if let text = try? String(contentsOfFile: folder.appendingPathComponent("schema.graphql").path, encoding: .utf8) { return text }
            folder = folder.deletingLastPathComponent()
        }
        throw TestError("schema.graphql not found")
    }

    static func withService(_ configure: (inout ConfigurationFile) -> Void = { _ in }, log: LogLines = LogLines(),
                            _ body: (CommerceService) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var file = ConfigurationFile()
        file.http.port = 0
        file.http.eventLoopCount = 2
        configure(&file)
        let service = try CommerceService(configuration: file, databasePath: folder.appendingPathComponent("shop.db").path,
                                          schemaSDL: try schemaSDL(), accessLog: AccessLog(sink: { log.append($0) }))
        do { try await body(service) } catch {
            service.server.shutdown()
            await service.server.stopped()
            throw error
        }
        service.server.shutdown()
        await service.server.stopped()
    }

    @Test func demoStoreAnswersTheCollectionPageWithTheDemoToken() async throws {
        try await Self.withService { service in
            let token = try #require(service.demoToken)
            #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
            #expect(service.seeded?.products == 500)
            let port = service.server.port
            let body = try JSONWriter.encode(["query": .string(Self.collectionQuery), "variables": .object(["handle": .string("bestsellers")])])
            try await io {
                let client = try TestClient(port: port)
                let response = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body)
                #expect(response.status == 200)
                guard case .object(let root)? = response.json, case .object(let data)? = root["data"],
                      case .object(let collection)? = data["collection"], case .object(let products)? = collection["products"],
                      case .array(let edges)? = products["edges"] else {
                    Issue.record("unexpected answer \(response.text.prefix(300))")
                    return
                }
                #expect(root["errors"] == nil)
                #expect(collection["title"] == .string("Best Sellers"))
                #expect(edges.count == 50)
                let unauthenticated = try client.request("POST", "/graphql", headers: [gqlAccept, jsonBody], body: body)
                #expect(unauthenticated.status == 401)
            }
        }
    }

    @Test func explorerHealthReadinessAndMetrics() async throws {
        try await Self.withService { service in
            let token = try #require(service.demoToken)
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                for path in ["/", "/explorer"] {
                    let page = try client.request("GET", path, headers: [("Host", "localhost:\(port)")])
                    #expect(page.status == 200)
                    #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
                    #expect(page.headers["Content-Security-Policy"] != nil)
                    #expect(page.text.contains(token))
                }
                // The page's own files, at the URLs it names, with their content and kept for good.
                for file in ExplorerAssets.embedded.files {
                    let answer = try client.request("GET", file.path)
                    #expect(answer.status == 200 && answer.body == file.body)
                    #expect(answer.headers["Cache-Control"] == "public, max-age=31536000, immutable")
                    #expect(answer.headers["Content-Type"] == file.contentType)
                }
                #expect(try client.request("GET", "/healthz").status == 200)
                #expect(try client.request("GET", "/readyz").status == 200)
                #expect(try client.request("GET", "/metrics").text.contains("concord_http_requests_total{status=\"200\"} 6"))
            }
        }
    }

    @Test func theDemoExplorerIsServedOnlyToLoopbackHosts() async throws {
        try await Self.withService { service in
            let token = try #require(service.demoToken)
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                for host in ["localhost", "localhost:\(port)", "LocalHost:80", "127.0.0.1", "127.0.0.1:\(port)", "127.1.2.3:9",
                             "[::1]", "[::1]:\(port)", "shop.localhost:\(port)", "localhost."] {
                    for path in ["/", "/explorer"] {
                        let page = try client.request("GET", path, headers: [("Host", host)])
                        #expect(page.status == 200, "\(host)\(path)")
                        #expect(page.text.contains(token), "\(host)\(path)")
                    }
                }
                // A page on another name that resolves here (DNS rebinding) must not read the token.
                for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example", "127.0.0.1.evil.example",
                             "[::2]:\(port)", "10.0.0.1", "0.0.0.0", "127.0.0.256", "[::1]x", "localhost:http", ""] {
                    for path in ["/", "/explorer"] {
                        let page = try client.request("GET", path, headers: [("Host", host)])
                        #expect(page.status == 421, "\(host)\(path)")
                        #expect(!page.text.contains(token), "\(host)\(path)")
                        #expect(page.text.contains("loopback"), "\(host)\(path)")
                    }
                }
                // The token-free routes answer any Host.
                #expect(try client.request("GET", "/healthz", headers: [("Host", "evil.example")]).status == 200)
            }
        }
    }

    @Test func anExplorerWithoutATokenAnswersAnyHost() async throws {
        try await Self.withService({ file in
            file.app.tokens = [AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001")]
        }) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let page = try client.request("GET", "/", headers: [("Host", "shop.example")])
                #expect(page.status == 200)
                #expect(page.text.contains("\"token\":null"))
            }
        }
    }

    @Test func publicCatalogGetsAreCachedAndCartsAreNot() async throws {
        try await Self.withService { service in
            let token = try #require(service.demoToken)
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let auth = ("Authorization", "Bearer \(token)")
                let catalog = try client.request("GET", "/graphql?query=%7Bproducts(first%3A2)%7Bnodes%7Btitle%7D%7D%7D", headers: [auth, gqlAccept])
                #expect(catalog.status == 200)
                #expect(catalog.headers["Cache-Control"] == "public, max-age=60")
                let created = try client.request("POST", "/graphql", headers: [auth, gqlAccept, jsonBody],
                                                 body: #"{"query":"mutation { cartCreate(input: {}) { cart { id } userErrors { code } } }"}"#)
                guard case .object(let root)? = created.json, case .object(let data)? = root["data"],
                      case .object(let payload)? = data["cartCreate"], case .object(let cart)? = payload["cart"],
                      case .string(let id)? = cart["id"] else {
                    Issue.record("no cart in \(created.text)")
                    return
                }
                let query = "{cart(id:\"\(id)\"){id totalQuantity}}".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let read = try client.request("GET", "/graphql?query=\(query)", headers: [auth, gqlAccept])
                #expect(read.status == 200)
                #expect(read.text.contains(id))
                #expect(read.headers["Cache-Control"] == "no-store")
                #expect(read.headers["ETag"] == nil)
            }
        }
    }

    @Test func scopesDecideWhoMayWriteTheCatalog() async throws {
        try await Self.withService({ file in
            file.app.tokens = [
                AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001"),
                AccessToken(name: "acme", kind: .partner, token: "partner-token-0001", rateLimit: RateLimit(perSecond: 100, burst: 100)),
            ]
        }) { service in
            #expect(service.demoToken == nil)
            let port = service.server.port
            let mutation = #"{"query":"mutation { inventoryAdjust(variantId: \"Z2lkOi8vY29uY29yZC9Qcm9kdWN0VmFyaWFudC8x\", delta: 1) { userErrors { code } } }"}"#
            try await io {
                let client = try TestClient(port: port)
                let denied = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer storefront-token-0001"), gqlAccept, jsonBody], body: mutation)
                #expect(denied.status == 200)
                #expect(denied.text.contains(#""path":["inventoryAdjust"]"#), "\(denied.text)")
                #expect(denied.text.contains(#""data":null"#), "\(denied.text)")
                #expect(denied.text.contains(#""extensions":{"code":"FORBIDDEN"}"#), "\(denied.text)")
                let allowed = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer partner-token-0001"), gqlAccept, jsonBody], body: mutation)
                #expect(allowed.text.contains(#""data":{"inventoryAdjust""#), "\(allowed.text)")
                #expect(!allowed.text.contains("errors"), "\(allowed.text)")
            }
        }
    }

    @Test func aPartnerStockChangeShowsInTheNextStorefrontAnswer() async throws {
        try await Self.withService(ScopeEnforcement.shopAndPartner) { service in
            let port = service.server.port
            let variant = ScopeEnforcement.variant
            let read = #"{"query":"query($id: ID!) { node(id: $id) { ... on ProductVariant { quantityAvailable } } }","variables":{"id":"\#(variant)"}}"#
            let product = #"{"query":"{ products(first: 1, sortKey: ID) { nodes { variants(first: 1) { nodes { quantityAvailable } } } } }"}"#
            let adjust = #"{"query":"mutation { inventoryAdjust(variantId: \"\#(variant)\", delta: 7) { userErrors { code } } }"}"#
            try await io {
                let client = try TestClient(port: port)
                let shop = ("Authorization", "Bearer storefront-token-0001")
                func quantity(_ text: String) -> Int? {
                    guard let range = text.range(of: #""quantityAvailable":"#) else { return nil }
                    return Int(text[range.upperBound...].prefix { $0.isNumber })
                }
                let before = try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody], body: product).text
                let again = try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody], body: product).text
                #expect(before == again)
                #expect(service.app.graphQL.responses?.statistics.hits == 1)
                let stock = try #require(quantity(before), "\(before)")
                // A buyer's cart write keeps the stored answers; a stock change drops them.
                let cart = try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody],
                                              body: #"{"query":"mutation { cartCreate { cart { id } userErrors { code } } }"}"#)
                #expect(cart.text.contains(#""cartCreate":{"cart":{"id""#), "\(cart.text)")
                #expect(try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody], body: product).text == before)
                #expect(service.app.graphQL.responses?.statistics.hits == 2)
                let adjusted = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer partner-token-0001"), gqlAccept, jsonBody], body: adjust)
                #expect(!adjusted.text.contains("errors"), "\(adjusted.text)")
                let after = try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody], body: product).text
                #expect(quantity(after) == stock + 7, "\(after)")
                // `node` may fetch a cart, so its answers are never stored: always fresh.
                let viaNode = try client.request("POST", "/graphql", headers: [shop, gqlAccept, jsonBody], body: read).text
                #expect(quantity(viaNode) == stock + 7, "\(viaNode)")
            }
        }
    }
}

extension JSONWriter {
    /// A JSON object's text.
    static func encode(_ object: JSONObject) throws -> String {
        var writer = JSONWriter()
        writer.write(.object(object))
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
