import ConcordServer
import Foundation
import GraphQLCore
import HTTPTestSupport
import Testing
@testable import Commerce
@testable import CommerceHTTP

/// A real `concord serve` (in process) whose catalog is an `http` backend: answers go on when the
/// upstream is killed (stale copies, `extensions.stale`; `UPSTREAM_UNAVAILABLE` where there is none,
/// HTTP 200, the rest answered), come back fresh once it restarts, and never outlast the deadline.
@Suite("A server composing an upstream catalog", .serialized)
struct ComposedServiceTests {
    /// Runs `body` with a server whose catalog reads from `url` under `service`, with a 1 s deadline.
    static func withComposed(url: String, service: String, contentToo: Bool = false, _ body: @escaping @Sendable (_ port: Int, _ token: String) throws -> Void) async throws {
        try await CommerceServiceTests.withService({ file in
            file.backendChoices[.catalog] = BackendConfiguration.Choice(backend: "http", options: ["url": url, "service": service,
                                                                                                 "timeoutMs": "5000"])
            file.backendChoices[.content] = contentToo
                ? BackendConfiguration.Choice(backend: "http", options: ["url": url, "service": service, "timeoutMs": "5000"])
                : BackendConfiguration.Choice(backend: "memory")
            file.backendChoices[.carts] = BackendConfiguration.Choice(backend: "memory")
            file.app.upstreamDeadline = 1
        }) { service in
            let port = service.server.port, token = try #require(service.demoToken)
            try await io { try body(port, token) }
        }
    }

    /// POSTs a query; the status, the parsed answer and the seconds it took.
    static func query(_ port: Int, _ token: String, _ text: String) throws -> (status: Int, root: JSONObject, seconds: Double) {
        let start = Date()
        let body = try JSONWriter.encode(["query": .string(text)])
        let response = try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), gqlAccept, jsonBody], body: body)
        guard case .object(let root)? = response.json else { throw TestError("not JSON: \(response.text.prefix(200))") }
        return (response.status, root, Date().timeIntervalSince(start))
    }

    @Test("the upstream killed: stale copies with extensions.stale, UPSTREAM_UNAVAILABLE without; restarted: fresh again")
    func killedAndRestarted() async throws {
        let fixture = try UpstreamFixture(service: "catalog-\(UUID().uuidString.prefix(8))")
        _ = try await StoreSeeder().seed(into: fixture.stores, parts: StoreSeeder.Parts([.catalog]))
        let handles = try await fixture.stores.catalog.searchProducts(ProductSearch(filter: ProductFilter(), sortKey: .ID, reverse: false,
                                                                                      window: PageWindow(limit: 2))).items.map(\.item.handle)
        let service = fixture.upstream.options.service
        try await Self.withComposed(url: "http://127.0.0.1:\(fixture.server.port)", service: service) { port, token in
            let read = "{ product(handle: \"\(handles[0])\") { handle title } localization { defaultLocale } }"
            let fresh = try Self.query(port, token, read)
            #expect(fresh.status == 200 && fresh.root["errors"] == nil && staleExtension(fresh.root) == nil)
            guard case .object(let data)? = fresh.root["data"], case .object(let product)? = data["product"] else {
                throw TestError("no product: \(fresh.root)")
            }
            fixture.server.shutdown()
            // Another text than `read`, so that the response cache (which kept the fresh answer) does not answer it.
            let stale = try Self.query(port, token, read.replacingOccurrences(of: "{ product(", with: "{ __typename product("))
            #expect(stale.status == 200 && stale.root["errors"] == nil)
            guard case .object(let staleData)? = stale.root["data"], case .object(let extensions)? = stale.root["extensions"],
                  case .array(let entries)? = extensions["stale"], case .object(let entry)? = entries.first else {
                throw TestError("no extensions.stale: \(stale.root)")
            }
            #expect(staleData["product"] == .object(product))
            #expect(entry["path"] == .array([.string("product")]) && entry["service"] == .string(service))
            #expect(entry["ageSeconds"].map { if case .int(let age) = $0 { return age >= 0 && age < 5 } else { return false } } == true)
            let missing = try Self.query(port, token, "{ product(handle: \"\(handles[1])\") { title } localization { defaultLocale } }")
            #expect(missing.status == 200)
            guard case .object(let missingData)? = missing.root["data"], case .array(let errors)? = missing.root["errors"],
                  case .object(let error)? = errors.first, case .object(let codes)? = error["extensions"] else {
                throw TestError("no partial answer: \(missing.root)")
            }
            #expect(missingData["product"] == .null && missingData["localization"] != nil && missingData["localization"] != .null)
            #expect(codes["code"] == .string("UPSTREAM_UNAVAILABLE") && codes["service"] == .string(service))
            #expect(error["path"] == .array([.string("product")]))
            let again = try fixture.restart()
            defer { again.shutdown() }
            let back = try Self.query(port, token, read.replacingOccurrences(of: "{ product(", with: "{ p: product("))
            #expect(back.status == 200 && back.root["errors"] == nil && staleExtension(back.root) == nil)
            // The stale answer was not kept by the response cache: the same text now answers fresh.
            let staleText = read.replacingOccurrences(of: "{ product(", with: "{ __typename product(")
            #expect(staleExtension(try Self.query(port, token, staleText).root) == nil)
        }
    }

    @Test("an upstream that answers after 5 s: the answer comes by the 1 s deadline, 200 with UPSTREAM_UNAVAILABLE")
    func deadline() async throws {
        let hostile = try HostileUpstream(.slow)
        defer { hostile.stop() }
        try await Self.withComposed(url: "http://127.0.0.1:\(hostile.port)", service: "slow-\(UUID().uuidString.prefix(8))",
                                    contentToo: true) { port, token in
            let answer = try Self.query(port, token, "{ __typename product(handle: \"anything\") { title } }")
            #expect(answer.status == 200)
            #expect(answer.seconds < 1.5, "answered after \(answer.seconds) s")
            guard case .array(let errors)? = answer.root["errors"], case .object(let error)? = errors.first,
                  case .object(let codes)? = error["extensions"] else { throw TestError("no error: \(answer.root)") }
            #expect(codes["code"] == .string("UPSTREAM_UNAVAILABLE"))
            #expect((answer.root["data"].flatMap { if case .object(let data) = $0 { return data["__typename"] } else { return nil } }) != nil)
            let ready = try TestClient(port: port).request("GET", "/readyz")
            #expect(ready.status == 200 && ready.text.contains("upstream slow-"))
        }
    }

    @Test("keys asked for by sibling fields go out in one call per upstream")
    func siblingsBatch() async throws {
        let fixture = try UpstreamFixture(service: "batch-\(UUID().uuidString.prefix(8))")
        _ = try await StoreSeeder().seed(into: fixture.stores, parts: StoreSeeder.Parts([.catalog]))
        let handles = try await fixture.stores.catalog.searchProducts(ProductSearch(filter: ProductFilter(), sortKey: .ID, reverse: false,
                                                                                      window: PageWindow(limit: 4))).items.map(\.item.handle)
        let service = fixture.upstream.options.service
        // The server's own upstream of that service (its options differ from the fixture's).
        let calls: @Sendable () -> Int = { Upstream.all.filter { $0.options.service == service }.map { $0.counters.calls.load(ordering: .relaxed) }.reduce(0, +) }
        try await Self.withComposed(url: "http://127.0.0.1:\(fixture.server.port)", service: service) { port, token in
            let fields = handles.enumerated().map { "p\($0.offset): product(handle: \"\($0.element)\") { title }" }.joined(separator: " ")
            let before = calls()
            let answer = try Self.query(port, token, "{ \(fields) }")
            #expect(answer.root["errors"] == nil)
            guard case .object(let data)? = answer.root["data"] else { throw TestError("no data: \(answer.root)") }
            #expect(data.keys.count == 4 && data.keys.allSatisfy { data[$0] != nil && data[$0] != .null })
            #expect(calls() - before == 1, "4 sibling products by handle took \(calls() - before) calls, not one")
        }
    }
}
