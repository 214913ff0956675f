import ConcordServer
import GraphQLCore
import Synchronization
import Testing
import HTTPTestSupport

@Suite struct AuthTests {
    @Test func missingOrUnknownTokenIs401() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let missing = try client.request("POST", "/graphql", headers: [gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                #expect(missing.status == 401)
                #expect(missing.headers["WWW-Authenticate"] == #"Bearer realm="concord""#)
                #expect(missing.text == #"{"errors":[{"message":"a bearer token is required","extensions":{"code":"UNAUTHENTICATED"}}]}"#)
                let wrong = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer nope"), gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                #expect(wrong.status == 401)
                let basic = try client.request("POST", "/graphql", headers: [("Authorization", "Basic cHVibGljLXRva2Vu"), gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                #expect(basic.status == 401)
            }
            #expect(engine.executions.withLock { $0 }.isEmpty)
        }
    }

    @Test func tokensCarryTheirScopesIntoTheContext() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                for token in ["public-token", "partner-token", "editor-token"] {
                    _ = try client.request("POST", "/graphql", headers: [("Authorization", "bearer \(token)"), gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                }
            }
            let contexts = engine.contexts.withLock { $0 }
            #expect(contexts.map(\.tokenName) == ["storefront", "partner-acme", "editor"])
            #expect(contexts[0].scopes == [.catalogRead, .contentRead, .carts])
            #expect(contexts[1].allows(.catalogWrite) && contexts[1].allows(.inventoryWrite) && !contexts[1].allows(.carts))
            #expect(contexts[2].allows(.contentPreview) && contexts[2].allows(.contentWrite) && !contexts[2].allows(.catalogWrite))
        }
    }

    @Test func partnerRateLimitAnswers429WithRetryAfter() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                var statuses: [Int] = []
                var retryAfter: String?
                for _ in 0..<5 {
                    let response = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer partner-token"), gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                    statuses.append(response.status)
                    if response.status == 429 { retryAfter = response.headers["Retry-After"] }
                }
                #expect(statuses == [200, 200, 200, 429, 429])
                // One request per 1000 s after a burst of 3: the wait is close to 1000 s. The bucket
                // refills from the first request on, and a loaded CI machine has taken 11 s for
                // these requests, so the bound leaves minutes of slack rather than seconds.
                #expect(retryAfter.flatMap(Int.init).map { (700...1000).contains($0) } == true, "\(retryAfter ?? "none")")
                // The storefront token has no limit.
                for _ in 0..<5 {
                    #expect(try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#).status == 200)
                }
            }
        }
    }

    @Test func tokenBucketRefillsAtItsRate() {
        let now = Mutex(100.0)
        let bucket = TokenBucket(rate: RateLimit(perSecond: 2, burst: 2), clock: { now.withLock { $0 } })
        #expect(bucket.take() == nil)
        #expect(bucket.take() == nil)
        #expect(bucket.take() == 0.5)
        now.withLock { $0 += 0.5 }
        #expect(bucket.take() == nil)
        #expect(bucket.take() != nil)
    }

    @Test func storefrontTokensGetTheQueryLimits() async throws {
        try await withApp({ $0.storefrontLimits = ValidationLimits(maxDepth: 2) }) { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let deep = #"{"query":"{ a { b { c } } }"}"#
                let limited = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: deep)
                #expect(limited.status == 400)
                #expect(limited.text.contains("Query depth 3 exceeds the limit of 2."))
                let editor = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer editor-token"), gqlAccept, jsonBody], body: deep)
                #expect(editor.status == 200)
            }
        }
    }

    @Test func storeKeepsOnlyDigests() {
        let token = AccessToken(name: "t", kind: .partner, token: "secret")
        #expect(token.digest == SHA256.digest(Array("secret".utf8)))
        let store = TokenStore([token])
        #expect(store.authenticate("secret")?.token.name == "t")
        #expect(store.authenticate("secreT") == nil)
        #expect(store.authenticate("") == nil)
    }
}
