import Commerce
import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import HTTPTestSupport

/// `CommerceService`s on one PostgreSQL database for the tests: every domain in the store at `url`,
/// each service with pools of its own.
enum PostgresServers {
    /// A configuration with every domain on `url` (`pool` connections each), port 0, the shop and
    /// partner tokens.
    static func configuration(url: String, pool: Int = 2) -> ConfigurationFile {
        var file = ConfigurationFile()
        file.http.port = 0
        file.http.eventLoopCount = 1
        ScopeEnforcement.shopAndPartner(&file)
        for domain in BackendConfiguration.Domain.allCases {
            file.backendChoices[domain] = BackendConfiguration.Choice(backend: "postgres", options: ["url": url, "pool": String(pool)])
        }
        return file
    }

    /// A service on `file` (a SQLite path is given but unused: every domain is on PostgreSQL).
    static func start(_ file: ConfigurationFile) throws -> CommerceService {
        try CommerceService(configuration: file, databasePath: "/nonexistent/unused.db", schemaSDL: try CommerceServiceTests.schemaSDL(),
                            accessLog: AccessLog(sink: { _ in }))
    }

    /// Stops `service`.
    static func stop(_ service: CommerceService) async {
        service.server.shutdown()
        await service.server.stopped()
    }

    /// POSTs a GraphQL body with `token` on `client`.
    static func post(_ client: TestClient, _ body: String, token: String = "storefront-token-0001") throws -> TestResponse {
        try client.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body)
    }

    /// The first product's first variant's stock, as a public (cached) query reads it.
    static let stockQuery = #"{"query":"{ products(first: 1, sortKey: ID) { nodes { variants(first: 1) { nodes { quantityAvailable } } } } }"}"#

    /// The stock `stockQuery` answered, or nil for any other answer.
    static func stock(in response: TestResponse) -> Int? {
        guard case .object(let root)? = response.json, root["errors"] == nil, case .object(let data)? = root["data"],
              case .object(let products)? = data["products"], case .array(let nodes)? = products["nodes"],
              case .object(let product)? = nodes.first, case .object(let variants)? = product["variants"],
              case .array(let variantNodes)? = variants["nodes"], case .object(let variant)? = variantNodes.first,
              case .int(let stock)? = variant["quantityAvailable"] else { return nil }
        return stock
    }

    /// A partner's `inventoryAdjust` of that variant by `delta`.
    static func adjust(_ delta: Int) -> String {
        #"{"query":"mutation { inventoryAdjust(variantId: \"\#(ScopeEnforcement.variant)\", delta: \#(delta)) { userErrors { code } } }"}"#
    }
}
