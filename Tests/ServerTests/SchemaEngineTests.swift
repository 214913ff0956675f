import ConcordServer
import Foundation
import Synchronization
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// A small schema of our own, to test the engine adapter without the commerce schema.
enum ShopFixture {
    static let sdl = """
    type Query {
      hello: String
      product(id: ID!): Product
      products(first: Int = 2): [Product!]!
      cart: Cart
      slow: String
      broken: String
      secret: String
    }
    type Mutation { touch: Int }
    type Product { id: ID! name: String! }
    type Cart { id: ID! lines: Int! }
    """

    final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
        var current: Int { value.withLock { $0 } }
    }

    static func engine(touches: Counter = Counter()) throws -> SchemaEngine {
        let schema = try buildSchema(sdl)
        try schema.bind("Query.hello") { _, _, _, _ in "world" }
        try schema.bind("Query.product") { _, arguments, _, _ in
            guard case .string(let id)? = arguments["id"] else { return nil }
            return JSON.object(["id": .string(id), "name": .string("Product \(id)")])
        }
        try schema.bind("Query.products") { _, arguments, _, _ in
            guard case .int(let first)? = arguments["first"] else { return [] }
            return (0..<first).map { JSON.object(["id": .string("p\($0)"), "name": .string("Product \($0)")]) }
        }
        try schema.bind("Query.cart") { _, _, context, _ in
            guard let context = context as? RequestContext, context.allows(.carts) else {
                throw GraphQLError("This token may not use carts.", extensions: ["code": .string("FORBIDDEN")])
            }
            return JSON.object(["id": .string("cart-1"), "lines": .int(2)])
        }
        try schema.bind("Query.slow", .async { _, _, _, _ in
            try await Task.sleep(for: .milliseconds(5))
            return "done"
        })
        try schema.bind("Query.broken") { _, _, _, _ in
            throw NSError(domain: "db", code: 7, userInfo: [NSLocalizedDescriptionKey: "connection to 10.0.0.5 refused"])
        }
        try schema.bind("Mutation.touch") { _, _, _, _ in touches.next() }
        return SchemaEngine(schema: schema, privateRootFields: ["cart"], makeContext: { $0 })
    }
}

@Suite(.serialized) struct SchemaEngineTests {
    static func withShop(_ configure: (inout AppConfiguration) -> Void = { _ in }, touches: ShopFixture.Counter = .init(),
                         _ body: (Int) async throws -> Void) async throws {
        var configuration = AppConfiguration()
        configuration.tokens = [
            AccessToken(name: "storefront", kind: .storefront, token: "public-token"),
            AccessToken(name: "partner", kind: .partner, token: "partner-token"),
        ]
        configure(&configuration)
        let app = ConcordApp(engine: try ShopFixture.engine(touches: touches), configuration: configuration,
                             accessLog: nil, log: { _ in })
        var http = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        http.eventLoopCount = 2
        let server = HTTPServer(configuration: http, handler: app.handler)
        try server.start()
        do { try await body(server.port) } catch {
            server.shutdown()
            await server.stopped()
            throw error
        }
        server.shutdown()
        await server.stopped()
    }

    @Test func queriesRunSynchronouslyAndAsynchronously() async throws {
        try await Self.withShop { port in
            try await io {
                let client = try TestClient(port: port)
                let sync = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                              body: #"{"query":"{ hello products(first: 2) { id name } }"}"#)
                #expect(sync.text == echoed(#"{"data":{"hello":"world","products":[{"id":"p0","name":"Product 0"},{"id":"p1","name":"Product 1"}]}}"#))
                for _ in 0..<3 {
                    let async = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                   body: #"{"query":"{ hello slow }"}"#)
                    #expect(async.text == echoed(#"{"data":{"hello":"world","slow":"done"}}"#))
                }
            }
        }
    }

    @Test func variablesAndCoercionFailures() async throws {
        try await Self.withShop { port in
            try await io {
                let client = try TestClient(port: port)
                let ok = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                            body: #"{"query":"query P($id: ID!) { product(id: $id) { name } }","variables":{"id":"7"}}"#)
                #expect(ok.text == echoed(#"{"data":{"product":{"name":"Product 7"}}}"#))
                let missing = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                 body: #"{"query":"query P($id: ID!) { product(id: $id) { name } }","variables":{"id":null}}"#)
                #expect(missing.status == 400)
                #expect(missing.text == #"{"errors":[{"message":"Variable \"$id\" of non-null type \"ID!\" must not be null.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#)
            }
        }
    }

    @Test func scopesAndErrorCodes() async throws {
        try await Self.withShop { port in
            try await io {
                let client = try TestClient(port: port)
                let cart = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ cart { id } }"}"#)
                #expect(cart.text == echoed(#"{"data":{"cart":{"id":"cart-1"}}}"#))
                let forbidden = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer partner-token"), gqlAccept, jsonBody],
                                                   body: #"{"query":"{ cart { id } }"}"#)
                #expect(forbidden.text.contains(#""extensions":{"code":"FORBIDDEN"}"#), "\(forbidden.text)")
                #expect(forbidden.text.contains(#""data":{"cart":null}"#))
                let broken = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ broken }"}"#)
                #expect(!broken.text.contains("10.0.0.5"), "\(broken.text)")
                #expect(broken.text.contains(#""extensions":{"code":"INTERNAL_SERVER_ERROR"}"#), "\(broken.text)")
            }
        }
    }

    @Test func getCachesPublicQueriesButNotCarts() async throws {
        try await Self.withShop { port in
            try await io {
                let client = try TestClient(port: port)
                let page = try client.request("GET", "/graphql?query=%7Bproducts%7Bid%7D%7D", headers: [storefront, gqlAccept])
                #expect(page.headers["Cache-Control"] == "public, max-age=60")
                #expect(page.headers["ETag"] != nil)
                let cart = try client.request("GET", "/graphql?query=%7Bcart%7Bid%7D%7D", headers: [storefront, gqlAccept])
                #expect(cart.headers["Cache-Control"] == "no-store")
                let aliased = try client.request("GET", "/graphql?query=query+Q%7B...F%7D+fragment+F+on+Query%7Bc%3Acart%7Bid%7D%7D", headers: [storefront, gqlAccept])
                #expect(aliased.headers["Cache-Control"] == "no-store", "\(aliased.text)")
            }
        }
    }

    @Test func publicTokensGetTheValidationLimits() async throws {
        try await Self.withShop({ $0.storefrontLimits = ValidationLimits(maxDepth: 1, maxAliases: 1) }) { port in
            try await io {
                let client = try TestClient(port: port)
                let body = #"{"query":"{ product(id: \"1\") { name } }"}"#
                let deep = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: body)
                #expect(deep.status == 400)
                #expect(deep.text.hasPrefix(#"{"errors":[{"message":"Depth limit of 1 exceeded, found 2.""#), "\(deep.text)")
                #expect(deep.text.contains(#""code":"GRAPHQL_VALIDATION_FAILED""#))
                let partner = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer partner-token"), gqlAccept, jsonBody], body: body)
                #expect(partner.text == echoed(#"{"data":{"product":{"name":"Product 1"}}}"#))
                let aliases = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ a: hello b: hello }"}"#)
                #expect(aliases.status == 400)
            }
        }
    }

    @Test func mutationsNeverRunOverGet() async throws {
        let touches = ShopFixture.Counter()
        try await Self.withShop(touches: touches) { port in
            try await io {
                let client = try TestClient(port: port)
                let get = try client.request("GET", "/graphql?query=mutation%7Btouch%7D", headers: [storefront, gqlAccept])
                #expect(get.status == 405)
                let post = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"mutation { touch }"}"#)
                #expect(post.text == echoed(#"{"data":{"touch":1}}"#))
            }
        }
        #expect(touches.current == 1)
    }

    /// `shared/http-audit/audit.py`, found in a folder above this file (the checkout's `../shared`).
    static let auditScript: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/http-audit/audit.py")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    @Test(.enabled(if: auditScript != nil, "shared/http-audit/audit.py is not beside the checkout"))
    func auditPassesEveryMustAndShould() async throws {
        let audit = try #require(Self.auditScript)
        try await Self.withShop { port in
            let output = try await io { () -> String in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["python3", audit.path, "http://127.0.0.1:\(port)/graphql", "--header", "Authorization: Bearer public-token"]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return String(decoding: data, as: UTF8.self)
            }
            let lines = output.split(separator: "\n")
            for line in lines where line.hasPrefix("WARN") || line.hasPrefix("FAIL") || line == lines.last { print("audit: \(line)") }
            let failures = lines.filter { $0.hasPrefix("FAIL") || ($0.hasPrefix("WARN") && !$0.contains("DRAFT-")) }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            #expect(lines.last?.contains(" 0 failed") == true, "\(lines.last ?? "")")
        }
    }
}
