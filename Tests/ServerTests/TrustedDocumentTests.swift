import ConcordServer
import Foundation
import GraphQLCore
import HTTPServer
import Testing
import HTTPTestSupport

/// The kiosk's manifest and tokens.
private enum Kiosk {
    static let listing = "query Listing { products(first: 3, sortKey: ID) { nodes { handle title } } }"
    static let product = "query Product($handle: String!) { product(handle: $handle) { title variants(first: 5) { nodes { sku } } } }"
    static let addToCart = "mutation Add($input: CartInput!) { cartCreate(input: $input) { cart { id } } }"
    static let texts = [listing, product, addToCart]
    static func id(_ text: String) -> String { "sha256:" + SHA256.hex(text) }
    static var documents: [TrustedDocument] { texts.map { TrustedDocument(id: id($0), text: $0, manifest: "kiosk.json") } }
    static let kioskBearer = "kiosk-token-00000001"
    static let shopBearer = "storefront-token-0001"
    static let tokens = [
        AccessToken(name: "kiosk", kind: .storefront, token: kioskBearer, trustedDocumentsOnly: true),
        AccessToken(name: "shop", kind: .storefront, token: shopBearer),
    ]

    static func post(_ port: Int, _ body: JSONObject, bearer: String = kioskBearer) async throws -> TestResponse {
        let text = try JSONWriter.encode(body)
        return try await io {
            try TestClient(port: port).request("POST", "/graphql", headers: [("Authorization", "Bearer \(bearer)"), gqlAccept, jsonBody], body: text)
        }
    }

    static func get(_ port: Int, _ query: String, bearer: String = kioskBearer) async throws -> TestResponse {
        try await io { try TestClient(port: port).request("GET", "/graphql?" + query, headers: [("Authorization", "Bearer \(bearer)"), gqlAccept]) }
    }

    static func code(_ response: TestResponse) -> String? {
        guard case .object(let root)? = response.json, case .array(let errors)? = root["errors"], case .object(let error)? = errors.first,
              case .object(let extensions)? = error["extensions"], case .string(let code)? = extensions["code"] else { return nil }
        return code
    }
}

/// Manifests: ids checked against their text when read, in either format.
@Suite struct TrustedDocumentManifestTests {
    @Test func aManifestMapsSHA256IdsToTextAndRefusesAWrongHashNamingIt() throws {
        let text = "{ __typename }"
        let hex = SHA256.hex(text)
        let relay = try TrustedDocumentManifest.parse(Array(#"{"sha256:\#(hex)": "{ __typename }", "\#(hex.uppercased())": "{ __typename }"}"#.utf8), name: "m.json")
        #expect(relay.map(\.id) == ["sha256:" + hex, "sha256:" + hex] && relay[0].text == text)
        let apollo = try TrustedDocumentManifest.parse(Array("""
            {"format": "apollo-persisted-query-manifest", "version": 1,
             "operations": [{"id": "\(hex)", "name": "T", "type": "query", "body": "{ __typename }"}]}
            """.utf8), name: "apollo.json")
        #expect(apollo == [TrustedDocument(id: "sha256:" + hex, text: text, manifest: "apollo.json")])
        let wrong = String(repeating: "0", count: 64)
        #expect(throws: TrustedDocumentError.self) { try TrustedDocumentManifest.parse(Array(#"{"sha256:\#(wrong)": "{ __typename }"}"#.utf8), name: "bad.json") }
        do { _ = try TrustedDocumentManifest.parse(Array(#"{"sha256:\#(wrong)": "{ __typename }"}"#.utf8), name: "bad.json") } catch {
            #expect(error.description == "bad.json: \"sha256:\(wrong)\": the id is not the SHA-256 of its document (that is sha256:\(hex))")
        }
        do { _ = try TrustedDocumentManifest.parse(Array(#"{"md5:abc": "{ a }"}"#.utf8), name: "x.json") } catch {
            #expect(error.description == "x.json: \"md5:abc\": an id is \"sha256:\" and 64 hex digits")
        }
    }

    @Test func documentsAreValidatedAgainstTheSchemaNamingTheBadOne() throws {
        let schema = try buildASTSchema(parse(try CommerceServiceTests.schemaSDL()))
        try TrustedDocumentManifest.validate(Kiosk.documents, schema: schema)
        let bad = "{ products { nodes { nope } } }"
        let documents = Kiosk.documents + [TrustedDocument(id: Kiosk.id(bad), text: bad, manifest: "extra.json")]
        do {
            try TrustedDocumentManifest.validate(documents, schema: schema)
            Issue.record("an invalid document passed")
        } catch {
            #expect(error.description.hasPrefix("extra.json: \(Kiosk.id(bad)): 1:3: Field \"products\" must be given one of its slicing arguments"),
                    "\(error.description)")
        }
    }

    @Test func concordDocumentsAddChecksAndCopiesTheManifest() async throws {
        guard ConcordProcess.executable != nil else { Issue.record("no concord executable beside the tests"); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("concord.json")
        try Data(#"{"trustedDocuments": {"directory": "documents"}}"#.utf8).write(to: config)
        var schemaFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: schemaFolder.appendingPathComponent("schema.graphql").path) {
            schemaFolder = schemaFolder.deletingLastPathComponent()
        }
        let schema = schemaFolder.appendingPathComponent("schema.graphql").path
        func manifest(_ name: String, _ entries: [(String, String)]) throws -> String {
            let url = folder.appendingPathComponent(name)
            var object = JSONObject()
            for (key, text) in entries { object[key] = .string(text) }
            try Data(JSONWriter.encode(object).utf8).write(to: url)
            return url.path
        }
        let good = try manifest("kiosk.json", Kiosk.texts.map { (Kiosk.id($0), $0) })
        let added = try await io { try ConcordProcess.outcome(["documents", "add", good, "--config", config.path, "--schema", schema], in: folder) }
        #expect(added.status == 0, "\(added.output)")
        #expect(added.output.contains("3 documents from \(good)"), "\(added.output)")
        let copied = try TrustedDocumentManifest.load(directory: folder.appendingPathComponent("documents").path)
        #expect(Set(copied.map(\.id)) == Set(Kiosk.documents.map(\.id)))
        let invalidText = "{ product(handle: \"x\") { nope } }"
        let invalid = try manifest("broken.json", [(Kiosk.id(invalidText), invalidText)])
        let refused = try await io { try ConcordProcess.outcome(["documents", "add", invalid, "--config", config.path, "--schema", schema], in: folder) }
        #expect(refused.status == 1 && refused.output.contains(Kiosk.id(invalidText)) && refused.output.contains("nope"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("documents/broken.json").path))
        let wrongHash = try manifest("wrong.json", [(Kiosk.id("{ a }"), Kiosk.listing)])
        let mismatch = try await io { try ConcordProcess.outcome(["documents", "add", wrongHash, "--config", config.path, "--schema", schema], in: folder) }
        #expect(mismatch.status == 1 && mismatch.output.contains("\"\(Kiosk.id("{ a }"))\": the id is not the SHA-256"), "\(mismatch.output)")
    }
}

/// Trusted documents through `concord serve`'s service: a kiosk token that runs its manifest's
/// operations and nothing else. An extension of `CommerceServiceTests` so that it runs one at a
/// time with its tests.
extension CommerceServiceTests {
    @Test func aTrustedDocumentsOnlyTokenRunsItsManifestAndNothingElse() async throws {
        try await CommerceServiceTests.withService({
            $0.app.tokens = Kiosk.tokens
            $0.app.trustedDocuments = Kiosk.documents
        }) { service in
            let port = service.server.port
            let listing = try await Kiosk.post(port, ["documentId": .string(Kiosk.id(Kiosk.listing))])
            #expect(listing.status == 200 && listing.text.hasPrefix(#"{"data":{"products":{"nodes":[{"handle":"#), "\(listing.text.prefix(200))")
            let product = try await Kiosk.post(port, ["documentId": .string(Kiosk.id(Kiosk.product)), "operationName": .string("Product"),
                                                      "variables": .object(["handle": .string("alpine-canvas-shirt-1")])])
            #expect(product.text.contains(#""title":"Alpine Canvas Shirt""#), "\(product.text.prefix(200))")
            // GET, the id without its prefix; a mutation over GET is 405 as for a query's text.
            let get = try await Kiosk.get(port, "documentId=" + SHA256.hex(Kiosk.listing))
            #expect(get.status == 200 && get.text == listing.text)
            let mutationByGet = try await Kiosk.get(port, "documentId=" + Kiosk.id(Kiosk.addToCart))
            #expect(mutationByGet.status == 405)
            // Anything else: a query's text, an automatic persisted query, an unknown id.
            let text = try await Kiosk.post(port, ["query": .string(Kiosk.listing)])
            #expect(text.status == 403 && Kiosk.code(text) == "TRUSTED_DOCUMENTS_ONLY", "\(text.text)")
            #expect(!text.text.contains("\"data\""))
            let apq = try await Kiosk.post(port, ["extensions": .object(["persistedQuery": .object(["version": .int(1),
                                                                                                   "sha256Hash": .string(SHA256.hex(Kiosk.listing))])])])
            #expect(apq.status == 403 && Kiosk.code(apq) == "TRUSTED_DOCUMENTS_ONLY")
            let unknown = try await Kiosk.post(port, ["documentId": .string(Kiosk.id("{ __typename }"))])
            #expect(unknown.status == 400 && Kiosk.code(unknown) == "PERSISTED_DOCUMENT_NOT_FOUND", "\(unknown.text)")
            let malformed = try await Kiosk.post(port, ["documentId": .string("md5:1234")])
            #expect(malformed.status == 400 && Kiosk.code(malformed) == "PERSISTED_DOCUMENT_NOT_FOUND")
            let both = try await Kiosk.post(port, ["documentId": .string(Kiosk.id(Kiosk.listing)), "query": .string(Kiosk.listing)])
            #expect(both.status == 400, "\(both.text)")
            // Another token may use the trusted documents too, and its query's text.
            let shop = try await Kiosk.post(port, ["documentId": .string(Kiosk.id(Kiosk.listing))], bearer: Kiosk.shopBearer)
            #expect(shop.text == listing.text)
            let shopText = try await Kiosk.post(port, ["query": .string(Kiosk.listing)], bearer: Kiosk.shopBearer)
            #expect(shopText.text == listing.text)
            let entry = try #require(service.app.graphQL.trusted.entry(for: Kiosk.id(Kiosk.listing)))
            #expect(entry.text == Kiosk.listing && service.app.graphQL.trusted.count == 3)
            // Its cost reads no variable: computed once, on the first request, and kept.
            #expect(entry.keptCosts == 1)
        }
    }

    @Test func aReloadServesTheManifestsAddedToTheDirectory() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-trusted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = "{ products(first: 1, sortKey: ID) { nodes { handle } } }"
        let second = "{ pages(first: 1) { nodes { handle } } }"
        func write(_ name: String, _ text: String) throws {
            try Data(JSONWriter.encode([Kiosk.id(text): .string(text)]).utf8).write(to: folder.appendingPathComponent(name))
        }
        try write("a.json", first)
        func configuration() throws -> ConfigurationFile {
            var file = ConfigurationFile()
            file.http.port = 0
            file.app.tokens = Kiosk.tokens
            file.app.trustedDocumentsDirectory = folder.path
            try file.loadTrustedDocuments(configPath: nil)
            return file
        }
        let initial = try configuration()
        try await CommerceServiceTests.withService({ $0.app = initial.app }) { service in
            let port = service.server.port
            #expect(try await Kiosk.post(port, ["documentId": .string(Kiosk.id(first))]).status == 200)
            #expect(Kiosk.code(try await Kiosk.post(port, ["documentId": .string(Kiosk.id(second))])) == "PERSISTED_DOCUMENT_NOT_FOUND")
            try write("b.json", second)
            let report = try service.reload { try configuration() }
            #expect(report.description.hasSuffix(", 2 trusted documents"), "\(report)")
            let added = try await Kiosk.post(port, ["documentId": .string(Kiosk.id(second))])
            #expect(added.status == 200 && added.text.contains("\"pages\""), "\(added.text)")
            // A manifest whose document is not valid is refused, and the documents served stay.
            let invalid = "{ pages { nodes { handle } } }"
            try write("c.json", invalid)
            #expect(throws: (any Error).self) { try service.reload { try configuration() } }
            #expect(try await Kiosk.post(port, ["documentId": .string(Kiosk.id(second))]).status == 200)
            #expect(Kiosk.code(try await Kiosk.post(port, ["documentId": .string(Kiosk.id(invalid))])) == "PERSISTED_DOCUMENT_NOT_FOUND")
        }
    }
}
