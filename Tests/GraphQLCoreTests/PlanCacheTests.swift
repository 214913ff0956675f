import Foundation
import Testing
@testable import GraphQLCore

// A prepared document keeps a plan per combination of @skip/@include values: the plans are
// bounded, and none keeps the request's variables.

private let conditionCount = 20

private let planCacheSchemaSDL = """
type Deep { child: Deep, name(suffix: String): String, node: Node }
interface Node { id: ID }
type Leaf implements Node { id: ID, label(suffix: String): String }
type Query {
  \((0..<conditionCount).map { "f\($0): String" }.joined(separator: "\n  "))
  size(text: String): Int
  deep: Deep
}
"""

/// `query Q($pad: String, $v0: Boolean!, ...) { f0 @include(if: $v0) ... size(text: $pad) }`.
private let conditionsQuery: String = {
    let definitions = (0..<conditionCount).map { "$v\($0): Boolean!" }.joined(separator: ", ")
    let fields = (0..<conditionCount).map { "f\($0) @include(if: $v\($0))" }.joined(separator: " ")
    return "query Q($pad: String, \(definitions)) { \(fields) size(text: $pad) }"
}()

private func text(_ value: JSON?) -> String? {
    if case .string(let string)? = value { return string }
    return nil
}

/// The resident set size of this process, from /proc/self/statm.
private func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

@Suite("Execution plans per document", .serialized)
struct PlanCacheTests {
    private static func schema() throws -> GraphQLSchema {
        let schema = try buildSchema(planCacheSchemaSDL)
        try schema.bind("Query.size") { _, args, _, _ in text(args["text"])?.utf8.count }
        return schema
    }

    @Test("3,000 runs with 20 random @include values and a 1 MiB variable: resident memory stays flat, plans stay bounded")
    func plansAreBounded() throws {
        let schema = try Self.schema()
        let prepared = PreparedDocument(try parse(conditionsQuery), schema: schema)
        var root = JSONObject()
        for index in 0..<conditionCount { root["f\(index)"] = .string("value \(index)") }
        var generator = SystemRandomNumberGenerator()
        let padding = [UInt8](repeating: UInt8(ascii: "p"), count: 1 << 20)
        func run() {
            var variables = JSONObject()
            // A new string each time, as a server parses each request's variables afresh.
            var bytes = padding
            bytes[0] = UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &generator)
            variables["pad"] = .string(String(decoding: bytes, as: UTF8.self))
            for index in 0..<conditionCount { variables["v\(index)"] = .bool(Bool.random(using: &generator)) }
            let result = prepared.executeSync(rootValue: JSON.object(root), variableValues: variables)
            #expect(result.errors.isEmpty)
        }
        for _ in 0..<100 { run() }  // warm up: the bound is reached, the allocator has its arenas
        let before = residentBytes()
        // The process is shared with the suites running beside this one, whose allocations show
        // in its resident size too: the limit leaves room for them. The old code kept every
        // run's 1 MiB variable and passed it within 256 of the 3,000 runs.
        let limit = 256 << 20
        var growth = 0
        for round in 0..<3000 {
            run()
            if round % 100 == 99 {
                growth = residentBytes() - before
                if growth > limit { break }  // the old code grows 1 MiB a run: stop before it takes gigabytes
            }
        }
        #expect(growth < limit, "resident memory grew by \(growth >> 20) MiB")
        #expect(prepared.planCount <= PreparedDocument.defaultMaxPlans)
        #expect(prepared.planCount == PreparedDocument.defaultMaxPlans)
    }

    @Test("the bound is configurable")
    func boundIsConfigurable() throws {
        let prepared = PreparedDocument(try parse(conditionsQuery), schema: try Self.schema(), maxPlans: 3)
        for combination in 0..<10 {
            var variables = JSONObject()
            for index in 0..<conditionCount { variables["v\(index)"] = .bool(combination & (1 << (index % 4)) != 0) }
            _ = prepared.executeSync(variableValues: variables)
        }
        #expect(prepared.planCount == 3)
    }

    @Test("a plan evicted and made again, and a deep branch planned lazily by a later request, answer that request")
    func lazyBranchesFollowTheirRequest() throws {
        let schema = try Self.schema()
        // Depth 8 is past the planner's eager depth: `name` and the abstract `node` are planned on first use.
        let query = """
            query D($on: Boolean!, $suffix: String) {
              deep { child { child { child { child { child { child { child {
                name(suffix: $suffix) @include(if: $on)
                node { id ... on Leaf { label(suffix: $suffix) @include(if: $on) } }
              } } } } } } } }
            }
            """
        let prepared = PreparedDocument(try parse(query), schema: schema, maxPlans: 1)
        try schema.bind("Deep.name") { _, args, _, _ in "name" + (text(args["suffix"]) ?? "") }
        try schema.bind("Leaf.label") { _, args, _, _ in "label" + (text(args["suffix"]) ?? "") }
        func chain(_ levels: Int, leaf: Bool) -> JSON {
            var value: JSON = leaf ? .object(["node": .object(["__typename": .string("Leaf"), "id": .string("1")])]) : .null
            for _ in 0..<levels { value = .object(["child": value]) }
            return value
        }
        // The first request of the plan never reaches the deep branch (it is null there).
        let shallow = JSON.object(["deep": chain(6, leaf: false)])
        let deep = JSON.object(["deep": chain(7, leaf: true)])
        func answer(_ root: JSON, on: Bool, suffix: String) -> String {
            let result = prepared.executeSync(rootValue: root, variableValues: ["on": .bool(on), "suffix": .string(suffix)])
            #expect(result.errors.isEmpty)
            return String(decoding: result.json, as: UTF8.self)
        }
        _ = answer(shallow, on: true, suffix: "-first")
        let second = answer(deep, on: true, suffix: "-second")
        #expect(second.contains("\"name\":\"name-second\""))
        #expect(second.contains("\"label\":\"label-second\""))
        // Another key evicts that plan (the bound is 1); going back plans again.
        let off = answer(deep, on: false, suffix: "-third")
        #expect(!off.contains("name") && !off.contains("label"))
        let again = answer(deep, on: true, suffix: "-fourth")
        #expect(again.contains("\"name\":\"name-fourth\"") && again.contains("\"label\":\"label-fourth\""))
    }

    @Test("a prepared document with plans is freed once dropped (its plans do not hold it)")
    func droppedDocumentIsFreed() throws {
        let schema = try Self.schema()
        weak var weakDocument: PreparedDocument?
        do {
            let prepared = PreparedDocument(try parse(conditionsQuery), schema: schema)
            var variables = JSONObject()
            for index in 0..<conditionCount { variables["v\(index)"] = .bool(index % 2 == 0) }
            _ = prepared.executeSync(variableValues: variables)
            #expect(prepared.planCount == 1)
            weakDocument = prepared
        }
        #expect(weakDocument == nil)
    }
}
