import Foundation
import Synchronization
import Testing
import HTTPTestSupport
@testable import CommercePostgres

/// Two real `concord serve` processes on one PostgreSQL database (issue 12): checkouts that race for
/// the last units, concurrent adds to one cart, and a server killed with SIGKILL in the middle of
/// cart writes. Runs when `CONCORD_TEST_POSTGRES_URL` names a server (README, "PostgreSQL").
@Suite(.serialized)
struct TwoServersTests {
    static let url: String? = ProcessInfo.processInfo.environment["CONCORD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let storefront = "two-servers-storefront"
    static let partner = "two-servers-partner"

    @Test(.enabled(if: url != nil, "PostgreSQL tests are off: set CONCORD_TEST_POSTGRES_URL to a libpq connection string (README, \"PostgreSQL\")."))
    func twoServersShareOneDatabase() async throws {
        try await Self.withTwoServers { a, b in
            let variants = try await Self.firstVariants(port: a.port, count: 3)
            try await Self.checkoutsTakeExactlyTheStock(a, b, variant: variants[0])
            try await Self.concurrentAddsLoseNothing(a, b, variant: variants[1])
            try await Self.killedServerLosesNoAnsweredWrite(a, b, variant: variants[2])
        }
    }

    /// (a) 200 checkouts, one unit each, split between the servers, for a variant with 10 units.
    static func checkoutsTakeExactlyTheStock(_ a: ConcordProcess, _ b: ConcordProcess, variant: String) async throws {
        try await setStock(variant, to: 10, port: b.port)
        var carts: [String] = []
        for index in 0..<200 { carts.append(try await createCart(port: index % 2 == 0 ? a.port : b.port, lines: [(variant, 1)])) }
        let ids = carts
        let answers = try await concurrently(ids.indices) { index in
            try call(port: index % 2 == 0 ? a.port : b.port, token: storefront, StorefrontDocuments.checkout, ["cartId": ids[index]])
        }
        var orders = 0
        for answer in answers {
            #expect(answer.status == 200, "\(answer.text.prefix(300))")
            let payload = try answer.field("cartCheckout")
            #expect(answer.errors == nil, "\(answer.text.prefix(300))")
            if payload["order"] is [String: Any] {
                orders += 1
            } else {
                #expect((payload["userErrors"] as? [Any])?.isEmpty == false, "\(answer.text.prefix(300))")
            }
            #expect(!answer.text.contains("\"quantityAvailable\":-"), "\(answer.text.prefix(300))")
        }
        #expect(orders == 10)
        #expect(try await stock(variant, port: a.port) == 0)
        #expect(try await stock(variant, port: b.port) == 0)
    }

    /// (b) 50 adds of one unit to one cart, split between the servers: 50 units.
    static func concurrentAddsLoseNothing(_ a: ConcordProcess, _ b: ConcordProcess, variant: String) async throws {
        try await setStock(variant, to: 1000, port: a.port)
        let cart = try await createCart(port: a.port, lines: [])
        let answers = try await concurrently(0..<50) { index in
            try call(port: index % 2 == 0 ? a.port : b.port, token: storefront, StorefrontDocuments.linesAdd,
                     ["cartId": cart, "lines": [["merchandiseId": variant, "quantity": 1]]])
        }
        for answer in answers {
            #expect(answer.status == 200 && answer.errors == nil, "\(answer.text.prefix(300))")
            #expect((try answer.field("cartLinesAdd")["userErrors"] as? [Any])?.isEmpty == true, "\(answer.text.prefix(300))")
        }
        #expect(try await totalQuantity(cart, port: a.port) == 50)
        #expect(try await totalQuantity(cart, port: b.port) == 50)
    }

    /// (c) 50 cart writes spread over both servers, server A killed with SIGKILL while they run: every
    /// write either server answered as committed is there afterwards, read through server B.
    static func killedServerLosesNoAnsweredWrite(_ a: ConcordProcess, _ b: ConcordProcess, variant: String) async throws {
        try await setStock(variant, to: 1000, port: b.port)
        var carts: [String] = []
        for index in 0..<50 { carts.append(try await createCart(port: index % 2 == 0 ? a.port : b.port, lines: [])) }
        let answered = Atomic<Int>(0)
        let killer = Task {
            while answered.load(ordering: .relaxed) < 4 { try await Task.sleep(nanoseconds: 1_000_000) }
            a.kill9()
        }
        let ids = carts
        let answers = try await concurrently(ids.indices) { index -> Answer? in
            // A write cut off by the kill has no answer: it may or may not have committed.
            let answer = try? call(port: index % 2 == 0 ? a.port : b.port, token: storefront, StorefrontDocuments.linesAdd,
                                   ["cartId": ids[index], "lines": [["merchandiseId": variant, "quantity": index + 1]]])
            answered.add(1, ordering: .relaxed)
            return answer
        }
        try await killer.value
        var committed = 0
        for (index, answer) in answers.enumerated() {
            guard let answer, answer.status == 200, answer.errors == nil,
                  let cart = try? answer.field("cartLinesAdd")["cart"] as? [String: Any],
                  (cart["totalQuantity"] as? Int) == index + 1 else {
                #expect(index % 2 == 0, "server B, which was not killed, did not commit write \(index): \(answer?.text.prefix(300) ?? "no answer")")
                continue
            }
            committed += 1
            #expect(try await totalQuantity(carts[index], port: b.port) == index + 1, "write \(index) was answered as committed")
        }
        #expect(committed >= 25)
    }

    // MARK: - Servers

    /// Two `concord serve` on a new schema of the test server, seeded with `concord seed`, both on
    /// one configuration file; the schema is dropped afterwards.
    static func withTwoServers(_ body: (ConcordProcess, ConcordProcess) async throws -> Void) async throws {
        let server = try #require(url)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-two-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try PostgresConnection(connectionString: server)
        try admin.execute("CREATE SCHEMA \(schema)")
        defer {
            try? admin.execute("DROP SCHEMA \(schema) CASCADE")
            try? FileManager.default.removeItem(at: folder)
        }
        let separator = server.hasPrefix("postgres") ? (server.contains("?") ? "&" : "?") : " "
        let schemaURL = server + separator + (separator == " " ? "options='-csearch_path=\(schema)'" : "options=-csearch_path%3D\(schema)")
        let domain: [String: Any] = ["backend": "postgres", "url": schemaURL, "pool": 4]
        let configuration: [String: Any] = [
            "tokens": [["name": "shop", "kind": "storefront", "token": storefront],
                       ["name": "ops", "kind": "partner", "token": partner, "rateLimit": ["perSecond": 1000, "burst": 1000]]],
            "responseCache": ["entries": 0],
            "catalog": domain, "content": domain, "carts": domain,
        ]
        let config = folder.appendingPathComponent("concord.json")
        try JSONSerialization.data(withJSONObject: configuration).write(to: config)
        _ = try await io { try ConcordProcess.run(["seed", "--config", config.path], in: folder) }
        let a = try await io { try ConcordProcess(config: config, in: folder, name: "a") }
        let b = try await io { try ConcordProcess(config: config, in: folder, name: "b") }
        defer { a.stop(); b.stop() }
        try await body(a, b)
    }

    // MARK: - Requests

    /// One answer: status and body.
    struct Answer: Sendable {
        let status: Int
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var errors: Any? { json?["errors"] }
        /// `data.NAME` as an object.
        func field(_ name: String) throws -> [String: Any] {
            guard let data = json?["data"] as? [String: Any], let value = data[name] as? [String: Any] else {
                throw TestError("no data.\(name) in \(text.prefix(300))")
            }
            return value
        }
    }

    /// Runs `body` for every element at once, each on a thread of its own; the answers in order.
    static func concurrently<C: Collection & Sendable, T: Sendable>(_ elements: C, _ body: @escaping @Sendable (C.Element) throws -> T) async throws -> [T]
    where C.Element: Sendable {
        try await withThrowingTaskGroup(of: (Int, T).self) { group in
            for (offset, element) in elements.enumerated() {
                group.addTask { (offset, try await io { try body(element) }) }
            }
            var results: [(Int, T)] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// POSTs one GraphQL request on a connection of its own, waiting at most `timeout` seconds for the answer.
    static func call(port: Int, token: String, _ query: String, _ variables: [String: Any] = [:], timeout: Double = 60) throws -> Answer {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["query": query, "variables": variables]), as: UTF8.self)
        let response = try TestClient(port: port, timeout: timeout).request(
            "POST", "/graphql", headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")], body: body)
        return Answer(status: response.status, body: Data(response.body))
    }

    static func request(port: Int, token: String = storefront, _ query: String, _ variables: [String: Any] = [:]) async throws -> Answer {
        // unchecked: a `let` only read, by the one blocking call this function awaits
        nonisolated(unsafe) let variables = variables
        let answer = try await io { try call(port: port, token: token, query, variables) }
        guard answer.status == 200, answer.errors == nil else { throw TestError("unexpected answer \(answer.status): \(answer.text.prefix(300))") }
        return answer
    }

    /// The first variant of each of the first `count` products.
    static func firstVariants(port: Int, count: Int) async throws -> [String] {
        let answer = try await request(port: port, "{ products(first: \(count)) { nodes { variants(first: 1) { nodes { id } } } } }")
        let nodes = try answer.field("products")["nodes"] as? [[String: Any]] ?? []
        let ids = nodes.compactMap { (($0["variants"] as? [String: Any])?["nodes"] as? [[String: Any]])?.first?["id"] as? String }
        guard ids.count == count else { throw TestError("expected \(count) variants: \(answer.text.prefix(300))") }
        return ids
    }

    static func stock(_ variant: String, port: Int) async throws -> Int {
        let answer = try await request(port: port, "query($id: ID!) { node(id: $id) { ... on ProductVariant { quantityAvailable } } }", ["id": variant])
        guard let quantity = try answer.field("node")["quantityAvailable"] as? Int else { throw TestError("no stock: \(answer.text)") }
        return quantity
    }

    static func setStock(_ variant: String, to units: Int, port: Int) async throws {
        let delta = units - (try await stock(variant, port: port))
        let answer = try await request(port: port, token: partner, """
            mutation($id: ID!, $delta: Int!) { inventoryAdjust(variantId: $id, delta: $delta) { variant { quantityAvailable } userErrors { code } } }
            """, ["id": variant, "delta": delta])
        let quantity = (try answer.field("inventoryAdjust")["variant"] as? [String: Any])?["quantityAvailable"] as? Int
        guard quantity == units else { throw TestError("inventoryAdjust: \(answer.text)") }
    }

    static func createCart(port: Int, lines: [(String, Int)]) async throws -> String {
        let input: [String: Any] = ["lines": lines.map { ["merchandiseId": $0.0, "quantity": $0.1] }]
        let answer = try await request(port: port, "mutation($input: CartInput) { cartCreate(input: $input) { cart { id } userErrors { code } } }", ["input": input])
        guard let id = (try answer.field("cartCreate")["cart"] as? [String: Any])?["id"] as? String else { throw TestError("cartCreate: \(answer.text)") }
        return id
    }

    static func totalQuantity(_ cart: String, port: Int) async throws -> Int {
        let answer = try await request(port: port, "query($id: ID!) { cart(id: $id) { totalQuantity } }", ["id": cart])
        guard let quantity = try answer.field("cart")["totalQuantity"] as? Int else { throw TestError("no cart: \(answer.text)") }
        return quantity
    }
}

/// The storefront's cart mutations, as small as the checks need.
enum StorefrontDocuments {
    static let checkout = """
        mutation($cartId: ID!) { cartCheckout(cartId: $cartId) { order { id lines { variant { quantityAvailable } } } cart { status } userErrors { field message code } } }
        """
    static let linesAdd = """
        mutation($cartId: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $cartId, lines: $lines) { cart { id totalQuantity } userErrors { field message code } } }
        """
}
