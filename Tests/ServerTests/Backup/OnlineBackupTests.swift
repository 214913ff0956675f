import ConcordServer
import Commerce
import CommerceSQLite
import Foundation
import Synchronization
import Testing
import HTTPTestSupport

/// `concord backup` while a real `concord serve` takes 50 concurrent cart writes (issue 15, item 5):
/// the copy opens, passes `PRAGMA integrity_check`, and holds every write answered before the backup
/// began; no write is in it half. Writes 0 to 24 go at once; the backup begins once 10 are answered,
/// and writes 25 to 49 are sent as it begins, so the copy is made while writes are in flight.
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

        // Write `index` adds index + 1 units to cart `index`; its index joins `committed` once answered
        // as committed, and `answered` counts every answer.
        let committed = Mutex<Set<Int>>([])
        let answered = Atomic<Int>(0)
        let backupBegins = Atomic<Bool>(false)
        let backup = Task { () -> (before: Set<Int>, outcome: StoreBackupPlan.Outcome, during: Int) in
            while answered.load(ordering: .acquiring) < 10 { try await Task.sleep(nanoseconds: 1_000_000) }
            let before = committed.withLock { $0 }
            let plan = StoreBackupPlan(configuration: .sqlite(path: shop.path("shop.db")), copy: shop.path("copy.db"))
            return try await io {
                backupBegins.store(true, ordering: .releasing)
                let start = answered.load(ordering: .acquiring)
                let outcome = plan.backup(overwrite: false)
                return (before, outcome, answered.load(ordering: .acquiring) - start)
            }
        }
        let answers = try await TwoServersTests.concurrently(ids.indices) { index -> TwoServersTests.Answer in
            // The second half waits, on its own thread, for the backup to begin.
            while index >= 25 && !backupBegins.load(ordering: .acquiring) { usleep(1_000) }
            defer { answered.add(1, ordering: .releasing) }
            let answer = try TwoServersTests.call(port: port, token: TwoServersTests.storefront, StorefrontDocuments.linesAdd,
                                                  ["cartId": ids[index], "lines": [["merchandiseId": variant, "quantity": index + 1]]])
            let cart = try? answer.field("cartLinesAdd")["cart"] as? [String: Any]
            if answer.status == 200, answer.errors == nil, (cart?["totalQuantity"] as? Int) == index + 1 {
                committed.withLock { _ = $0.insert(index) }
            }
            return answer
        }
        let (before, outcome, during) = try await backup.value
        #expect(outcome.status == 0, "\(outcome.problems)")
        #expect(outcome.lines.count == 1 && outcome.lines[0].hasSuffix("integrity ok"), "\(outcome.lines)")
        #expect(committed.withLock { $0.count } == 50, "\(answers.map { $0.text.prefix(200) })")
        #expect(before.count >= 10 && before.allSatisfy { $0 < 25 })

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
        print("online backup: \(outcome.lines[0]); \(before.count) writes answered before it began, \(during) while it ran, \(inCopy) of 50 in the copy")
    }
}
