import ConcordServer
import Testing
import HTTPTestSupport

@Suite struct CachingTests {
    @Test func publicGetAnswersCarryCacheControlAndETag() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let first = try client.request("GET", "/graphql?query=%7B__typename%7D", headers: [storefront, gqlAccept])
                #expect(first.headers["Cache-Control"] == "public, max-age=60")
                let tag = try #require(first.headers["ETag"])
                #expect(tag.hasPrefix("W/\""))
                let again = try client.request("GET", "/graphql?query=%7B__typename%7D", headers: [storefront, gqlAccept, ("If-None-Match", tag)])
                #expect(again.status == 304)
                #expect(again.body.isEmpty)
                #expect(again.headers["ETag"] == tag)
            }
        }
    }

    @Test func cartsAndPostsAreNeverStored() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let cart = try client.request("GET", "/graphql?query=%7Bcart%7Bid%7D%7D", headers: [storefront, gqlAccept])
                #expect(cart.status == 200)
                #expect(cart.headers["Cache-Control"] == "no-store")
                #expect(cart.headers["ETag"] == nil)
                let post = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ __typename }"}"#)
                #expect(post.headers["Cache-Control"] == "no-store")
                #expect(post.headers["ETag"] == nil)
            }
        }
    }

    @Test func documentCacheIsBoundedAndCountsHits() async throws {
        try await withApp({ $0.documentCacheSize = 2 }) { port, _, app in
            try await io {
                let client = try TestClient(port: port)
                for query in ["{ a }", "{ a }", "{ b }", "{ c }", "{ a }"] {
                    _ = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"\#(query)"}"#)
                }
            }
            #expect(app.graphQL.documents.count == 2)
            let statistics = app.graphQL.documents.statistics
            #expect(statistics.hits == 1)
            #expect(statistics.misses == 4)
        }
    }

    @Test func lruCacheEvictsTheLeastRecentlyUsed() {
        let cache = LRUCache<String, Int>(capacity: 2)
        cache.set(1, for: "a")
        cache.set(2, for: "b")
        #expect(cache.value(for: "a") == 1)
        cache.set(3, for: "c")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        cache.set(4, for: "a")
        #expect(cache.value(for: "a") == 4)
        #expect(cache.count == 2)
    }
}
