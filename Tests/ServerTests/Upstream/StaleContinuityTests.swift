import Foundation
import GraphQLCore
import HTTPServer
import HTTPTestSupport
import Testing
@testable import Commerce
@testable import CommerceHTTP
@testable import ConcordServer

/// The parts of continuity below a whole server: `max-age` honoured, partial batches, and the
/// `extensions` object an answer with stale copies and a cost bucket carries.
@Suite("Stale-if-error continuity")
struct StaleContinuityTests {
    @Test("within max-age an entity is served without a call; after it, the upstream is asked again")
    func maxAge() async throws {
        let fixture = try UpstreamFixture(service: "fresh-\(UUID().uuidString.prefix(8))", maxAge: 1)
        _ = try await StoreSeeder().seed(into: fixture.stores, parts: StoreSeeder.Parts([.catalog]))
        let backend = HTTPCatalogBackend(upstream: fixture.upstream)
        let calls = { fixture.upstream.counters.calls.load(ordering: .relaxed) }
        let first = try await backend.products(ids: [1, 2])
        let second = try await backend.products(ids: [1, 2])
        #expect(first.keys.sorted() == [1, 2] && second[1] == first[1])
        #expect(calls() == 1)
        _ = try await backend.products(ids: [1, 3])
        #expect(calls() == 2, "only the key not kept is asked for")
        try await Task.sleep(nanoseconds: 1_100_000_000)
        _ = try await backend.products(ids: [1])
        #expect(calls() == 3)
    }

    @Test("a batch an upstream answered only in part: stale keys get their copies, the others the error")
    func partialBatch() async throws {
        let loader = BatchLoader<Int64, String> { _ in
            throw UpstreamUnavailableError(service: "catalog", detail: "timed out", partial: [AnyHashable(Int64(1)): "kept"])
        }
        async let kept = loader.load(1)
        async let lost: Result<String?, any Error> = { do { return .success(try await loader.load(2)) } catch { return .failure(error) } }()
        #expect(try await kept == "kept")
        guard case .failure(let error) = await lost else { throw TestError("key 2 had no copy, yet loaded") }
        #expect(error is UpstreamUnavailableError)
        #expect(CommerceError(backendFailure: UpstreamUnavailableError(service: "catalog", detail: "x")).code == "UPSTREAM_UNAVAILABLE")
    }

    @Test("extensions.stale and extensions.cost share one extensions object")
    func staleAndCost() throws {
        typealias Handler = GraphQLHTTPHandler<SchemaEngine>
        var body = Array(#"{"data":{"product":null}}"#.utf8)
        GraphQLResponseWriter.attachStale([StaleReport.Entry(path: [.key("product"), .index(0)], entity: "product:id:1", ageSeconds: 7, service: "catalog")],
                            to: &body)
        var answer = Handler.Answer(response: HTTPResponse(body: body))
        answer.carriesExtensions = true
        GraphQLResponseWriter.attachCost(to: &answer, requested: 3, actual: 2,
                           status: ThrottleStatus(maximumAvailable: 100, currentlyAvailable: 98, restoreRate: 10))
        guard case .object(let root) = try JSONParser.parse(bytes: answer.response.body), case .object(let extensions)? = root["extensions"],
              case .array(let stale)? = extensions["stale"] else { throw TestError("not one extensions object: \(String(decoding: answer.response.body, as: UTF8.self))") }
        #expect(extensions["cost"] != nil)
        #expect(stale == [.object(["path": .array([.string("product"), .int(0)]), "ageSeconds": .int(7), "service": .string("catalog")])])
    }
}
