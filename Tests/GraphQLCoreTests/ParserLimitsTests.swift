import Foundation
import Testing
@testable import GraphQLCore

/// A result handed from a thread to its waiter.
// unchecked: `value` is written by the thread before it signals `done`, read only after the wait
private final class ThreadResult<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}

/// Runs `body` on a thread with a `stackSize`-byte stack and waits for it.
private func onThread<T: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
    let box = ThreadResult<T>()
    let thread = Thread {
        box.value = body()
        box.done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    box.done.wait()
    return box.value!
}

/// Documents nested `depth` deep in each of the four ways the grammar nests.
private func nestedDocuments(depth: Int) -> [String] {
    [
        String(repeating: "{a", count: depth) + String(repeating: "}", count: depth),
        "{f(a:" + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + ")}",
        "{f(a:" + String(repeating: "{a:", count: depth - 1) + "1" + String(repeating: "}", count: depth - 1) + ")}",
        "query($a:" + String(repeating: "[", count: depth - 1) + "Int" + String(repeating: "]", count: depth - 1) + "){a}",
    ]
}

@Suite struct ParserLimitsTests {
    @Test func nestingAtTheDefaultLimitFitsABoundedStack() {
        // 512 KiB in release (about 200 KiB are needed); debug frames are several times larger.
        #if DEBUG
        let stackSize = 2 << 20
        #else
        let stackSize = 512 << 10
        #endif
        let failures = onThread(stackSize: stackSize) { () -> [String] in
            nestedDocuments(depth: ParseOptions.defaultMaxDepth).compactMap { source in
                do { _ = try parse(source); return nil } catch { return "\(error)" }
            }
        }
        #expect(failures.isEmpty)
    }

    @Test func nesting100000DeepIsASyntaxError() {
        let message = "Syntax Error: Document exceeds the maximum nesting depth of 128. Parsing aborted."
        let documents = nestedDocuments(depth: 100_000)
        // The 129th level opens at: selection sets `{a{a...`, lists `{f(a:[[...`, objects `{f(a:{a:...`, list types.
        let columns = [2 * 128 + 1, 5 + 128, 5 + 3 * 127 + 1, 10 + 128]
        for (source, column) in zip(documents, columns) {
            #expect(throws: GraphQLError(message, locations: [SourceLocation(line: 1, column: column)])) { try parse(source) }
        }
    }

    @Test func customDepth() throws {
        _ = try parse("{ a { b } }", options: ParseOptions(maxDepth: 2))
        #expect(throws: GraphQLError("Syntax Error: Document exceeds the maximum nesting depth of 2. Parsing aborted.",
                                     locations: [SourceLocation(line: 1, column: 9)])) {
            try parse("{ a { b { c } } }", options: ParseOptions(maxDepth: 2))
        }
        #expect(throws: GraphQLError("Syntax Error: Document exceeds the maximum nesting depth of 2. Parsing aborted.",
                                     locations: [SourceLocation(line: 1, column: 3)])) {
            try parseValue("[[[1]]]", options: ParseOptions(maxDepth: 2))
        }
    }

    @Test func tokenLimitCountsTokensButNotComments() throws {
        _ = try parse("{ a }", options: ParseOptions(maxTokens: 3))
        #expect(throws: GraphQLError("Syntax Error: Document contains more than 2 tokens. Parsing aborted.",
                                     locations: [SourceLocation(line: 1, column: 5)])) {
            try parse("{ a }", options: ParseOptions(maxTokens: 2))
        }
        _ = try parse("{ foo(bar: \"baz\") }", options: ParseOptions(maxTokens: 8))
        #expect(throws: GraphQLError("Syntax Error: Document contains more than 7 tokens. Parsing aborted.",
                                     locations: [SourceLocation(line: 1, column: 19)])) {
            try parse("{ foo(bar: \"baz\") }", options: ParseOptions(maxTokens: 7))
        }
        #expect(throws: GraphQLError("Syntax Error: Document contains more than 3 tokens. Parsing aborted.",
                                     locations: [SourceLocation(line: 3, column: 4)])) {
            try parse("# c\n{ a # c\n b }", options: ParseOptions(maxTokens: 3))
        }
    }

    @Test func tenMegabyteDocumentHitsTheDefaultTokenLimit() {
        // 5 million tokens in 10 MB on one line: the 1,000,001st token (the 1,000,000th `a`) is refused.
        let source = "{ " + String(repeating: "a ", count: 5_000_000) + "}"
        #expect(source.utf8.count > 10_000_000)
        #expect(throws: GraphQLError("Syntax Error: Document contains more than 1000000 tokens. Parsing aborted.",
                                     locations: [SourceLocation(line: 1, column: 2_000_001)])) { try parse(source) }
    }

    @Test func tenMegabyteDocumentParsesWithoutATokenLimit() throws {
        var source = ""
        var count = 0
        while source.utf8.count < 10_000_000 {
            source += "query Q\(count)($id: ID!, $first: Int = 10) { node(id: $id) { ... on Product { id title(locale: \"fr\") "
                + "variants(first: $first) { edges { cursor node { price { amount currencyCode } } } } } } }\n"
            count += 1
        }
        let document = try parse(source, options: ParseOptions(maxTokens: .max))
        #expect(document.definitions.count == count)
        #expect(document.loc.end == Int32(source.utf8.count))
        guard case .operation(let last) = document.definitions[count - 1] else {
            Issue.record("not an operation")
            return
        }
        #expect(last.name?.value == "Q\(count - 1)" && last.loc.line == Int32(count) && last.loc.column == 1)
    }
}
