import Testing
import Foundation
@testable import GraphQLCore

// Documents built to make validation slow (repeated fields, long and recursive fragment
// chains, many aliases, fragments spread together) must validate in well under a second,
// with the right answer. Timings are the test thread's processor time, parsing included.

@Suite struct HostileDocumentTests {
    /// The rules of this branch whose cost depends on the document's shape.
    private static let rules: [any ValidationRule.Type] = [
        OverlappingFieldsCanBeMergedRule.self, ValuesOfCorrectTypeRule.self, ProvidedRequiredArgumentsRule.self,
        VariablesInAllowedPositionRule.self, UniqueInputFieldNamesRule.self, MaxIntrospectionDepthRule.self,
    ]

    /// The most processor time one document may take: well under a second in release builds,
    /// and with room for unoptimized code in debug builds.
    #if DEBUG
    private static let bound = Duration.milliseconds(1_000)
    #else
    private static let bound = Duration.milliseconds(250)
    #endif

    /// Parses and validates, and returns the errors and the processor time this thread spent
    /// (so that other work on a busy machine does not count).
    private func timed(_ query: String, schema: GraphQLSchema = TestSchemas.pets) throws -> ([ExpectedError], Duration) {
        let start = Self.threadTime()
        let found = try errors(query, schema: schema, rules: Self.rules)
        return (found, Self.threadTime() - start)
    }

    private static func threadTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    @Test func thousandsOfRepeatedFields() throws {
        let query = "{ dog { " + String(repeating: "name ", count: 5_000) + "} }"
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func thousandsOfRepeatedFieldsWithSubselections() throws {
        let query = "{ dog { " + String(repeating: "mother { name father { nickname } } ", count: 3_000) + "} }"
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func thousandsOfRepeatedFieldsWithOneConflictAtTheEnd() throws {
        let query = "{ dog { " + String(repeating: "name ", count: 3_000) + "name: nickname } }"
        let (found, elapsed) = try timed(query)
        // graphql-js reports each of the 3,000 pairs; the error limit keeps the first 100.
        #expect(found.count == 101)
        #expect(found.first == ExpectedError(
            "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            (1, 9), (1, 15_009)))
        #expect(found.last?.message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(elapsed < Self.bound)
    }

    @Test func thousandsOfAliases() throws {
        let query = "{ dog { " + (0..<5_000).map { "a\($0): name " }.joined() + "} }"
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func repeatedFieldsInFragmentAndSelection() throws {
        let fields = String(repeating: "barks isHouseTrained(atOtherHomes: true) ", count: 1_500)
        let query = "{ dog { ...F " + fields + "} } fragment F on Dog { " + fields + "}"
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func longFragmentChain() throws {
        // F0 spreads F1 spreads F2 ... each adding a field, spread twice under one response name.
        let count = 250
        var query = "{ dog { mother { ...F0 } mother { ...F0 } ...F0 } }\n"
        for index in 0..<count {
            let next = index + 1 < count ? "...F\(index + 1)" : ""
            query += "fragment F\(index) on Dog { name mother { name } \(next) }\n"
        }
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func manyFragmentsSpreadTogether() throws {
        // 19,900 pairs of fragments, each compared once.
        let count = 200
        var query = "{ dog { " + (0..<count).map { "...F\($0) " }.joined() + "} }\n"
        for index in 0..<count { query += "fragment F\(index) on Dog { name barks mother { name } }\n" }
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func exponentialFragmentExpansion() throws {
        // Expanded, F0 would hold 2^40 fields; nothing may expand it.
        let count = 40
        var query = "{ dog { ...F0 ...F0 mother { ...F0 } mother { ...F0 } } }\n"
        for index in 0..<count {
            let next = index + 1 < count ? "F\(index + 1)" : nil
            let body = next.map { "mother { ...\($0) ...\($0) } father { ...\($0) } mother { ...\($0) }" } ?? "name"
            query += "fragment F\(index) on Dog { \(body) }\n"
        }
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func recursiveFragmentsSeparatedByFields() throws {
        // graphql-js 16.6 and graphql-core 3.2.8 overflow their stacks on this document
        // (from graphql-js's own tests, which expect it valid).
        let query = """
        {
          ...fragA
          ...fragB
        }
        fragment fragA on T {
          x {
            ...fragA
            x {
              ...fragA
            }
          }
        }
        fragment fragB on T {
          x {
            ...fragB
            x {
              ...fragB
            }
          }
        }
        """
        let (found, elapsed) = try timed(query, schema: TestSchemas.boxes)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func deeplyNestedSelections() throws {
        // Nearly as deep as field merging compares, twice under one response name.
        let depth = FieldConflictFinder.maxNesting - 5
        let nested = String(repeating: "mother { ", count: depth) + "name" + String(repeating: " }", count: depth)
        let query = "{ dog { \(nested) \(nested) } }"
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func introspectionFragmentsReusedExponentially() throws {
        let count = 30
        var query = "{ __schema { types { ...T0 } } }\n"
        for index in 0..<count {
            let next = index + 1 < count ? "a: ofType { ...T\(index + 1) } b: ofType { ...T\(index + 1) }" : "name"
            query += "fragment T\(index) on __Type { \(next) }\n"
        }
        let (found, elapsed) = try timed(query)
        #expect(found == [])
        #expect(elapsed < Self.bound)
    }

    @Test func hugeInputObjectsAndLists() throws {
        let fields = (0..<2_000).map { "f\($0): \($0)" }.joined(separator: ", ")
        let list = (0..<5_000).map { "\"s\($0)\"" }.joined(separator: ", ")
        let query = "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, \(fields) }) stringListArgField(stringListArg: [\(list)]) } }"
        let (found, elapsed) = try timed(query)
        #expect(found.count == 101)
        #expect(found.first?.message == "Field \"f0\" is not defined by type \"ComplexInput\".")
        #expect(elapsed < Self.bound)
    }
}

extension HostileDocumentTests {
    /// Two fragment chains that nest fields `count` levels deep and must be compared level by level.
    static func parallelChains(_ count: Int) -> String {
        var query = "{ dog { ...A0 } dog { ...B0 } }\n"
        for index in 0..<count {
            let a = index + 1 < count ? "mother { ...A\(index + 1) }" : "name"
            let b = index + 1 < count ? "mother { ...B\(index + 1) }" : "name"
            query += "fragment A\(index) on Dog { \(a) }\nfragment B\(index) on Dog { \(b) }\n"
        }
        return query
    }

    @Test func deepComparisonsFitA512KiBStack() throws {
        // Just under the nesting the finder accepts, on a thread with the stack a server
        // worker might have (in release builds; debug builds get more).
        let document = try parse(Self.parallelChains(FieldConflictFinder.maxNesting - 2))
        // unchecked: written by the thread before it signals `done`, read only after the wait
        nonisolated(unsafe) var found: [GraphQLError] = []
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            found = validate(schema: TestSchemas.pets, document: document, rules: [OverlappingFieldsCanBeMergedRule.self])
            done.signal()
        }
        #if DEBUG
        thread.stackSize = 8 * 1024 * 1024  // unoptimized frames are several times larger
        #else
        thread.stackSize = 512 * 1024
        #endif
        thread.start()
        done.wait()
        #expect(found.isEmpty)
    }

    @Test func comparisonsTooDeepAreRefused() throws {
        let found = try errors(Self.parallelChains(FieldConflictFinder.maxNesting + 10), rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [ExpectedError(
            "Fields could not be checked for merging because fields nest more than 100 levels deep.", (1, 1))])
    }
}
