@testable import ConcordServer
import GraphQLCore
import HTTPTestSupport
import Testing

/// Every cache is bounded in bytes, not only in entries (issue 10, finding 5).
@Suite struct CacheBudgetTests {
    @Test func lruCacheEvictsUntilTheByteBudgetHolds() {
        let cache = LRUCache<String, String>(capacity: 100, maxBytes: 10) { _, value in value.utf8.count }
        cache.set("aaaa", for: "a")
        cache.set("bbbb", for: "b")
        #expect(cache.bytes == 8)
        #expect(cache.value(for: "a") == "aaaa")  // b is now the least recently used
        cache.set("cccc", for: "c")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == "aaaa")
        #expect(cache.bytes == 8)
        #expect(cache.evictions == 1)
        cache.set("a", for: "a")  // replacing an entry reweighs it
        #expect(cache.bytes == 5)
        #expect(!cache.set(String(repeating: "z", count: 11), for: "z"))  // heavier than the whole budget
        #expect(cache.value(for: "z") == nil)
        #expect(cache.count == 2)
        cache.removeValue(for: "c")
        #expect(cache.bytes == 1)
        for n in 0..<50 { cache.set("\(n % 10)", for: "k\(n)") }
        #expect(cache.bytes <= 10)
        #expect(cache.count == 10)
    }

    @Test func responseCacheCountsKeysAndBodies() {
        let cache = ResponseCache(capacity: 1000, seconds: 10, maxBytes: 4096)
        let body = Array(repeating: UInt8(ascii: "x"), count: 500)
        for n in 0..<100 {
            let key = ResponseCache.Key(text: "{ shop }", operationName: nil, variables: Array("{\"n\":\(n)}".utf8), extensions: [],
                                        tokenKind: .storefront, scopes: [], context: .webEU)
            cache.store(body, policy: .public(maxAge: 60), generation: cache.generation, for: key)
        }
        #expect(cache.bytes.used <= 4096)
        #expect(cache.bytes.budget == 4096)
        #expect(cache.count < 10)
    }

    @Test func syntaxErrorsAreNotKeptInTheDocumentCache() async throws {
        try await withApp { port, _, app in
            try await io {
                let client = try TestClient(port: port)
                for n in 0..<5 {
                    let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                      body: #"{"query":"{ a\#(n) "}"#)
                    #expect(response.status == 400)
                }
            }
            #expect(app.graphQL.documents.count == 0)
        }
    }

    @Test func aPersistedQueryIsStoredOnlyOnceItParsed() async throws {
        try await withApp { port, _, app in
            try await io {
                let client = try TestClient(port: port)
                let text = "{ broken"
                let extensions = #"{"persistedQuery":{"version":1,"sha256Hash":"\#(SHA256.hex(text))"}}"#
                let register = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                  body: #"{"query":"\#(text)","extensions":\#(extensions)}"#)
                #expect(register.status == 400)
                let again = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                               body: #"{"extensions":\#(extensions)}"#)
                #expect(again.text.contains(#""code":"PERSISTED_QUERY_NOT_FOUND""#))
            }
            #expect(app.graphQL.persisted.count == 0)
        }
    }

    @Test func storefrontDocumentsHaveASizeLimit() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let padded = "{ a }#" + String(repeating: "x", count: 40_000)
                let refused = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                 body: #"{"query":"\#(padded)"}"#)
                #expect(refused.status == 400)
                #expect(refused.text == echoed(#"{"errors":[{"message":"The document is 40006 bytes long, over the limit of 32768 bytes.","extensions":{"code":"DOCUMENT_TOO_LARGE"}}]}"#))
                let partner = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer editor-token"), gqlAccept, jsonBody],
                                                 body: #"{"query":"\#(padded)"}"#)
                #expect(partner.status == 200)
            }
        }
    }

    @Test func metricsReportEachCachesBytesAndBudget() async throws {
        try await withApp({ $0.documentCacheBytes = 1 << 20 }) { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                _ = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                let metrics = try client.request("GET", "/metrics").text
                #expect(metrics.contains("concord_cache_entries{cache=\"documents\"} 1\n"))
                #expect(metrics.contains("concord_cache_bytes{cache=\"documents\"} \(1024 + 17 * 5)\n"))
                #expect(metrics.contains("concord_cache_budget_bytes{cache=\"documents\"} 1048576\n"))
                #expect(metrics.contains("concord_cache_budget_bytes{cache=\"persisted_queries\"} 16777216\n"))
                #expect(metrics.contains("concord_cache_budget_bytes{cache=\"responses\"} 33554432\n"))
            }
        }
    }

    /// The issue's reproduction, scaled down for `swift test` (`Benchmarks/Scripts/cache_budget.py`
    /// runs the full 5,000 distinct 1 MB persisted queries against `concord serve` and reads its
    /// resident memory): distinct long persisted queries from a token without a document size
    /// limit. Before byte budgets each one stayed in the persisted query store and in the
    /// document cache, whatever its size.
    @Test func distinctLongPersistedQueriesStayWithinTheBudgets() async throws {
        let budget = 1 << 20
        try await withApp({ $0.persistedQueryCacheBytes = budget; $0.documentCacheBytes = 4 * budget }) { port, _, app in
            try await io {
                let client = try TestClient(port: port)
                let padding = String(repeating: "x", count: 200_000)
                for n in 0..<24 {
                    let text = "{ a }#\(n)" + padding
                    let body = #"{"query":"\#(text)","extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(SHA256.hex(text))"}}}"#
                    let response = try client.request("POST", "/graphql", headers: [("Authorization", "Bearer editor-token"), gqlAccept, jsonBody],
                                                      body: body)
                    #expect(response.status == 200)
                }
            }
            #expect(app.graphQL.persisted.bytes.used <= budget)
            #expect(app.graphQL.persisted.count == 5)  // 5 × 200 KB fit in 1 MiB
            #expect(app.graphQL.documents.bytes.used <= 4 * budget)
            #expect(app.graphQL.documents.count == 1)  // one weighs 17 × 200 KB
        }
    }
}
