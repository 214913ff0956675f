import ConcordServer
import GraphQLCore
import Testing
#if canImport(Glibc)
import Glibc
import HTTPTestSupport
#endif

@Suite struct ObservabilityTests {
    @Test func healthReadinessAndMetrics() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                #expect(try client.request("GET", "/healthz").text == "ok\n")
                #expect(try client.request("GET", "/readyz").status == 200)
                _ = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                _ = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ a }"}"#)
                _ = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{"}"#)
                _ = try client.request("GET", "/nowhere")
                let metrics = try client.request("GET", "/metrics")
                #expect(metrics.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
                let text = metrics.text
                #expect(text.contains("concord_http_requests_total{status=\"200\"} 4\n"))
                #expect(text.contains("concord_http_requests_total{status=\"400\"} 1\n"))
                #expect(text.contains("concord_http_requests_total{status=\"404\"} 1\n"))
                #expect(text.contains("concord_http_request_duration_seconds_count 6\n"))
                #expect(text.contains("concord_http_request_duration_seconds_bucket{le=\"+Inf\"} 6\n"))
                #expect(text.contains("concord_graphql_errors_total{code=\"GRAPHQL_PARSE_FAILED\"} 1\n"))
                #expect(text.contains("concord_document_cache_lookups_total{result=\"hit\"} 1\n"))
                #expect(text.contains("concord_document_cache_lookups_total{result=\"miss\"} 2\n"))
                #expect(text.contains("concord_document_cache_hit_ratio 0.3333333333333333\n"))
            }
        }
    }

    @Test func accessLogHasOneJSONLinePerRequestWithoutSecrets() async throws {
        let log = LogLines()
        try await withApp(logLines: log) { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                _ = try client.request("GET", "/graphql?query=%7B+email+%7D", headers: [storefront, gqlAccept])
                _ = try client.request("GET", "/healthz")
            }
        }
        let lines = log.all.filter { $0.hasPrefix("{") }
        #expect(lines.count == 2)
        guard case .object(let entry)? = try? JSONParser.parse(lines[0]) else {
            Issue.record("not JSON: \(lines)")
            return
        }
        #expect(entry["method"] == .string("GET"))
        #expect(entry["path"] == .string("/graphql"))
        #expect(entry["status"] == .int(200))
        #expect(entry["token"] == .string("storefront"))
        #expect(entry["operation_type"] == .string("query"))
        #expect(!lines[0].contains("public-token"))
        #expect(!lines[0].contains("email"))
        #expect(!lines[0].contains("127.0.0.1"))
    }

    @Test func corsPreflightAndAllowedOrigins() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let preflight = try client.request("OPTIONS", "/graphql", headers: [("Origin", "https://shop.example"), ("Access-Control-Request-Method", "POST")])
                #expect(preflight.status == 204)
                #expect(preflight.headers["Access-Control-Allow-Origin"] == "https://shop.example")
                #expect(preflight.headers["Access-Control-Allow-Headers"]?.contains("Authorization") == true)
                let allowed = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody, ("Origin", "https://shop.example")], body: #"{"query":"{ a }"}"#)
                #expect(allowed.headers["Access-Control-Allow-Origin"] == "https://shop.example")
                let other = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody, ("Origin", "https://evil.example")], body: #"{"query":"{ a }"}"#)
                #expect(other.headers["Access-Control-Allow-Origin"] == nil)
                let otherPreflight = try client.request("OPTIONS", "/graphql", headers: [("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST")])
                #expect(otherPreflight.headers["Access-Control-Allow-Origin"] == nil)
            }
        }
    }
}

@Suite struct BufferedLineWriterTests {
    @Test func linesArriveInOrderAfterAFlushOrTheInterval() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let writer = BufferedLineWriter(fd: fds[1], interval: 0.05)
        writer.write("one")
        writer.write("two")
        usleep(200_000)
        writer.write("three")
        writer.flush()
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = read(fds[0], &bytes, 64)
        #expect(String(decoding: bytes[0..<max(0, n)], as: UTF8.self) == "one\ntwo\nthree\n")
    }
}
