import Foundation
import Testing
@testable import GraphQLCore

/// A node's structure with every location left out, for location-insensitive comparison:
/// `shape(parse(print(ast))) == shape(ast)`.
func shape(_ value: Any) -> String {
    if value is Location { return "" }
    let mirror = Mirror(reflecting: value)
    if mirror.children.isEmpty { return "\(type(of: value)).\(value)" }
    var parts: [String] = []
    for child in mirror.children where child.label != "loc" && !(child.value is Location) {
        parts.append((child.label ?? "") + ":" + shape(child.value))
    }
    return "\(type(of: value))(" + parts.joined(separator: ",") + ")"
}

/// GitHub's public schema from shared/bench/data, if it is beside the repository.
private let githubSchemaPath: String? = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    return [repository.appendingPathComponent("../shared").standardized.path, "/work/shared"]
        .map { $0 + "/bench/data/github-schema.graphql" }
        .first { FileManager.default.fileExists(atPath: $0) }
}()

@Suite struct PrinterTests {
    @Test func printsTheKitchenSinksAsGraphQLJS() throws {
        #expect(try parse(KitchenSink.executable).printed == KitchenSink.executablePrinted)
        #expect(try parse(KitchenSink.typeSystem).printed == KitchenSink.typeSystemPrinted)
    }

    // Each source with graphql-js 16's print(parse(source)).
    @Test(arguments: [
        ("{ a }",
         "{\n  a\n}"),
        ("query { a }",
         "{\n  a\n}"),
        ("query Q { a }",
         "query Q {\n  a\n}"),
        ("{a{b{c}}}",
         "{\n  a {\n    b {\n      c\n    }\n  }\n}"),
        ("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) { id }",
         "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}"),
        ("{trip(wheelchair:false arriveBy:false){dateTime}}",
         "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}"),
        ("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}",
         "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}"),
        ("{ aliasIsLong: someField(argumentNumberOne: 1, argumentNumberTwo: \"two\", three: THREE) }",
         "{\n  aliasIsLong: someField(\n    argumentNumberOne: 1\n    argumentNumberTwo: \"two\"\n    three: THREE\n  )\n}"),
        ("{ a(b: \"\"\"multi\n  line\n    block\"\"\") { c(d: \"\"\"x\"\"\") } }",
         "{\n  a(b: \"\"\"\n  multi\n  line\n    block\n  \"\"\") {\n    c(d: \"\"\"x\"\"\")\n  }\n}"),
        ("{ a(s: \"tab\\t nl\\n quote\\\" backslash\\\\ nul\\u0000 del\\u007F c1\\u0085 nbsp\\u00A0 emoji\\u{1F600}\") }",
         "{\n  a(\n    s: \"tab\\t nl\\n quote\\\" backslash\\\\ nul\\u0000 del\\u007F c1\\u0085 nbsp  emoji😀\"\n  )\n}"),
        ("{ a(b: [1, 2.5, -3e4, true, null, ENUM, $v, {x: [], y: {}}]) }",
         "{\n  a(b: [1, 2.5, -3e4, true, null, ENUM, $v, {x: [], y: {}}])\n}"),
        ("query Q($a: [[Int!]]! = [[1]], $b: In) @d1 @d2(x: 1) { ...F @s(if: $a) ... on T @i { z } ... { w } }",
         "query Q($a: [[Int!]]! = [[1]], $b: In) @d1 @d2(x: 1) {\n  ...F @s(if: $a)\n  ... on T @i {\n    z\n  }\n  ... {\n    w\n  }\n}"),
        ("fragment F on T @d { a }",
         "fragment F on T @d {\n  a\n}"),
        ("subscription { s }",
         "subscription {\n  s\n}"),
        ("mutation M { m(x: 1) { id } }",
         "mutation M {\n  m(x: 1) {\n    id\n  }\n}"),
        ("{ a(b: \"\"\"  leading space\"\"\", c: \"\"\"a \"quoted\" word\"\"\", d: \"\"\"ends with slash\\\n\"\"\") }",
         "{\n  a(\n    b: \"\"\"  leading space\"\"\"\n    c: \"\"\"a \"quoted\" word\"\"\"\n    d: \"\"\"\n    ends with slash\\\n    \"\"\"\n  )\n}"),
        ("{ a(b: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }",
         "{\n  a(\n    b: \"\"\"\n    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n    \"\"\"\n  )\n}"),
        ("{ a(b: \"\"\"\n    indented\n      more\"\"\") }",
         "{\n  a(b: \"\"\"\n  indented\n    more\n  \"\"\")\n}"),
        ("{ a(b: \"\"\"contains \\\"\"\" triple\"\"\", c: \"\"\"ends \\\"\"\"\"\"\") }",
         "{\n  a(b: \"\"\"contains \\\"\"\" triple\"\"\", c: \"\"\"\n  ends \\\"\"\"\n  \"\"\")\n}"),
        ("type A { f(a: Int = 1, b: String @d): [A!]! @deprecated }",
         "type A {\n  f(a: Int = 1, b: String @d): [A!]! @deprecated\n}"),
        ("type A { f(\"desc\" a: Int, b: String): A }",
         "type A {\n  f(\n    \"desc\"\n    a: Int\n    b: String\n  ): A\n}"),
        ("type A { f(\"\"\"block\"\"\" a: Int): A }",
         "type A {\n  f(\n    \"\"\"block\"\"\"\n    a: Int\n  ): A\n}"),
        ("\"\"\"\nType desc\n\"\"\"\ntype A implements B & C @d { \"field desc\" f: A }",
         "\"\"\"Type desc\"\"\"\ntype A implements B & C @d {\n  \"field desc\"\n  f: A\n}"),
        ("\"short\" scalar S @specifiedBy(url: \"https://example.com\")",
         "\"short\"\nscalar S @specifiedBy(url: \"https://example.com\")"),
        ("schema @d { query: Q mutation: M }",
         "schema @d {\n  query: Q\n  mutation: M\n}"),
        ("extend schema @d",
         "extend schema @d"),
        ("extend schema { subscription: S }",
         "extend schema {\n  subscription: S\n}"),
        ("union U @d = | A | B",
         "union U @d = A | B"),
        ("extend union U = C",
         "extend union U = C"),
        ("enum E { \"desc\" A @d B }",
         "enum E {\n  \"desc\"\n  A @d\n  B\n}"),
        ("extend enum E @d",
         "extend enum E @d"),
        ("input I { \"d\" a: Int = 1 @d, b: [String!] = [\"x\"] }",
         "input I {\n  \"d\"\n  a: Int = 1 @d\n  b: [String!] = [\"x\"]\n}"),
        ("extend input I { c: Int }",
         "extend input I {\n  c: Int\n}"),
        ("directive @d(\"desc\" a: Int = 1) repeatable on FIELD | QUERY",
         "directive @d(\n  \"desc\"\n  a: Int = 1\n) repeatable on FIELD | QUERY"),
        ("directive @e on | FIELD",
         "directive @e on FIELD"),
        ("interface I implements J & K @d { a: Int }",
         "interface I implements J & K @d {\n  a: Int\n}"),
        ("extend interface I implements L",
         "extend interface I implements L"),
        ("extend type T implements U @d { x: Int }",
         "extend type T implements U @d {\n  x: Int\n}"),
        ("extend scalar S @d",
         "extend scalar S @d"),
        ("type Empty",
         "type Empty"),
        ("interface Empty",
         "interface Empty"),
        ("input Empty",
         "input Empty"),
        ("enum Empty",
         "enum Empty"),
        ("union Empty",
         "union Empty"),
        ("{ a(x: \"é😀\", y: \"\"\"é😀 \"\"\") }",
         "{\n  a(x: \"é😀\", y: \"\"\"é😀 \"\"\")\n}"),
        ("{ f(arg: \"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\") }",
         "{\n  f(arg: \"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\")\n}")
    ])
    func printsAsGraphQLJS(_ source: String, _ printed: String) throws {
        #expect(try parse(source).printed == printed)
    }

    @Test func roundTripsAreCanonicalAndLoseNothing() throws {
        for source in [KitchenSink.executable, KitchenSink.typeSystem, "{ a(b: \"\"\"x\n  y\"\"\") { c } }"] {
            let document = try parse(source)
            let printed = document.printed
            let reparsed = try parse(printed)
            #expect(reparsed.printed == printed)
            #expect(shape(reparsed) == shape(document))
        }
    }

    @Test(.enabled(if: githubSchemaPath != nil)) func roundTripsGitHubsSchema() throws {
        let source = try String(contentsOfFile: githubSchemaPath!, encoding: .utf8)
        let document = try parse(source)
        let printed = document.printed
        let reparsed = try parse(printed)
        #expect(reparsed.printed == printed)
        #expect(shape(reparsed) == shape(document))
        #expect(reparsed.definitions.count == document.definitions.count)
    }

    @Test func shapeIgnoresLocationsOnly() throws {
        #expect(shape(try parse("{ a }")) == shape(try parse("\n\n  {a}")))
        #expect(shape(try parse("{ a }")) != shape(try parse("{ b }")))
        #expect(shape(try parse("query ($v: [Int]) { a }")) != shape(try parse("query ($v: [Int!]) { a }")))
    }

    @Test func printsDescriptionsOnExecutableDefinitions() throws {
        // September 2025 syntax, which graphql-js 16 cannot parse: printed the way it prints type
        // system descriptions, and an anonymous query with a description keeps its `query`.
        let source = "\"Fetch\" query Q(\"\"\"the id\"\"\" $id: ID, \"n\" $n: Int = 1) { a }  \"\"\"\nMoney\n\"\"\" fragment M on T { b } \"anon\" query { c }"
        let printed = try parse(source).printed
        #expect(printed == """
            "Fetch"
            query Q(\"""the id\""" $id: ID, "n" $n: Int = 1) {
              a
            }

            \"""Money\"""
            fragment M on T {
              b
            }

            "anon"
            query {
              c
            }
            """)
        #expect(shape(try parse(printed)) == shape(try parse(source)))
    }

    @Test func printsBuiltNodes() {
        let field = FieldNode(alias: NameNode(value: "first"), name: NameNode(value: "products"),
                              arguments: [ArgumentNode(name: NameNode(value: "first"), value: ValueNode(.int("2")))],
                              directives: [DirectiveNode(name: NameNode(value: "include"),
                                                         arguments: [ArgumentNode(name: NameNode(value: "if"),
                                                                                  value: ValueNode(.variable("show")))])],
                              selectionSet: SelectionSetNode(selections: [.field(FieldNode(name: NameNode(value: "id")))]))
        #expect(field.printed == "first: products(first: 2) @include(if: $show) {\n  id\n}")
        #expect(TypeNode.nonNull(.list(.named(NameNode(value: "ID")), .synthetic), .synthetic).printed == "[ID]!")
        #expect(DocumentNode(definitions: []).printed == "")
    }

    @Test func printableAsBlockString() {
        #expect(isPrintableAsBlockString(""))
        #expect(isPrintableAsBlockString("a\nb"))
        #expect(isPrintableAsBlockString("  a\nb"))
        #expect(!isPrintableAsBlockString("\na"))
        #expect(!isPrintableAsBlockString("a\n"))
        #expect(isPrintableAsBlockString("a\n  b\n  c"))
        #expect(!isPrintableAsBlockString("\n  a\n  b"))
        #expect(!isPrintableAsBlockString("a\r\nb"))
        #expect(!isPrintableAsBlockString("bell \u{7}"))
        #expect(isPrintableAsBlockString("tab\tand \"quote\""))
    }
}
