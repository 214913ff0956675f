import Foundation
import Testing

@testable import ConcordServer

/// The explorer page: configuration injection, escaping, size and self-containment.
@Suite struct ExplorerPageTests {
    /// The JSON text inside `<script id="concord-config" type="application/json">…</script>`.
    private func configBlock(_ page: String) throws -> String {
        let open = "<script id=\"concord-config\" type=\"application/json\">"
        let start = try #require(page.range(of: open))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    private func decodedConfig(_ page: String) throws -> [String: Any] {
        let data = Data(try configBlock(page).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any])
    }

    @Test func rendersEndpointAndToken() throws {
        let page = ExplorerPage.html(endpoint: "/graphql", token: "demo-storefront-token")
        #expect(try configBlock(page) == #"{"endpoint":"/graphql","token":"demo-storefront-token"}"#)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func noTokenIsNull() throws {
        let page = ExplorerPage.html(endpoint: "/api/graphql", token: nil)
        #expect(try configBlock(page) == #"{"endpoint":"/api/graphql","token":null}"#)
        #expect(try decodedConfig(page)["token"] is NSNull)
    }

    @Test func hostileTokenCannotCloseTheScript() throws {
        let token = "x</script><script>alert(1)</script><!--"
        let page = ExplorerPage.html(endpoint: "/graphql", token: token)
        #expect(!page.contains("alert(1)</script>"))
        #expect(!page.contains("<script>alert"))
        #expect(try configBlock(page) == #"{"endpoint":"/graphql","token":"x\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!--"}"#)
        #expect(try decodedConfig(page)["token"] as? String == token)
        // The page still has exactly its own two script elements: the configuration and the program.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
    }

    @Test func escapesJSONAndLineSeparators() {
        let value = "q\"b\\s\n\r\t\u{1}&<>\u{2028}\u{2029}é🛒"
        #expect(ExplorerPage.scriptSafeJSONString(value)
            == #""q\"b\\s\n\r\t\u0001\u0026\u003c\u003e\u2028\u2029é🛒""#)
    }

    @Test func escapedValuesRoundTrip() throws {
        let endpoint = "/graph\"ql?x=<1>&y=\u{2028}"
        let token = "tok\\en\"\u{7F}\u{0}"
        let config = try decodedConfig(ExplorerPage.html(endpoint: endpoint, token: token))
        #expect(config["endpoint"] as? String == endpoint)
        #expect(config["token"] as? String == token)
    }

    @Test func pageAndFilesAreSmallAndLoadNothingFromElsewhere() {
        let assets = ExplorerAssets.embedded
        let bytes = ExplorerPage.bytes(endpoint: "/graphql", token: "t")
        #expect(bytes.count + assets.files.reduce(0) { $0 + $1.body.count } < 150 * 1024)
        let page = String(decoding: bytes, as: UTF8.self)
        for external in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url(http"] {
            #expect(!page.contains(external), "loads \(external)")
            for file in assets.files { #expect(!String(decoding: file.body, as: UTF8.self).contains(external), "\(file.path) loads \(external)") }
        }
    }

    @Test func pageLinksItsOwnFilesAndHasNoInlineScriptOrStyle() {
        let assets = ExplorerAssets.embedded
        let page = ExplorerPage.html(endpoint: "/graphql", token: nil)
        #expect(page.contains("<script src=\"\(assets.script.path)\"></script>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"\(assets.style.path)\">"))
        // Only the configuration's data block, which is not run, may sit in the page.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.contains("<script id=\"concord-config\" type=\"application/json\">"))
        #expect(!page.contains("<style") && !page.contains(" style=\"") && !page.contains(" onclick="))
        #expect(!String(decoding: assets.script.body, as: UTF8.self).contains(" style=\""), "markup the script writes has no style attribute")
    }

    @Test func filesAreNamedByTheirContent() {
        let assets = ExplorerAssets.embedded
        #expect(assets.script.path.hasPrefix("/explorer/explorer.") && assets.script.path.hasSuffix(".js"))
        #expect(assets.style.path.hasPrefix("/explorer/explorer.") && assets.style.path.hasSuffix(".css"))
        let changed = ExplorerAssets(template: Array("x".utf8), style: assets.style.body + [0x20], scripts: [assets.script.body])
        #expect(changed.style.path != assets.style.path, "another style sheet gets another URL")
        let headers = Dictionary(uniqueKeysWithValues: ExplorerAssets.headers(for: assets.script).map { ($0.name, $0.value) })
        #expect(headers["Cache-Control"] == "public, max-age=31536000, immutable")
        #expect(headers["Content-Type"] == "text/javascript; charset=utf-8")
    }

    @Test func pageCarriesEveryPart() {
        let page = ExplorerPage.html(endpoint: "/graphql", token: nil)
        for marker in ["id=\"query-editor\"", "id=\"variables-editor\"", "id=\"headers-editor\"", "id=\"docs-search\""] {
            #expect(page.contains(marker), "missing \(marker)")
        }
        let script = String(decoding: ExplorerAssets.embedded.script.body, as: UTF8.self)
        for marker in ["function lexGraphQL", "function walkContext", "function prettifyGraphQL",
                       "Docs.prototype.renderSearch", "IntrospectionQuery", "localStorage"] {
            #expect(script.contains(marker), "missing \(marker)")
        }
        #expect(ExplorerPage.contentType == "text/html; charset=utf-8")
    }
}

/// The headers the server sends with the page.
@Suite struct ExplorerPageHeadersTests {
    @Test func headersForbidOutsideResources() {
        let headers = Dictionary(uniqueKeysWithValues: ExplorerPage.responseHeaders.map { ($0.name, $0.value) })
        #expect(headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(headers["Cache-Control"] == "no-store")
        #expect(headers["X-Content-Type-Options"] == "nosniff")
        let policy = headers["Content-Security-Policy"] ?? ""
        #expect(policy.hasPrefix("default-src 'none';"))
        #expect(policy.contains("connect-src 'self'"))
        #expect(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(!policy.contains("http"))
    }
}
