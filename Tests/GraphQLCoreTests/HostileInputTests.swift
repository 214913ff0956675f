import Foundation
import Testing
@testable import GraphQLCore

// Hostile requests end to end (parse, validate, coerce variables, execute): each must give a
// GraphQL error or a response, never a crash, and finish fast.

/// A schema with recursive input objects and a recursive object type.
private let hostileSchemaSDL = """
input Nested { inner: Nested, value: Int, list: [Nested] }
type Item { name: String, child: Item, items: [Item] }
type Query {
  echo(input: Nested, int: Int, float: Float, text: String, list: [[Int]]): String
  item: Item
  name: String
}
"""

private let hostileRoot: JSON = .object([
    "echo": .string("ok"),
    "name": .string("concord"),
    "item": .object(["name": .string("a"), "child": .null, "items": .array([])]),
])

/// Parses, validates and executes `source` with `variables` JSON text; returns the response
/// JSON text and the processor seconds this thread spent on it (so that the other tests running
/// beside it on a loaded machine do not count).
private func run(_ source: String, variables: [UInt8]? = nil) throws -> (response: String, seconds: Double) {
    let schema = try buildSchema(hostileSchemaSDL)
    var response = ""
    let elapsed = threadSeconds {
        var variableValues = JSONObject()
        if let variables {
            do {
                guard case .object(let object) = try JSONParser.parse(bytes: variables) else {
                    response = "variables: not an object"
                    return
                }
                variableValues = object
            } catch {
                response = "variables: \(error)"
                return
            }
        }
        let result = graphqlSync(schema: schema, source: source, rootValue: hostileRoot, variableValues: variableValues)
        response = String(decoding: result.json, as: UTF8.self)
    }
    return (response, elapsed)
}

/// The processor seconds the calling thread spends in `body`.
private func threadSeconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
}

private func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

@Suite struct HostileInputTests {
    #if DEBUG
    /// Seconds for the 100,000-fragment chain (debug builds are ~10x slower; 2 busy cores).
    private let chainLimit = 40.0
    #else
    private let chainLimit = 4.0
    #endif

    @Test func selectionSets100000Deep() throws {
        let (response, seconds) = try run(repeated("{item", 100_000) + repeated("}", 100_000))
        // The level past the limit opens at `{`, five bytes a level.
        let depth = ParseOptions.defaultMaxDepth
        #expect(response == #"{"errors":[{"message":"Syntax Error: Document exceeds the maximum nesting depth of \#(depth). Parsing aborted.","locations":[{"line":1,"column":\#(5 * depth + 1)}]}]}"#)
        #expect(seconds < 1)
    }

    @Test func listsAndObjects100000DeepInArguments() throws {
        let lists = try run("{echo(list:" + repeated("[", 100_000) + repeated("]", 100_000) + ")}")
        #expect(lists.response.contains("Document exceeds the maximum nesting depth of \(ParseOptions.defaultMaxDepth)."))
        let objects = try run("{echo(input:" + repeated("{inner:", 100_000) + "null" + repeated("}", 100_000) + ")}")
        #expect(objects.response.contains("Document exceeds the maximum nesting depth of \(ParseOptions.defaultMaxDepth)."))
        #expect(lists.seconds + objects.seconds < 1)
    }

    @Test func variablesJSON100000Deep() throws {
        let query = "query($n: Nested){echo(input: $n)}"
        let arrays = try run(query, variables: Array(("{\"n\":" + repeated("[", 100_000) + repeated("]", 100_000) + "}").utf8))
        #expect(arrays.response == "variables: JSON nested too deeply at byte 516")
        let objects = try run(query, variables: Array(("{\"n\":" + repeated("{\"inner\":", 100_000) + "null" + repeated("}", 100_000) + "}").utf8))
        #expect(objects.response.hasPrefix("variables: JSON nested too deeply at byte "))
        #expect(arrays.seconds + objects.seconds < 1)
    }

    @Test func inputObjectsNestedAsDeepAsJSONAllows() throws {
        // 500 levels: within the JSON parser's limit; coercion walks them all.
        let depth = 500
        let variables = "{\"n\":" + repeated("{\"inner\":", depth) + "{\"value\":1}" + repeated("}", depth) + "}"
        let (response, seconds) = try run("query($n: Nested){echo(input: $n)}", variables: Array(variables.utf8))
        #expect(response == #"{"data":{"echo":"ok"}}"#)
        let wrong = repeated("{\"inner\":", depth) + "{\"value\":\"x\"}" + repeated("}", depth)
        let failed = try run("query($n: Nested){echo(input: $n)}", variables: Array("{\"n\":\(wrong)}".utf8))
        let path = repeated(".inner", depth)
        #expect(failed.response.contains(#"Variable \"$n\" got invalid value \"x\" at \"n\#(path).value\"; Int cannot represent non-integer value: \"x\""#))
        #expect(seconds + failed.seconds < 2)
    }

    @Test func fragmentChain100000Long() throws {
        var source = "{...F0}"
        for index in 0..<100_000 { source += " fragment F\(index) on Query { name ...F\(index + 1) }" }
        source += " fragment F100000 on Query { name }"
        let (response, seconds) = try run(source)
        // 700,000 tokens fit the million-token default. Field collection once recursed per
        // spread and overflowed the stack here; all of it is linear now.
        #expect(response == #"{"data":{"name":"concord"}}"#)
        #expect(seconds < chainLimit)
    }

    @Test func tenMegabyteDocuments() throws {
        let string = try run("{echo(text: \"" + repeated("x", 10_000_000) + "\")}")
        #expect(string.response == #"{"data":{"echo":"ok"}}"#)
        let names = try run("{" + repeated("name ", 2_000_000) + "}")
        #expect(names.response == #"{"errors":[{"message":"Syntax Error: Document contains more than 1000000 tokens. Parsing aborted.","locations":[{"line":1,"column":4999997}]}]}"#)
        let comment = try run("#" + repeated("c", 10_000_000) + "\n{name}")
        #expect(comment.response == #"{"data":{"name":"concord"}}"#)
        #expect(string.seconds + names.seconds + comment.seconds < 10)
    }

    @Test func thousandsOfAliases() throws {
        let source = "{" + (0..<5_000).map { "a\($0): name" }.joined(separator: " ") + "}"
        let (response, seconds) = try run(source)
        #expect(response.hasPrefix(#"{"data":{"a0":"concord","a1":"concord""#))
        #expect(response.hasSuffix(#""a4999":"concord"}}"#))
        #expect(seconds < 2)
    }

    @Test func aFragmentSpreadAThousandTimes() throws {
        let source = "{" + repeated("...F ", 1_000) + "} fragment F on Query { name item { name } }"
        let (response, seconds) = try run(source)
        #expect(response == #"{"data":{"name":"concord","item":{"name":"a"}}}"#)
        #expect(seconds < 2)
    }

    @Test func hugeIntegersAndFloats() throws {
        let digits = repeated("9", 10_000)
        let int = try run("{echo(int: \(digits))}")
        #expect(int.response.contains(#"Int cannot represent non 32-bit signed integer value: \#(digits)"#))
        let float = try run("{echo(float: \(digits).5e99999)}")
        #expect(float.response.hasPrefix("{"))
        let variables = try run("query($i: Int, $f: Float){echo(int: $i, float: $f)}",
                                variables: Array("{\"i\":\(digits),\"f\":1e400}".utf8))
        #expect(variables.response.contains(#"Variable \"$i\" got invalid value"#))
        #expect(int.seconds + float.seconds + variables.seconds < 1)
    }

    @Test func invalidUTF8InTheDocumentAndVariables() throws {
        // A server decodes the body as a String: invalid bytes become U+FFFD, an invalid character.
        let document = String(decoding: Array("{name ".utf8) + [0xFF, 0xC3] + Array("}".utf8), as: UTF8.self)
        let (response, _) = try run(document)
        #expect(response == #"{"errors":[{"message":"Syntax Error: Unexpected character: U+FFFD.","locations":[{"line":1,"column":7}]}]}"#)
        let (inString, _) = try run(String(decoding: Array("{echo(text: \"".utf8) + [0xED, 0xA0, 0x80] + Array("\")}".utf8), as: UTF8.self))
        #expect(inString == #"{"data":{"echo":"ok"}}"#)
        let (variables, _) = try run("query($t: String){echo(text: $t)}", variables: Array("{\"t\":\"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8))
        #expect(variables.hasPrefix("variables: ") || variables == #"{"data":{"echo":"ok"}}"#)
    }

    @Test func nulBytes() throws {
        let (response, _) = try run("{name\u{0}}")
        #expect(response == #"{"errors":[{"message":"Syntax Error: Unexpected character: U+0000.","locations":[{"line":1,"column":6}]}]}"#)
        let (inString, _) = try run("{echo(text: \"a\u{0}b\")}")
        // U+0000 is a Unicode scalar value: allowed in a string, as in graphql-js 16.
        #expect(inString == #"{"data":{"echo":"ok"}}"#)
        let (variables, _) = try run("query($t: String){echo(text: $t)}", variables: Array("{\"t\":\"a\\u0000b\"}".utf8))
        #expect(variables == #"{"data":{"echo":"ok"}}"#)
    }

    @Test func loneSurrogates() throws {
        let (response, _) = try run(#"{echo(text: "\uD800")}"#)
        #expect(response == #"{"errors":[{"message":"Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".","locations":[{"line":1,"column":14}]}]}"#)
        let (low, _) = try run(#"{echo(text: "\uDC00\uD800")}"#)
        #expect(low == #"{"errors":[{"message":"Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".","locations":[{"line":1,"column":14}]}]}"#)
        let (braced, _) = try run(#"{echo(text: "\u{D800}")}"#)
        #expect(braced == #"{"errors":[{"message":"Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".","locations":[{"line":1,"column":14}]}]}"#)
        let (variables, _) = try run("query($t: String){echo(text: $t)}", variables: Array(#"{"t":"\ud800x\udc00"}"#.utf8))
        #expect(variables == #"{"data":{"echo":"ok"}}"#)
    }

    @Test func veryLongNames() throws {
        let name = "n" + repeated("a", 1_000_000)
        let (response, seconds) = try run("{\(name)}")
        #expect(response.hasPrefix(#"{"errors":[{"message":"Cannot query field \"naaaa"#))
        let (alias, _) = try run("{\(name): name}")
        #expect(alias.hasPrefix(#"{"data":{"naaaa"#))
        let (variable, _) = try run("query($\(name): Int){echo(int: $\(name))}", variables: Array("{\"\(name)\":1}".utf8))
        #expect(variable == #"{"data":{"echo":"ok"}}"#)
        #expect(seconds < 1)
    }

    @Test func thousandsOfRepeatedDirectivesArgumentsVariablesAndDefinitions() throws {
        // Each grows linearly (measured: 4x the size, 4x the time); errors stop at 100, though
        // one error may list every repeated location, as graphql-js's do.
        let n = 8_000
        let cases: [(String, String)] = [
            ("{name " + repeated("@skip(if: false) ", n) + "}",
             #"{"errors":[{"message":"The directive \"@skip\" can only be used once at this location.""#),
            ("{echo(" + repeated("int: 1 ", n) + ")}", #"{"errors":[{"message":"There can be only one argument named \"int\".""#),
            ("query(" + repeated("$v: Int ", n) + "){echo(int: $v)}",
             #"{"errors":[{"message":"There can be only one variable named \"$v\".""#),
            (repeated("query Q{name} ", n), #"{"errors":[{"message":"There can be only one operation named \"Q\".""#),
            ("{name} " + repeated("fragment F on Query{name} ", n),
             #"{"errors":[{"message":"There can be only one fragment named \"F\".""#),
            ("{echo(input: {" + repeated("value: 1 ", n) + "})}",
             #"{"errors":[{"message":"There can be only one input field named \"value\".""#),
            ("{" + (0..<n).map { (i: Int) -> String in "echo(int: \(i)) " }.joined() + "}",
             #"{"errors":[{"message":"Fields \"echo\" conflict because they have differing arguments. "#),
            ("{item{" + (0..<n).map { (i: Int) -> String in "...on Item{a\(i): name} " }.joined() + "}}",
             #"{"data":{"item":{"a0":"a","a1":"a","#),
            ("{echo(list: [" + repeated("[1 2 3] ", n) + "])}", #"{"data":{"echo":"ok"}}"#),
        ]
        var total = 0.0
        for (source, prefix) in cases {
            let (response, seconds) = try run(source)
            #expect(response.hasPrefix(prefix))
            total += seconds
        }
        #expect(total < chainLimit)
    }
}
