import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// What the cost limit tests send.
private enum Fixture {
    static let tokens = [
        AccessToken(name: "shop", kind: .storefront, token: "storefront-token-0001"),
        AccessToken(name: "acme", kind: .partner, token: "partner-token-0001", rateLimit: RateLimit(perSecond: 1000, burst: 1000)),
        AccessToken(name: "desk", kind: .editor, token: "editor-token-0001"),
    ]
    static let bearers = ["storefront": "storefront-token-0001", "partner": "partner-token-0001", "editor": "editor-token-0001"]

    /// `Collection.products ↔ Product.collections` at 250 a page, `levels` connections deep
    /// (within the storefront's depth limit of 12 for 5 levels).
    static func cycle(levels: Int) -> String {
        var inner = "id"
        for level in (0..<levels).reversed() {
            inner = level % 2 == 0 ? "products(first: 250) { nodes { \(inner) } }" : "collections(first: 250) { nodes { \(inner) } }"
        }
        return #"{ collection(handle: "summer") { "# + inner + " } }"
    }

    /// `product` as the storefront's product page asks for it (StorefrontQueries.product, cost 3,783).
    static let productPage = """
        query Product($handle: String!) {
          product(handle: $handle) {
            id handle title description descriptionHtml vendor productType tags createdAt availableForSale
            options { id name values }
            priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
            images(first: 10) { nodes { id url altText width height } }
            variants(first: 250) {
              totalCount
              nodes {
                id title sku availableForSale quantityAvailable
                price { amount currencyCode } compareAtPrice { amount }
                selectedOptions { name value }
                image { url }
                product { handle }
              }
            }
            collections(first: 5) { nodes { handle title } }
            seo { title description }
          }
        }
        """

    /// POSTs `query` with the token of `kind` on a connection of its own (expectations stay on
    /// the test's task, outside `io`).
    static func post(_ port: Int, _ kind: String, _ query: String, variables: JSONObject = [:]) async throws -> TestResponse {
        let body = try JSONWriter.encode(["query": .string(query), "variables": .object(variables)])
        let bearer = bearers[kind]!
        return try await io {
            try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(bearer)"), gqlAccept, jsonBody], body: body)
        }
    }

    static func firstError(_ response: TestResponse) -> (code: String?, message: String?) {
        guard case .object(let root)? = response.json, case .array(let errors)? = root["errors"],
              case .object(let error)? = errors.first else { return (nil, nil) }
        var code: String?
        if case .object(let extensions)? = error["extensions"], case .string(let text)? = extensions["code"] { code = text }
        var message: String?
        if case .string(let text)? = error["message"] { message = text }
        return (code, message)
    }
}

/// The cost maximum for every token kind, and the response size and time backstops, through
/// `concord serve`'s service on the seeded store. An extension of `CommerceServiceTests` so that
/// they run one at a time with its tests: `CommerceService.init` waits for seeding on the
/// calling thread, and two suites doing so at once on a 2-core machine took both threads of the
/// cooperative pool and never finished.
extension CommerceServiceTests {
    @Test func theCollectionCycleIsRefusedForEveryTokenKind() async throws {
        try await CommerceServiceTests.withService({ $0.app.tokens = Fixture.tokens }) { service in
            let port = service.server.port
            for kind in ["storefront", "partner", "editor"] {
                // Three levels: 15,750,502 by the cost; the old code executed it.
                let small = try await Fixture.post(port, kind, Fixture.cycle(levels: 3))
                let (code, message) = Fixture.firstError(small)
                try #require(code == "MAX_COST_EXCEEDED", "\(kind): \(small.text.prefix(300))")
                #expect(message?.hasPrefix("Query cost 15750502 exceeds the maximum cost of ") == true, "\(message ?? "")")
                #expect(small.status == 400, "\(kind)")
                #expect(!small.text.contains("\"data\""))
                // Five levels, within the storefront's depth limit: the issue's 21.7 million product positions.
                let cycle = try await Fixture.post(port, kind, Fixture.cycle(levels: 5))
                #expect(Fixture.firstError(cycle).code == "MAX_COST_EXCEEDED", "\(kind): \(cycle.text.prefix(300))")
            }
        }
    }

    @Test func theStorefrontsOwnQueriesPass() async throws {
        try await CommerceServiceTests.withService({ $0.app.tokens = Fixture.tokens }) { service in
            let port = service.server.port
            let collection = try await Fixture.post(port, "storefront", CommerceServiceTests.collectionQuery, variables: ["handle": .string("summer")])
            #expect(collection.status == 200 && !collection.text.contains("errors"), "\(collection.text.prefix(300))")
            let listing = try await Fixture.post(port, "storefront", "{ products(first: 1, sortKey: ID) { nodes { handle } } }")
            guard case .object(let root)? = listing.json, case .object(let data)? = root["data"], case .object(let products)? = data["products"],
                  case .array(let nodes)? = products["nodes"], case .object(let node)? = nodes.first, case .string(let handle)? = node["handle"] else {
                Issue.record("no product in \(listing.text.prefix(300))")
                return
            }
            let product = try await Fixture.post(port, "storefront", Fixture.productPage, variables: ["handle": .string(handle)])
            #expect(product.status == 200 && !product.text.contains("errors"), "\(product.text.prefix(300))")
            #expect(product.text.contains("\"handle\":\"\(handle)\""))
        }
    }

    @Test func costMaximaResponseSizeAndTimeComeFromTheConfigurationFile() async throws {
        let file = try ConfigurationFile.parse(Array("""
            {"storefrontLimits": {"maxCost": 100, "maxResponseBytes": 8000},
             "partnerLimits": {"maxCost": 700000, "timeout": 0.000001},
             "editorLimits": {"maxCost": 50}}
            """.utf8))
        #expect(file.app.storefrontLimits.maxDepth == 12)  // the other defaults stay
        try await CommerceServiceTests.withService({
            $0.app = file.app
            $0.app.tokens = Fixture.tokens
        }) { service in
            let port = service.server.port
            // Cost 52, within the maximum, but more than 8,000 bytes of answer (13,311).
            let page = "{ collection(handle: \"summer\") { products(first: 50) { nodes { handle title description } } } }"
            let large = try await Fixture.post(port, "storefront", page)
            #expect(Fixture.firstError(large).code == "RESPONSE_TOO_LARGE", "\(large.text.count) \(large.text.prefix(300))")
            #expect(large.status == 200 && large.text.contains("\"data\":null"))
            let over = try await Fixture.post(port, "storefront", CommerceServiceTests.collectionQuery, variables: ["handle": .string("summer")])
            #expect(Fixture.firstError(over).code == "MAX_COST_EXCEEDED")
            #expect(Fixture.firstError(over).message?.hasSuffix(" exceeds the maximum cost of 100.") == true, "\(over.text.prefix(300))")
            let slow = try await Fixture.post(port, "partner", "{ products(first: 250) { nodes { handle variants(first: 250) { nodes { id sku } } } } }")
            #expect(Fixture.firstError(slow).code == "TIMEOUT", "\(slow.text.prefix(300))")
            let editor = try await Fixture.post(port, "editor", CommerceServiceTests.collectionQuery, variables: ["handle": .string("summer")])
            #expect(Fixture.firstError(editor).code == "MAX_COST_EXCEEDED")
        }
    }
}
