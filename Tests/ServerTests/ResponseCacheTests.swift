@testable import ConcordServer
import GraphQLCore
import HTTPServer
import HTTPTestSupport
import Synchronization
import Testing

/// The response cache over HTTP: public query answers are served again without executing,
/// until a mutation finishes, the answer ages out, or anything in the key differs.
@Suite struct ResponseCacheTests {
    private func post(_ client: TestClient, _ body: String, token: (String, String) = storefront) throws -> TestResponse {
        try client.request("POST", "/graphql", headers: [token, gqlAccept, jsonBody], body: body)
    }

    private func queries(_ engine: TestEngine) -> Int { engine.executions.withLock { $0[.query] ?? 0 } }

    @Test func theSamePublicQueryIsExecutedOnce() async throws {
        try await withApp { port, engine, app in
            try await io {
                let client = try TestClient(port: port)
                let first = try post(client, #"{"query":"{ shop }","variables":{"handle":"summer"}}"#)
                let second = try post(client, #"{"query":"{ shop }","variables":{"handle":"summer"}}"#)
                #expect(first.status == 200 && second.status == 200)
                #expect(first.text == second.text)
                #expect(second.headers["Cache-Control"] == "no-store")
            }
            #expect(queries(engine) == 1)
            #expect(app.graphQL.responses?.statistics.hits == 1)
            #expect(app.metrics.render().contains("concord_response_cache_lookups_total{result=\"hit\"} 1"))
        }
    }

    @Test func variablesOperationExtensionsAndTokenKindAreInTheKey() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                _ = try post(client, #"{"query":"{ shop }","variables":{"handle":"summer"}}"#)
                _ = try post(client, #"{"query":"{ shop }","variables":{"handle":"winter"}}"#)
                _ = try post(client, #"{"query":"{ shop }","variables":{"handle":"winter"},"extensions":{"locale":"de"}}"#)
                _ = try post(client, #"{"query":"{ shop  }","variables":{"handle":"winter"}}"#)
                _ = try post(client, #"{"query":"{ shop }","variables":{"handle":"winter"}}"#, token: ("Authorization", "Bearer editor-token"))
            }
            #expect(queries(engine) == 5)
        }
    }

    @Test func aMutationMakesEveryStoredAnswerStale() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                _ = try post(client, #"{"query":"{ shop }"}"#)
                _ = try post(client, #"{"query":"{ shop }"}"#)
                #expect(try post(client, #"{"query":"mutation { write }"}"#).status == 200)
                _ = try post(client, #"{"query":"{ shop }"}"#)
                _ = try post(client, #"{"query":"{ shop }"}"#)
            }
            #expect(queries(engine) == 2)
        }
    }

    @Test func aMutationThatWritesNothingPublicKeepsThem() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                _ = try post(client, #"{"query":"{ shop }"}"#)
                #expect(try post(client, #"{"query":"mutation { cartOnly }"}"#).status == 200)
                _ = try post(client, #"{"query":"{ shop }"}"#)
            }
            #expect(queries(engine) == 1)
        }
    }

    @Test func privateAndFailedAnswersAreNeverStored() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                for body in [#"{"query":"{ cart { id } }"}"#, #"{"query":"{ boom }"}"#, #"{"query":"{ forbidden }"}"#] {
                    _ = try post(client, body)
                    _ = try post(client, body)
                }
            }
            #expect(queries(engine) == 6)
        }
    }

    @Test func getAnswersFromTheCacheKeepTheirCacheHeaders() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let first = try client.request("GET", "/graphql?query=%7Bshop%7D", headers: [storefront, gqlAccept])
                let second = try client.request("GET", "/graphql?query=%7Bshop%7D", headers: [storefront, gqlAccept])
                #expect(second.headers["Cache-Control"] == "public, max-age=60")
                #expect(second.headers["ETag"] != nil && second.headers["ETag"] == first.headers["ETag"])
                let tag = try #require(second.headers["ETag"])
                let revalidated = try client.request("GET", "/graphql?query=%7Bshop%7D", headers: [storefront, gqlAccept, ("If-None-Match", tag)])
                #expect(revalidated.status == 304 && revalidated.body.isEmpty)
            }
            #expect(queries(engine) == 1)
        }
    }

    /// `count` clients POST `body` at the same moment, each from its own thread.
    private func concurrently(_ count: Int, port: Int, _ body: String) async throws -> [String] {
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<count {
                group.addTask {
                    try await io {
                        let client = try TestClient(port: port)
                        return try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: body).text
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func requestsArrivingTogetherShareOneExecution() async throws {
        try await withApp { port, engine, app in
            let answers = try await concurrently(8, port: port, #"{"query":"{ slow }"}"#)
            #expect(Set(answers) == [#"{"data":{"__typename":"Query"}"# + webEUEcho + "}"])
            #expect(queries(engine) == 1)
            let cache = try #require(app.graphQL.responses)
            #expect(cache.coalescedCount + cache.statistics.hits == 7)
        }
    }

    @Test func whenTheSharedAnswerCannotBeStoredEachExecutes() async throws {
        try await withApp { port, engine, _ in
            let answers = try await concurrently(6, port: port, #"{"query":"{ slow cart { id } }"}"#)
            #expect(Set(answers) == [#"{"data":{"cart":{"id":"c1"}}"# + webEUEcho + "}"])
            #expect(queries(engine) == 6)
        }
    }

    @Test func zeroEntriesTurnsTheCacheOff() async throws {
        try await withApp({ $0.responseCacheSize = 0 }) { port, engine, app in
            try await io {
                let client = try TestClient(port: port)
                _ = try post(client, #"{"query":"{ shop }"}"#)
                _ = try post(client, #"{"query":"{ shop }"}"#)
            }
            #expect(app.graphQL.responses == nil)
            #expect(queries(engine) == 2)
        }
    }

    @Test func configurationFileSetsAndChecksTheCache() throws {
        let file = try ConfigurationFile.parse(Array(#"{"responseCache":{"entries":0,"seconds":2.5}}"#.utf8))
        #expect(file.app.responseCacheSize == 0 && file.app.responseCacheSeconds == 2.5)
        #expect(throws: ServerConfigurationError.self) { try ConfigurationFile.parse(Array(#"{"responseCache":{"size":1}}"#.utf8)) }
        #expect(throws: ServerConfigurationError.self) { try ConfigurationFile.parse(Array(#"{"responseCache":{"entries":-1}}"#.utf8)) }
    }
}

/// The cache on its own: age, generations and size.
@Suite struct ResponseCacheUnitTests {
    private let key = ResponseCache.Key(text: "{ shop }", operationName: nil, variables: [], extensions: [],
                                        tokenKind: .storefront, scopes: ["catalog:read"], context: .webEU)
    private let data = Array(#"{"shop":1}"#.utf8)

    @Test func answersAgeOut() {
        let now = Mutex(100.0)
        let cache = ResponseCache(capacity: 4, seconds: 10, clock: { now.withLock { $0 } })
        cache.store(data, policy: .public(maxAge: 60), generation: cache.generation, for: key)
        now.withLock { $0 += 9.9 }
        #expect(cache.answer(for: key)?.body == data)
        now.withLock { $0 += 0.2 }
        #expect(cache.answer(for: key) == nil)
        #expect(cache.statistics == (hits: 1, misses: 1))
    }

    @Test func anAnswerThatRacedAMutationIsNeitherStoredNorServed() {
        let cache = ResponseCache(capacity: 4, seconds: 10)
        let before = cache.generation
        cache.invalidate()  // a mutation finished while the query executed
        cache.store(data, policy: .public(maxAge: 60), generation: before, for: key)
        #expect(cache.answer(for: key) == nil)
        cache.store(data, policy: .public(maxAge: 60), generation: cache.generation, for: key)
        #expect(cache.answer(for: key) != nil)
        cache.invalidate()
        #expect(cache.answer(for: key) == nil)
    }

    @Test func onlyPublicAnswersWithinTheSizeLimitAreStored() {
        let cache = ResponseCache(capacity: 4, seconds: 10, maxEntryBytes: 16)
        cache.store(data, policy: .noStore, generation: cache.generation, for: key)
        #expect(cache.answer(for: key) == nil)
        cache.store(Array(repeating: 0x20, count: 17), policy: .public(maxAge: 60), generation: cache.generation, for: key)
        #expect(cache.answer(for: key) == nil)
        cache.store(data, policy: .public(maxAge: 60), generation: cache.generation, for: key)
        #expect(cache.answer(for: key)?.body == data)
    }

    @Test func theLeastRecentlyUsedAnswerGoesFirst() {
        let cache = ResponseCache(capacity: 2, seconds: 10)
        func key(_ n: Int) -> ResponseCache.Key {
            ResponseCache.Key(text: "{ shop }", operationName: nil, variables: Array("\(n)".utf8), extensions: [], tokenKind: nil, scopes: [], context: .webEU)
        }
        for n in 0..<3 { cache.store(data, policy: .public(maxAge: 60), generation: cache.generation, for: key(n)) }
        #expect(cache.count == 2)
        #expect(cache.answer(for: key(0)) == nil)
        #expect(cache.answer(for: key(2)) != nil)
    }
}
