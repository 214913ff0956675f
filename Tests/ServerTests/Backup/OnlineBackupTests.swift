import ConcordServer
import Commerce
import CommerceSQLite
import Foundation
import Synchronization
import Testing
import HTTPTestSupport

/// `concord backup` while a real `concord serve` takes 50 concurrent cart writes (issue 15, item 5):
/// the copy opens, passes `PRAGMA integrity_check`, and holds every write answered before the backup
/// began; no write is in it half.
@Suite(.serialized)
struct OnlineBackupTests {
    @Test func backupDuringConcurrentCartWritesHoldsEveryEarlierWrite() async throws {
        let shop = try SQLiteShop()
        defer { shop.remove() }
        let server = try await shop.serve(try shop.config("live", database: "shop.db"), name: "live")
        defer { server.stop() }
        let variant = try await TwoServersTests.firstVariants(port: server.port, count: 1)[0]
        try await TwoServersTests.setStock(variant, to: 10_000, port: server.port)
        var carts: [String] = []
        for _ in 0..<50 { carts.append(try await TwoServersTests.createCart(port: server.port, lines: [])) }
        let ids = carts
        let port = server.port

        // Write `index` adds index + 1 units to cart `index`; its index joins `committed` once answered.
        let committed = Mutex<Set<Int>>([])
        let backup = Task { () -> (before: Set<Int>, outcome: StoreBackupPlan.Outcome) in
            while committed.withLock({ $0.count }) < 10 { try await Task.sleep(nanoseconds: 1_000_000) }
            let before = committed.withLock { $0 }
            let plan = StoreBackupPlan(configuration: .sqlite(path: shop.path("shop.db")), copy: shop.path("copy.db"))
            return (before, try await io { plan.backup(overwrite: false) })
        }
        let answers = try await TwoServersTests.concurrently(ids.indices) { index -> TwoServersTests.Answer in
            let answer = try TwoServersTests.call(port: port, token: TwoServersTests.storefront, StorefrontDocuments.linesAdd,
                                                  ["cartId": ids[index], "lines": [["merchandiseId": variant, "quantity": index + 1]]])
            let cart = try? answer.field("cartLinesAdd")["cart"] as? [String: Any]
            if answer.status == 200, answer.errors == nil, (cart?["totalQuantity"] as? Int) == index + 1 {
                committed.withLock { _ = $0.insert(index) }
            }
            return answer
        }
        let (before, outcome) = try await backup.value
        #expect(outcome.status == 0, "\(outcome.problems)")
        #expect(outcome.lines.count == 1 && outcome.lines[0].hasSuffix("integrity ok"), "\(outcome.lines)")
        #expect(committed.withLock { $0.count } == 50, "\(answers.map { $0.text.prefix(200) })")
        #expect(before.count >= 10)

        let copy = try SQLiteConnection(path: shop.path("copy.db"))
        #expect(try copy.query("PRAGMA integrity_check") { $0.text(0) } == ["ok"])
        let copied = try await shop.serve(try shop.config("copy", database: "copy.db"), name: "copy")
        defer { copied.stop() }
        var inCopy = 0
        for index in ids.indices {
            let quantity = try await TwoServersTests.totalQuantity(ids[index], port: copied.port)
            // Each write is in the copy whole or not at all; those answered before the backup, always.
            #expect(quantity == index + 1 || (quantity == 0 && !before.contains(index)), "write \(index): \(quantity) units in the copy")
            if quantity > 0 { inCopy += 1 }
        }
        print("online backup: \(outcome.lines[0]); \(before.count) writes answered before it began, \(inCopy) of 50 in the copy")
    }
}
