import Foundation
import Testing
@testable import GraphQLCore

// Documents built to make a validator spend time or stack: each must validate with every
// specified rule on a thread with a 512 KiB stack, in well under a second in release builds
// (about 0.1 s for the largest here); debug builds are up to ten times slower.
@Suite(.serialized) struct AllRulesHostileDocumentTests {
    #if DEBUG
    private let limit = 3.0
    #else
    private let limit = 0.5
    #endif

    /// Validates `source` with all specified rules on a 512 KiB-stack thread; returns the
    /// error messages and the time taken.
    private func validateOnSmallStack(_ source: String) throws -> (errors: [String], seconds: Double) {
        let document = try parse(source, options: ParseOptions(maxTokens: 10_000_000))
        // unchecked: written by the thread before it signals `done`, read only after the wait
        final class Box: @unchecked Sendable { var errors: [String] = []; var seconds = 0.0 }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let started = DispatchTime.now().uptimeNanoseconds
            box.errors = validate(schema: Harness.schema, document: document).map(\.message)
            box.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return (box.errors, box.seconds)
    }

    @Test func thousandsOfRepeatedFields() throws {
        let result = try validateOnSmallStack("{ " + String(repeating: "shopName ", count: 5_000) + "}")
        #expect(result.errors.isEmpty)
        #expect(result.seconds < limit)
    }

    @Test func aLongChainOfFragments() throws {
        let count = 5_000
        var source = "{ product { ...F0 } }\n"
        for index in 0..<count - 1 { source += "fragment F\(index) on Product { id ...F\(index + 1) }\n" }
        source += "fragment F\(count - 1) on Product { id title }\n"
        let result = try validateOnSmallStack(source)
        #expect(result.errors.isEmpty)
        #expect(result.seconds < limit)
    }

    @Test func aLongCycleOfFragmentsInASubscription() throws {
        let count = 5_000
        var source = "subscription { ...F0 }\n"
        for index in 0..<count { source += "fragment F\(index) on Subscription { cartUpdated(cartId: 1) { id } ...F\((index + 1) % count) }\n" }
        let result = try validateOnSmallStack(source)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",") == true)
        #expect(result.seconds < limit)
    }

    @Test func manyOperationsSpreadingOneFragmentTreeWithVariables() throws {
        var source = ""
        for index in 0..<300 { source += "query Q\(index)($a: Int, $b: String) { ...Root }\n" }
        source += "fragment Root on Query { " + (0..<50).map { "f\($0): echo(int: $a, string: $b) ...Leaf\($0)" }.joined(separator: " ") + " }\n"
        for index in 0..<50 { source += "fragment Leaf\(index) on Query { l\(index): echo(int: $a) }\n" }
        let result = try validateOnSmallStack(source)
        #expect(result.errors.isEmpty)
        #expect(result.seconds < limit)
    }

    @Test func deeplyNestedSelections() throws {
        let pairs = 60
        let source = "{ products " + String(repeating: "{ vendor { products ", count: pairs)
            + "{ id }" + String(repeating: " } }", count: pairs) + " }"
        let result = try validateOnSmallStack(source)
        #expect(result.errors.isEmpty)
        #expect(result.seconds < limit)
    }

    @Test func manyVariablesAndArguments() throws {
        let count = 2_000
        let source = "query Q(" + (0..<count).map { "$v\($0): Int" }.joined(separator: ", ") + ") { "
            + (0..<count).map { "e\($0): echo(int: $v\($0), list: [$v\($0), 1], filter: {matrix: [[$v\($0)]]})" }.joined(separator: " ") + " }"
        let result = try validateOnSmallStack(source)
        #expect(result.errors.isEmpty)
        #expect(result.seconds < limit)
    }
}
