import Foundation
import Synchronization
import Testing
import GraphQLCore

// The executor's backstops: a response larger than `maxResponseBytes`, or an execution longer
// than `timeout`, stops with one error and no data, never a crash or a giant buffer.

private let limitsSchemaSDL = """
type Item { name: String, slow: String, items: [Item] }
type Query { items(count: Int!): [Item!]!, asyncItems(count: Int!): [Item!]!, item: Item, slowItems(count: Int!): [Item!]! }
"""

@Suite("Execution limits")
struct ExecutionLimitsTests {
    /// A schema whose `items(count:)` makes that many items named with 100 bytes each.
    private static func schema() throws -> GraphQLSchema {
        let schema = try buildSchema(limitsSchemaSDL)
        let name = String(repeating: "n", count: 100)
        func count(_ args: JSONObject) -> Int { if case .int(let n)? = args["count"] { n } else { 0 } }
        func items(_ n: Int) -> [Any] { (0..<n).map { _ in ["name": name, "items": [Any]()] as [String: Any] } }
        try schema.bind("Query.items") { _, args, _, _ in items(count(args)) }
        try schema.bind("Query.asyncItems", .async { _, args, _, _ in items(count(args)) })
        try schema.bind("Query.slowItems") { _, args, _, _ in items(count(args)) }
        try schema.bind("Item.slow") { _, _, _, _ in
            usleep(1000)
            return "late"
        }
        return schema
    }

    private static func code(_ result: ExecutionResult) -> String? {
        guard result.errors.count == 1, case .string(let code)? = result.errors[0].extensions?["code"] else { return nil }
        return code
    }

    @Test("a response past maxResponseBytes is RESPONSE_TOO_LARGE with data null, sync and async")
    func responseTooLarge() async throws {
        let prepared = PreparedDocument(try parse("{ items(count: 100000) { name } }"), schema: try Self.schema())
        let limits = ExecutionLimits(maxResponseBytes: 1 << 20)
        let sync = prepared.executeSync(limits: limits)
        #expect(Self.code(sync) == "RESPONSE_TOO_LARGE")
        #expect(sync.data == Array("null".utf8))
        #expect(sync.errors.first?.message == "The response is larger than the maximum of 1048576 bytes.")
        // Without the limit the same document answers (about 11 MB).
        let whole = prepared.executeSync()
        #expect(whole.errors.isEmpty && (whole.data?.count ?? 0) > 10_000_000)
        // An asynchronous field's value counts too.
        let asyncDocument = PreparedDocument(try parse("{ a: asyncItems(count: 6000) { name } b: asyncItems(count: 6000) { name } }"),
                                             schema: try Self.schema())
        let asyncResult = await asyncDocument.execute(limits: limits)
        #expect(Self.code(asyncResult) == "RESPONSE_TOO_LARGE")
        let small = await asyncDocument.execute(limits: ExecutionLimits(maxResponseBytes: 16 << 20))
        #expect(small.errors.isEmpty)
    }

    @Test("the last bytes count too: a response just past the limit is refused, one just within it is not")
    func exactBound() throws {
        let prepared = PreparedDocument(try parse("{ items(count: 3) { name } }"), schema: try Self.schema())
        let size = try #require(prepared.executeSync().data?.count)
        #expect(prepared.executeSync(limits: ExecutionLimits(maxResponseBytes: size)).errors.isEmpty)
        #expect(Self.code(prepared.executeSync(limits: ExecutionLimits(maxResponseBytes: size - 1))) == "RESPONSE_TOO_LARGE")
    }

    @Test("an execution past its timeout stops with TIMEOUT")
    func timeout() throws {
        // 20,000 fields taking 1 ms each: 20 s without the limit.
        let prepared = PreparedDocument(try parse("{ slowItems(count: 20000) { slow } }"), schema: try Self.schema())
        let start = Date()
        let result = prepared.executeSync(limits: ExecutionLimits(timeout: 0.2))
        #expect(Self.code(result) == "TIMEOUT")
        #expect(result.errors.first?.message == "Execution was stopped at its time limit of 0.2 seconds.")
        #expect(result.data == Array("null".utf8))
        #expect(Date().timeIntervalSince(start) < 10)
        let quick = PreparedDocument(try parse("{ slowItems(count: 2) { slow } }"), schema: try Self.schema())
        #expect(quick.executeSync(limits: ExecutionLimits(timeout: 30)).errors.isEmpty)
    }

    /// Found in review: once the budget was spent, every waiting asynchronous field still ran
    /// its resolver (its backend call); a mutation went on to its next root field; and a
    /// mutation that finished past its deadline answered TIMEOUT, hiding committed writes.
    @Test("a spent budget starts no further async resolver or mutation field; a finished mutation answers what it did")
    func spentBudgetsStopWork() async throws {
        let schema = try buildSchema("""
            type Item { name: String, late: String }
            type Query { items(count: Int!): [Item!]! }
            type Mutation { write(n: Int!): Int }
            """)
        let started = Counter(), writes = Counter()
        func count(_ args: JSONObject) -> Int { if case .int(let n)? = args["count"] { n } else { 0 } }
        // The list takes longer than the limit to make, so the budget is spent before the first
        // `late` starts, however fast the machine: the executor must stop at its next check.
        try schema.bind("Query.items") { _, args, _, _ in
            usleep(80_000)
            return (0..<count(args)).map { _ in ["name": "x"] as [String: Any] }
        }
        try schema.bind("Item.late", .async { _, _, _, _ in
            started.add()
            try await Task.sleep(for: .milliseconds(2))
            return "late"
        })
        try schema.bind("Mutation.write", .async { _, args, _, _ in
            writes.add()
            try await Task.sleep(for: .milliseconds(300))
            if case .int(let n)? = args["n"] { return n }
            return nil
        })
        let query = PreparedDocument(try parse("{ items(count: 3000) { late } }"), schema: schema)
        let stopped = await query.execute(limits: ExecutionLimits(timeout: 0.05))
        #expect(Self.code(stopped) == "TIMEOUT")
        #expect(started.value < 3000, "\(started.value) of 3,000 async resolvers ran after the limit")

        let mutation = PreparedDocument(try parse("mutation { a: write(n: 1) b: write(n: 2) }"), schema: schema)
        let halted = await mutation.execute(limits: ExecutionLimits(timeout: 0.1))
        #expect(Self.code(halted) == "TIMEOUT")
        #expect(writes.value == 1, "the second write started after the limit")
        let one = PreparedDocument(try parse("mutation { a: write(n: 1) }"), schema: schema)
        let finished = await one.execute(limits: ExecutionLimits(timeout: 0.1))
        #expect(finished.errors.isEmpty && finished.data == Array(#"{"a":1}"#.utf8), "a finished mutation is not reported as timed out")
    }
}

/// A thread-safe counter for resolvers.
private final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
