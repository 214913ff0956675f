import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport
import Commerce
import CommerceSQLite

/// Every documented scope is enforced by the real resolvers, through the real server. (In the
/// serialized `CommerceServiceTests` suite: services start one at a time.)
enum ScopeEnforcement {
    static let variant = "Z2lkOi8vY29uY29yZC9Qcm9kdWN0VmFyaWFudC8x"
    static let product = "Z2lkOi8vY29uY29yZC9Qcm9kdWN0LzE"

    /// A storefront token and a partner token with their kinds' default scopes.
    static func shopAndPartner(_ file: inout ConfigurationFile) {
        file.app.tokens = [
            AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001"),
            AccessToken(name: "acme", kind: .partner, token: "partner-token-0001"),
        ]
    }

    static func configure(_ file: inout ConfigurationFile) {
        file.app.tokens = [
            AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001"),
            AccessToken(name: "stock-only", kind: .partner, scopes: [.inventoryWrite], token: "inventory-only-0001"),
            AccessToken(name: "kiosk", kind: .partner, scopes: [.inventoryWrite, .carts, .catalogRead], token: "partner-carts-0001"),
            AccessToken(name: "editor", kind: .editor, token: "editor-token-0001"),
        ]
    }

    /// Posts `query` with `token`; returns the response text.
    static func post(_ client: TestClient, _ token: String, _ query: String) throws -> String {
        let body = try JSONWriter.encode(["query": .string(query)])
        return try client.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body).text
    }

    static let forbidden = #""extensions":{"code":"FORBIDDEN"}"#
}

extension CommerceServiceTests {
    @Test func aTokenLimitedToInventoryWriteCanNeitherShopNorRead() async throws {
        try await Self.withService(ScopeEnforcement.configure) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let token = "inventory-only-0001"
                let create = try ScopeEnforcement.post(client, token, "mutation { cartCreate(input: {}) { cart { id } userErrors { code } } }")
                #expect(create.contains(ScopeEnforcement.forbidden) && create.contains(#""data":null"#), "\(create)")
                let checkout = try ScopeEnforcement.post(client, token, #"mutation { cartCheckout(cartId: "Z2lkOi8vY29uY29yZC9DYXJ0L3g") { order { id } userErrors { code } } }"#)
                #expect(checkout.contains(ScopeEnforcement.forbidden), "\(checkout)")
                for read in ["{ products(first: 1) { nodes { id } } }", #"{ product(handle: "x") { id } }"#,
                             "{ collections(first: 1) { nodes { id } } }", #"{ collection(handle: "x") { id } }"#,
                             #"{ page(handle: "home") { id } }"#, "{ pages(first: 1) { nodes { id } } }",
                             #"{ node(id: "\#(ScopeEnforcement.product)") { id } }"#, #"{ cart(id: "Z2lkOi8vY29uY29yZC9DYXJ0L3g") { id } }"#] {
                    let answer = try ScopeEnforcement.post(client, token, read)
                    #expect(answer.contains(ScopeEnforcement.forbidden), "\(read): \(answer)")
                }
                // What the token does carry still works.
                let adjust = try ScopeEnforcement.post(client, token, #"mutation { inventoryAdjust(variantId: "\#(ScopeEnforcement.variant)", delta: 5) { userErrors { code } } }"#)
                #expect(adjust.contains(#""userErrors":[]"#) && !adjust.contains("errors\":[{"), "\(adjust)")
            }
        }
    }

    @Test func theRightScopesAndTheDefaultsStillWork() async throws {
        try await Self.withService(ScopeEnforcement.configure) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let kiosk = "partner-carts-0001"
                _ = try ScopeEnforcement.post(client, kiosk, #"mutation { inventoryAdjust(variantId: "\#(ScopeEnforcement.variant)", delta: 5) { userErrors { code } } }"#)
                let create = try ScopeEnforcement.post(client, kiosk, #"mutation { cartCreate(input: {lines: [{merchandiseId: "\#(ScopeEnforcement.variant)"}]}) { cart { id } userErrors { code } } }"#)
                #expect(!create.contains("FORBIDDEN") && create.contains(#""userErrors":[]"#), "\(create)")
                let cartID = try #require(create.range(of: #""id":""#).map { String(create[$0.upperBound...].prefix { $0 != "\"" }) })
                let checkout = try ScopeEnforcement.post(client, kiosk, #"mutation { cartCheckout(cartId: "\#(cartID)") { order { number } userErrors { code } } }"#)
                #expect(checkout.contains(#""order":{"number":"#) && checkout.contains(#""userErrors":[]"#), "\(checkout)")
                let products = try ScopeEnforcement.post(client, kiosk, "{ products(first: 1) { nodes { id } } }")
                #expect(!products.contains("errors"), "\(products)")
                let page = try ScopeEnforcement.post(client, kiosk, #"{ page(handle: "home") { id } }"#)
                #expect(page.contains(ScopeEnforcement.forbidden), "content:read was not given: \(page)")

                // Default scopes: a storefront token reads and shops; an editor reads, but has no carts.
                let shop = "storefront-token-0001"
                for read in ["{ products(first: 1) { nodes { id } } }", #"{ page(handle: "home") { id } }"#,
                             #"{ node(id: "\#(ScopeEnforcement.product)") { id } }"#, "mutation { cartCreate { cart { id } } }"] {
                    let answer = try ScopeEnforcement.post(client, shop, read)
                    #expect(!answer.contains("errors") && !answer.contains(":null"), "\(read): \(answer)")
                }
                let editor = "editor-token-0001"
                #expect(!(try ScopeEnforcement.post(client, editor, #"{ page(handle: "home") { id } products(first: 1) { nodes { id } } }"#)).contains("errors"))
                #expect(try ScopeEnforcement.post(client, editor, "mutation { cartCreate { cart { id } } }").contains(ScopeEnforcement.forbidden))
            }
        }
    }
}

extension CommerceServiceTests {
    /// Found in review: with `requiresToken: false`, a request without a token had no scopes
    /// once scopes were enforced, so every read was FORBIDDEN; it has a storefront's rights.
    @Test func aRequestWithoutATokenHasAStorefrontsRights() async throws {
        try await Self.withService({ file in
            ScopeEnforcement.configure(&file)
            file.app.requiresToken = false
        }) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let read = try client.request("POST", "/graphql", headers: [gqlAccept, jsonBody],
                                              body: #"{"query":"{ products(first: 1) { nodes { id } } }"}"#).text
                #expect(read.hasPrefix(#"{"data":{"products":{"nodes":[{"id":"#), "\(read)")
                let write = try client.request("POST", "/graphql", headers: [gqlAccept, jsonBody],
                                               body: #"{"query":"mutation { inventoryAdjust(variantId: \"\#(ScopeEnforcement.variant)\", delta: 1) { userErrors { code } } }"}"#).text
                #expect(write.contains(ScopeEnforcement.forbidden), "\(write)")
            }
        }
    }
}

extension CommerceServiceTests {
    /// Found in review: recovery ran only at start, for checkouts over a minute old, so a process
    /// restarted within that minute left its own stopped checkout locked (and its stock taken)
    /// until the next restart. It now runs again while the service lives.
    @Test func aCheckoutStoppedByACrashIsRecoveredWhileTheServiceRuns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-recovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shop.db").path
        var file = ConfigurationFile()
        file.http.port = 0
        file.app.tokens = [AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001")]
        let service = try CommerceService(configuration: file, databasePath: path, schemaSDL: try Self.schemaSDL(),
                                          accessLog: AccessLog(sink: { _ in }), recoveryInterval: .milliseconds(200))
        // What a process that died mid-checkout left in the same database, after this one started.
        let crashed = try CommerceBackends.sqlite(path: path)
        let before = try #require(try await crashed.catalog.variants(ids: [1])[1]?.quantityAvailable)
        let cart = try await crashed.carts.createCart(lines: [LineAddition(variantID: 1, quantity: 1)], discountCodes: [],
                                                      buyerIdentity: BuyerIdentity(), at: Date())
        _ = try await crashed.carts.beginCheckout(cartID: cart.id, at: Date(timeIntervalSinceNow: -120))
        _ = try await crashed.catalog.takeInventory([1: 1], reservation: cart.id)
        var status = try await crashed.carts.carts(ids: [cart.id])[cart.id]?.status
        for _ in 0..<100 where status != .OPEN {
            try await Task.sleep(for: .milliseconds(100))
            status = try await crashed.carts.carts(ids: [cart.id])[cart.id]?.status
        }
        #expect(status == .OPEN)
        #expect(try await crashed.catalog.variants(ids: [1])[1]?.quantityAvailable == before)
        service.server.shutdown()
        await service.server.stopped()
    }
}
