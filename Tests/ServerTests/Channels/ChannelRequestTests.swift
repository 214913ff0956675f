import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// Requests in channels, end to end on the seeded store: tokens bound to channels, `@inContext`,
/// `extensions.context`, caches keyed by the context, carts that keep their channel. (In the
/// serialized `CommerceServiceTests` suite: services start one at a time.)
enum ChannelRequests {
    static let eu = "channel-token-web-eu-01", kiosk = "channel-token-kiosk-001", uk = "channel-token-web-uk-01"
    static let euAndUK = "channel-token-eu-uk-001"
    static let tokens: [(name: String, token: String, channels: [String])] = [
        ("eu", eu, ["web-eu"]),
        ("kiosk", kiosk, ["kiosk-berlin"]),
        ("uk", uk, ["web-uk"]),
        ("eu-and-uk", euAndUK, ["web-eu", "web-uk"]),
    ]

    static func configure(_ file: inout ConfigurationFile) {
        file.app.tokens = tokens.map { entry in
            var token = AccessToken(name: entry.name, kind: .storefront, token: entry.token)
            token.channels = entry.channels
            return token
        }
    }

    static func post(_ client: TestClient, _ token: String, _ query: String, variables: JSONObject = [:]) throws -> TestResponse {
        let body = try JSONWriter.encode(["query": .string(query), "variables": .object(variables)])
        return try client.request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body)
    }

    /// `extensions.context` as [channel, country, currency, language].
    static func context(_ response: TestResponse) -> [String]? {
        guard case .object(let root)? = response.json, case .object(let extensions)? = root["extensions"],
              case .object(let context)? = extensions["context"] else { return nil }
        return ["channel", "country", "currency", "language"].map { key in
            if case .string(let value)? = context[key] { return value } else { return "?" }
        }
    }

    /// The value at a path of object keys in the answer's `data`.
    static func data(_ response: TestResponse, _ path: String...) -> JSON? {
        guard case .object(let root)? = response.json else { return nil }
        var value: JSON? = root["data"]
        for key in path {
            guard case .object(let object)? = value else { return nil }
            value = object[key]
        }
        return value
    }

    static func string(_ json: JSON?) -> String? {
        if case .string(let text)? = json { return text } else { return nil }
    }

    static let listing = "{ products(first: 3, sortKey: ID) { nodes { handle } } }"
}

extension CommerceServiceTests {
    @Test func theSameQueryUnderThreeChannelsEchoesThreeContextsAndCachedAnswersEqualUncachedOnes() async throws {
        try await Self.withService(ChannelRequests.configure) { service in
            let port = service.server.port
            let app = service.app
            try await io {
                let client = try TestClient(port: port)
                var firsts: [String: TestResponse] = [:]
                for entry in ChannelRequests.tokens.prefix(3) {
                    let before = try #require(app.graphQL.responses).statistics
                    let uncached = try ChannelRequests.post(client, entry.token, ChannelRequests.listing)
                    let cached = try ChannelRequests.post(client, entry.token, ChannelRequests.listing)
                    let after = try #require(app.graphQL.responses).statistics
                    #expect(uncached.status == 200, "\(uncached.text)")
                    // The second answer came from the cache, and is the first byte for byte.
                    #expect(after.hits == before.hits + 1, "\(entry.name): \(before) → \(after)")
                    #expect(cached.text == uncached.text, "\(entry.name)")
                    firsts[entry.name] = uncached
                }
                #expect(ChannelRequests.context(firsts["eu"]!) == ["web-eu", "DE", "EUR", "EN"])
                #expect(ChannelRequests.context(firsts["kiosk"]!) == ["kiosk-berlin", "DE", "EUR", "DE"])
                #expect(ChannelRequests.context(firsts["uk"]!) == ["web-uk", "GB", "GBP", "EN"])
                #expect(Set(firsts.values.map(\.text)).count == 3)
                // One cache entry per context: three channels, three stored answers.
                #expect(app.graphQL.responses?.count == 3)
                // GET ETags differ per channel though the data may be the same.
                let path = "/graphql?query=" + ChannelRequests.listing.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                var tags: Set<String> = []
                for entry in ChannelRequests.tokens.prefix(3) {
                    let get = try client.request("GET", path, headers: [("Authorization", "Bearer \(entry.token)"), gqlAccept])
                    tags.insert(try #require(get.headers["ETag"]))
                    #expect(get.text == firsts[entry.name]!.text)
                }
                #expect(tags.count == 3)
            }
        }
    }

    @Test func inContextPicksAmongTheTokensChannelsWithShopifysFallbacks() async throws {
        try await Self.withService(ChannelRequests.configure) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let (both, eu, kiosk) = (ChannelRequests.euAndUK, ChannelRequests.eu, ChannelRequests.kiosk)
                func context(_ token: String, _ directive: String) throws -> [String]? {
                    ChannelRequests.context(try ChannelRequests.post(client, token, "query \(directive) { __typename }"))
                }
                // A country another allowed channel sells to picks it.
                #expect(try context(both, "@inContext(country: GB)") == ["web-uk", "GB", "GBP", "EN"])
                #expect(try context(both, "@inContext(country: FR, language: DE)") == ["web-eu", "FR", "EUR", "DE"])
                // Not allowed: the home channel's default country.
                #expect(try context(eu, "@inContext(country: GB)") == ["web-eu", "DE", "EUR", "EN"])
                #expect(try context(both, "@inContext(country: US)") == ["web-eu", "DE", "EUR", "EN"])
                // Language chain de-AT → de; a language the channel lacks falls back to its default.
                #expect(try context(eu, "@inContext(language: DE_AT)") == ["web-eu", "DE", "EUR", "DE"])
                #expect(try context(eu, "@inContext(language: FR)") == ["web-eu", "DE", "EUR", "EN"])
                #expect(try context(kiosk, "@inContext(country: AT, language: EN)") == ["kiosk-berlin", "DE", "EUR", "DE"])
                // Variables work as literals do.
                let variables = try ChannelRequests.post(client, both, "query ($c: CountryCode) @inContext(country: $c) { __typename }",
                                                         variables: ["c": .string("GB")])
                #expect(ChannelRequests.context(variables) == ["web-uk", "GB", "GBP", "EN"])
                // A value that is not a country code is a validation error, and the answer still says its context.
                let bad = try ChannelRequests.post(client, eu, "query @inContext(country: XX) { __typename }")
                #expect(bad.text.contains("GRAPHQL_VALIDATION_FAILED") && ChannelRequests.context(bad) == ["web-eu", "DE", "EUR", "EN"], "\(bad.text)")
                // Introspection shows the directive.
                let schema = try ChannelRequests.post(client, eu, "{ __schema { directives { name locations args { name type { name } } } } }")
                #expect(schema.text.contains(#"{"name":"inContext","locations":["QUERY","MUTATION"],"args":[{"name":"country","type":{"name":"CountryCode"}},{"name":"language","type":{"name":"LanguageCode"}}]}"#),
                        "\(schema.text.prefix(400))")
            }
        }
    }

    @Test func aCartKeepsItsChannelAndMovesWithItsBuyersCountry() async throws {
        try await Self.withService(ChannelRequests.configure) { service in
            let port = service.server.port
            try await io {
                let client = try TestClient(port: port)
                let (kiosk, uk, both) = (ChannelRequests.kiosk, ChannelRequests.uk, ChannelRequests.euAndUK)
                let create = try ChannelRequests.post(client, kiosk, "mutation { cartCreate(input: {}) { cart { id cost { totalAmount { currencyCode } } } userErrors { code } } }")
                let id = try #require(ChannelRequests.string(ChannelRequests.data(create, "cartCreate", "cart", "id")), "\(create.text)")
                // Another channel's token: a user error, no cart, nothing of it told.
                let foreign = try ChannelRequests.post(client, uk, #"mutation { cartLinesRemove(cartId: "\#(id)", lineIds: []) { cart { id } userErrors { code } } }"#)
                #expect(foreign.text.contains(#""cartLinesRemove":{"cart":null,"userErrors":[{"code":"CART_CHANNEL_MISMATCH"}]}"#), "\(foreign.text)")
                #expect(!foreign.text.contains("GRAPHQL") && foreign.status == 200)
                let read = try ChannelRequests.post(client, uk, #"{ cart(id: "\#(id)") { id } }"#)
                #expect(read.text.hasPrefix(#"{"data":{"cart":null}"#), "\(read.text)")
                let own = try ChannelRequests.post(client, kiosk, #"{ cart(id: "\#(id)") { id } }"#)
                #expect(ChannelRequests.string(ChannelRequests.data(own, "cart", "id")) == id)
                // A web-eu cart moved to the UK by its buyer's country: channel, currency and echo move together.
                let euCart = try ChannelRequests.post(client, both, "mutation { cartCreate(input: {}) { cart { id } userErrors { code } } }")
                let euID = try #require(ChannelRequests.string(ChannelRequests.data(euCart, "cartCreate", "cart", "id")), "\(euCart.text)")
                let move = try ChannelRequests.post(client, both, #"mutation { cartBuyerIdentityUpdate(cartId: "\#(euID)", buyerIdentity: {countryCode: "GB"}) { cart { buyerIdentity { countryCode } cost { totalAmount { currencyCode } subtotalAmount { currencyCode } } } userErrors { code } } }"#)
                #expect(move.text.contains(#"{"buyerIdentity":{"countryCode":"GB"},"cost":{"totalAmount":{"currencyCode":"GBP"},"subtotalAmount":{"currencyCode":"GBP"}}}"#), "\(move.text)")
                #expect(ChannelRequests.context(move) == ["web-uk", "GB", "GBP", "EN"])
                // Now in web-uk: the default (web-eu) context no longer sees it, the UK context does.
                let stale = try ChannelRequests.post(client, both, #"{ cart(id: "\#(euID)") { id } }"#)
                #expect(stale.text.hasPrefix(#"{"data":{"cart":null}"#), "\(stale.text)")
                let inUK = try ChannelRequests.post(client, both, #"query @inContext(country: GB) { cart(id: "\#(euID)") { cost { totalAmount { currencyCode } } } }"#)
                #expect(inUK.text.hasPrefix(#"{"data":{"cart":{"cost":{"totalAmount":{"currencyCode":"GBP"}}}}"#), "\(inUK.text)")
                // A country no channel of the token sells to.
                let nowhere = try ChannelRequests.post(client, kiosk, #"mutation { cartBuyerIdentityUpdate(cartId: "\#(id)", buyerIdentity: {countryCode: "US"}) { cart { buyerIdentity { countryCode } } userErrors { code field } } }"#)
                #expect(nowhere.text.contains(#""userErrors":[{"code":"COUNTRY_NOT_SOLD","field":["buyerIdentity","countryCode"]}]"#), "\(nowhere.text)")
            }
        }
    }

    @Test func aTokenNamingAChannelTheStoreLacksIsAConfigurationError() async throws {
        await #expect {
            try await Self.withService({ file in
                var token = AccessToken(name: "lost", kind: .storefront, token: "channel-token-lost-0001")
                token.channels = ["web-eu", "mars"]
                file.app.tokens = [token]
            }) { _ in }
        } throws: { error in
            "\(error)".contains("tokens[0] (lost) names channel mars, which the store does not have (its channels: web-eu, kiosk-berlin, web-uk)")
        }
    }
}
