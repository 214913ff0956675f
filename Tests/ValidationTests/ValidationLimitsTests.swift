import Testing
@testable import GraphQLCore

// The non-spec limits: off by default, exact counts, messages and locations, and token counts
// that agree with the lexer's.

@Suite struct ValidationLimitsTests {
    private func limitErrors(_ query: String, _ limits: ValidationLimits) throws -> [ExpectedError] {
        limits.check(try parse(query)).map(ExpectedError.init)
    }

    @Test func everyLimitIsOffByDefault() throws {
        let deep = "{ " + String(repeating: "dog { mother { ", count: 20) + "name" + String(repeating: " } }", count: 20) + " }"
        #expect(ValidationLimits().isEmpty)
        #expect(try limitErrors(deep, ValidationLimits()) == [])
    }

    @Test func depthWithinLimit() throws {
        #expect(try limitErrors("{ dog { mother { name } } }", ValidationLimits(maxDepth: 3)) == [])
    }

    @Test func depthOverLimitPointsAtTheFirstFieldTooDeep() throws {
        let query = """
        {
          dog { name }
          human {
            pets {
              name
            }
            relatives { name }
          }
        }
        """
        #expect(try limitErrors(query, ValidationLimits(maxDepth: 2)) == [.init("Depth limit of 2 exceeded, found 3.", (5, 7))])
    }

    @Test func depthCountsFragmentsAndInlineFragments() throws {
        let query = """
        query Q {
          dog { ...M }
        }
        fragment M on Dog {
          mother {
            ... on Dog { father { name } }
          }
        }
        """
        #expect(try limitErrors(query, ValidationLimits(maxDepth: 3)) == [.init("Depth limit of 3 exceeded, found 4.", (6, 27))])
    }

    @Test func depthIgnoresIntrospection() throws {
        let query = "{ __schema { types { fields { type { ofType { ofType { name } } } } } } dog { name } }"
        #expect(try limitErrors(query, ValidationLimits(maxDepth: 2)) == [])
    }

    @Test func depthSurvivesFragmentCycles() throws {
        let query = "{ dog { ...A } } fragment A on Dog { mother { ...A } }"
        #expect(try limitErrors(query, ValidationLimits(maxDepth: 1)) == [.init("Depth limit of 1 exceeded, found 2.", (1, 38))])
    }

    @Test func aliasesCountedWithFragmentsExpanded() throws {
        let query = """
        query Aliased {
          a: dog { name }
          b: dog { n: name }
          ...F
          ...F
        }
        fragment F on QueryRoot { c: cat { name } }
        """
        #expect(try limitErrors(query, ValidationLimits(maxAliases: 5)) == [])
        #expect(try limitErrors(query, ValidationLimits(maxAliases: 4)) == [.init("Aliases limit of 4 exceeded, found 5.", (1, 1))])
    }

    @Test func aliasCountsSaturateOnExponentialFragments() throws {
        var query = "{ ...F0 }\n"
        for index in 0..<70 {
            query += "fragment F\(index) on QueryRoot { a: dog { name } ...F\(index + 1) ...F\(index + 1) }\n"
        }
        query += "fragment F70 on QueryRoot { x: dog { name } }"
        let found = try limitErrors(query, ValidationLimits(maxAliases: 100))
        #expect(found == [.init("Aliases limit of 100 exceeded, found \(Int.max).", (1, 1))])
    }

    @Test func rootFieldsCountDistinctResponseKeys() throws {
        let query = """
        {
          dog { name }
          cat { name }
          dog { barks }
          ... on QueryRoot { human { name } }
          ...Pets
        }
        fragment Pets on QueryRoot { pet { name } catOrDog { __typename } }
        """
        #expect(try limitErrors(query, ValidationLimits(maxRootFields: 5)) == [])
        #expect(try limitErrors(query, ValidationLimits(maxRootFields: 3)) == [.init("Root fields limit of 3 exceeded, found 5.", (8, 30))])
        #expect(try limitErrors(query, ValidationLimits(maxRootFields: 2)) == [.init("Root fields limit of 2 exceeded, found 5.", (5, 22))])
    }

    @Test func limitsAreReportedPerOperation() throws {
        let query = """
        query A { dog { mother { name } } }
        query B { a: dog { name } b: cat { name } }
        """
        let limits = ValidationLimits(maxDepth: 2, maxAliases: 1, maxRootFields: 1)
        #expect(try limitErrors(query, limits) == [
            .init("Depth limit of 2 exceeded, found 3.", (1, 26)),
            .init("Aliases limit of 1 exceeded, found 2.", (2, 1)),
            .init("Root fields limit of 1 exceeded, found 2.", (2, 27)),
        ])
    }

    /// Documents of every kind of token: the AST count must be the lexer's.
    static let tokenDocuments = [
        "{ a }",
        "query Q($a: [Int!]! = [1, 2], $b: In = {x: 1, y: [{z: 2}]} @d(a: 1)) @op { f(a: $a, v: {z: [$v]}, b: \"s\", c: \"\"\"block\"\"\", d: ENUM, e: null, f: true, g: 1.5) @skip(if: false) { ...F ... on T { x: y } ... @include(if: true) { z } } }",
        "\"desc\" fragment F on T @d { a, b, c # comment\n }",
        "mutation { m } subscription S { s }",
        """
        "type" type T implements A & B @d { "field" f(a: Int = 1 @d): [T!]! g: Int }
        extend type T { h: Int }
        interface A implements B { f: Int }
        union U @d = A | B
        enum E { A @deprecated(reason: "x") B }
        input I { a: Int = 1, b: [I!] }
        scalar S @specifiedBy(url: "u")
        extend scalar S @d
        schema @d { query: Q mutation: M }
        extend schema { subscription: S }
        directive @d(a: Int) repeatable on FIELD | QUERY
        """,
    ]

    @Test(arguments: tokenDocuments)
    func tokenCountMatchesTheLexer(_ text: String) throws {
        let document = try parse(text)
        let count = document.definitions.reduce(0) { $0 + TokenLimit.count($1) }
        _ = try parse(text, options: ParseOptions(maxTokens: count))
        #expect(throws: GraphQLError.self) { try parse(text, options: ParseOptions(maxTokens: count - 1)) }
    }

    @Test func tokenLimit() throws {
        let query = "{ dog { name } }\nquery Q { cat { name } }"
        // `{ dog { name } }` is 6 tokens, `query Q { cat { name } }` 8.
        #expect(try limitErrors(query, ValidationLimits(maxTokens: 14)) == [])
        #expect(try limitErrors(query, ValidationLimits(maxTokens: 13)) == [.init("Token limit of 13 exceeded, found 14.", (2, 1))])
        #expect(throws: GraphQLError.self) { try parse(query, options: ValidationLimits(maxTokens: 13).parseOptions) }
    }

    @Test func validateChecksLimitsBeforeRules() throws {
        let document = try parse("{ dog { mother { nam } } }")
        let overLimit = validate(schema: TestSchemas.pets, document: document, limits: ValidationLimits(maxDepth: 2))
        #expect(overLimit.map(ExpectedError.init) == [.init("Depth limit of 2 exceeded, found 3.", (1, 18))])
        let withinLimit = validate(schema: TestSchemas.pets, document: document, limits: ValidationLimits(maxDepth: 3),
                                   rules: [ValuesOfCorrectTypeRule.self, OverlappingFieldsCanBeMergedRule.self])
        #expect(withinLimit.isEmpty)
    }
}
