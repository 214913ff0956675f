import Testing
@testable import GraphQLCore

/// The location graphql-js gives a node: offsets, and the start token's line and column.
private func loc(_ start: Int32, _ end: Int32, _ line: Int32, _ column: Int32) -> Location {
    Location(start: start, end: end, line: line, column: column)
}

@Suite struct ParserTests {
    @Test func createsTheASTWithLocations() throws {
        let document = try parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n")
        let id = FieldNode(name: NameNode(value: "id", loc: loc(22, 24, 3, 5)), loc: loc(22, 24, 3, 5))
        let name = FieldNode(name: NameNode(value: "name", loc: loc(30, 34, 4, 5)), loc: loc(30, 34, 4, 5))
        let node = FieldNode(
            name: NameNode(value: "node", loc: loc(4, 8, 2, 3)),
            arguments: [ArgumentNode(name: NameNode(value: "id", loc: loc(9, 11, 2, 8)),
                                     value: ValueNode(.int("4"), loc: loc(13, 14, 2, 12)), loc: loc(9, 14, 2, 8))],
            selectionSet: SelectionSetNode(selections: [.field(id), .field(name)], loc: loc(16, 38, 2, 15)),
            loc: loc(4, 38, 2, 3))
        let operation = OperationDefinitionNode(operation: .query,
                                                selectionSet: SelectionSetNode(selections: [.field(node)], loc: loc(0, 40, 1, 1)),
                                                loc: loc(0, 40, 1, 1))
        #expect(document == DocumentNode(definitions: [.operation(operation)], loc: loc(0, 41, 1, 1)))
    }

    @Test func locationsCountUTF16ColumnsAndBytes() throws {
        let document = try parse("{ a(b: \"é😀\") c }")
        guard case .operation(let operation) = document.definitions[0], case .field(let c) = operation.selectionSet.selections[1] else {
            Issue.record("expected an operation with two fields")
            return
        }
        // "é😀" is 6 bytes but 3 UTF-16 units: c starts at byte 17, column 15.
        #expect(c.loc == loc(17, 18, 1, 15))
    }

    @Test func operationsVariablesAndFragments() throws {
        let document = try parse("""
            query Q($a: [Int!]! = [1] @d, $b: In = {x: null}) @o {
              alias: f(x: $a, y: ENUM) @skip(if: true) { ...F @s ... on T { z } ... @i { w } }
            }
            fragment F on T @fd { z }
            mutation { m }
            subscription S { s }
            """)
        #expect(document.definitions.count == 4)
        guard case .operation(let query) = document.definitions[0] else { Issue.record("not an operation"); return }
        #expect(query.name?.value == "Q")
        #expect(query.variableDefinitions.map(\.variable.name.value) == ["a", "b"])
        #expect(query.variableDefinitions[0].type.printed == "[Int!]!")
        #expect(query.variableDefinitions[0].defaultValue?.kind == .list([ValueNode(.int("1"), loc: loc(23, 24, 1, 24))]))
        #expect(query.variableDefinitions[0].directives.map(\.name.value) == ["d"])
        #expect(query.variableDefinitions[1].defaultValue?.printed == "{x: null}")
        #expect(query.directives.map(\.name.value) == ["o"])
        guard case .field(let field) = query.selectionSet.selections[0] else { Issue.record("not a field"); return }
        #expect(field.alias?.value == "alias" && field.name.value == "f" && field.responseKey == "alias")
        #expect(field.arguments.map(\.value.kind) == [.variable("a"), .enumValue("ENUM")])
        let selections = field.selectionSet?.selections ?? []
        guard selections.count == 3, case .fragmentSpread(let spread) = selections[0],
              case .inlineFragment(let typed) = selections[1], case .inlineFragment(let untyped) = selections[2] else {
            Issue.record("expected a spread and two inline fragments")
            return
        }
        #expect(spread.name.value == "F" && spread.directives.map(\.name.value) == ["s"])
        #expect(typed.typeCondition?.value == "T" && untyped.typeCondition == nil)
        #expect(untyped.directives.map(\.name.value) == ["i"])
        guard case .fragment(let fragment) = document.definitions[1], case .operation(let mutation) = document.definitions[2],
              case .operation(let subscription) = document.definitions[3] else { Issue.record("definitions"); return }
        #expect(fragment.name.value == "F" && fragment.typeCondition.value == "T" && fragment.directives.count == 1)
        #expect(mutation.operation == .mutation && mutation.name == nil)
        #expect(subscription.operation == .subscription && subscription.name?.value == "S")
    }

    @Test func valueLiterals() throws {
        let value = try parseValue(#"[1, -2.5e3, "s", """b""", true, false, null, ENUM, $v, {a: [], b: {}}]"#)
        guard case .list(let items) = value.kind else { Issue.record("not a list"); return }
        #expect(items.map(\.kind) == [
            .int("1"), .float("-2.5e3"), .string("s", block: false), .string("b", block: true), .boolean(true),
            .boolean(false), .null, .enumValue("ENUM"), .variable("v"),
            .object([ObjectFieldNode(name: NameNode(value: "a", loc: loc(56, 57, 1, 57)), value: ValueNode(.list([]), loc: loc(59, 61, 1, 60)),
                                     loc: loc(56, 61, 1, 57)),
                     ObjectFieldNode(name: NameNode(value: "b", loc: loc(63, 64, 1, 64)), value: ValueNode(.object([]), loc: loc(66, 68, 1, 67)),
                                     loc: loc(63, 68, 1, 64))]),
        ])
        #expect(throws: GraphQLError("Syntax Error: Unexpected variable \"$v\" in constant value.",
                                     locations: [SourceLocation(line: 1, column: 2)])) { try parseConstValue("[$v]") }
        #expect(throws: GraphQLError("Syntax Error: Expected <EOF>, found Int \"2\".",
                                     locations: [SourceLocation(line: 1, column: 3)])) { try parseValue("1 2") }
    }

    @Test func typeReferences() throws {
        #expect(try parseType("String") == .named(NameNode(value: "String", loc: loc(0, 6, 1, 1))))
        #expect(try parseType("[String!]!") == .nonNull(.list(.nonNull(.named(NameNode(value: "String", loc: loc(1, 7, 1, 2))),
                                                                       loc(1, 8, 1, 2)), loc(0, 9, 1, 1)), loc(0, 10, 1, 1)))
        #expect(throws: GraphQLError("Syntax Error: Expected Name, found \"!\".", locations: [SourceLocation(line: 1, column: 1)])) {
            try parseType("!")
        }
    }

    @Test func typeSystemDefinitionsAndExtensions() throws {
        let document = try parse(KitchenSink.typeSystem)
        #expect(document.definitions.count == 41)
        var extensions = 0
        for definition in document.definitions {
            switch definition {
            case .schema(let node): extensions += node.isExtension ? 1 : 0
            case .scalar(let node): extensions += node.isExtension ? 1 : 0
            case .object(let node): extensions += node.isExtension ? 1 : 0
            case .interface(let node): extensions += node.isExtension ? 1 : 0
            case .union(let node): extensions += node.isExtension ? 1 : 0
            case .enumType(let node): extensions += node.isExtension ? 1 : 0
            case .inputObject(let node): extensions += node.isExtension ? 1 : 0
            case .directive, .operation, .fragment: break
            }
        }
        #expect(extensions == 15)
        guard case .schema(let schema) = document.definitions[0], case .object(let foo) = document.definitions[3],
              case .interface(let baz) = document.definitions[14], case .union(let feed) = document.definitions[15],
              case .directive(let skip) = document.definitions[35], case .directive(let repeatable) = document.definitions[38] else {
            Issue.record("unexpected definition kinds")
            return
        }
        #expect(schema.description == StringValueNode(value: "The schema's description,\nspanning \"lines\".", block: true,
                                                      loc: loc(0, 51, 1, 1)))
        #expect(schema.operationTypes.map(\.type.value) == ["QueryType", "MutationType", "SubscriptionType"])
        #expect(foo.description?.value == "This is a description of the `Foo` type." && foo.description?.block == false)
        #expect(foo.interfaces.map(\.value) == ["Bar", "Baz", "Two"])
        #expect(foo.fields[1].arguments[0].description?.value == "This is a description of the `argument` argument.")
        #expect(foo.fields[3].arguments[0].defaultValue?.kind == .string("string", block: false))
        #expect(baz.interfaces.map(\.value) == ["Bar", "Two"])
        #expect(feed.types.map(\.value) == ["Story", "Article", "Advert"])
        #expect(skip.locations.map(\.value) == ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"] && !skip.repeatable)
        #expect(repeatable.repeatable && repeatable.name.value == "myRepeatableDir")
    }

    @Test func descriptionsOnExecutableDefinitions() throws {
        // September 2025 allows them; graphql-js 16 does not.
        let document = try parse("""
            "Fetches a cart."
            query Cart("The cart's id." $id: ID!) { cart(id: $id) { id } }
            \"""
            Money fields.
            \"""
            fragment Money on MoneyV2 { amount }
            """)
        guard case .operation(let operation) = document.definitions[0], case .fragment(let fragment) = document.definitions[1] else {
            Issue.record("expected an operation and a fragment")
            return
        }
        #expect(operation.description?.value == "Fetches a cart.")
        #expect(operation.loc.start == 0 && operation.loc.line == 1)
        #expect(operation.variableDefinitions[0].description?.value == "The cart's id.")
        #expect(fragment.description == StringValueNode(value: "Money fields.", block: true, loc: loc(81, 102, 3, 1)))
        #expect(fragment.loc == loc(81, 139, 3, 1))
        #expect(throws: GraphQLError("Syntax Error: Unexpected description, descriptions are supported only on type definitions.",
                                     locations: [SourceLocation(line: 1, column: 1)])) { try parse("\"d\" extend type A @x") }
    }

    @Test func keywordsAreNamesWhereNamesAreAllowed() throws {
        let document = try parse("query query($query: query = query) { query: query(on: on, fragment: null) ... on on { on } ...type }"
                                 + " fragment type on fragment { true }")
        #expect(document.printed == """
            query query($query: query = query) {
              query: query(on: on, fragment: null)
              ... on on {
                on
              }
              ...type
            }

            fragment type on fragment {
              true
            }
            """)
    }

    @Test(arguments: [
        ("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        ("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20),
        ("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10),
        ("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1),
        ("...", "Syntax Error: Unexpected \"...\".", 1, 1),
        ("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3),
        ("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37),
        ("query Foo($x: Int = $) { f }", "Syntax Error: Unexpected \"$\".", 1, 21),
        ("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        ("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        ("   # comment only\n", "Syntax Error: Unexpected <EOF>.", 2, 1),
        ("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2),
        ("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6),
        ("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5),
        ("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8),
        ("{ a(b: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        ("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13),
        ("{ a(b: {c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10),
        ("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        ("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6),
        ("{ a { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        ("query Q($a) { b }", "Syntax Error: Expected \":\", found \")\".", 1, 11),
        ("query Q(a: Int) { b }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9),
        ("query Q($a: [Int) { b }", "Syntax Error: Expected \"]\", found \")\".", 1, 17),
        ("query Q($a: Int!!) { b }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17),
        ("query Q { ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 18),
        ("subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13),
        ("mutation M", "Syntax Error: Expected \"{\", found <EOF>.", 1, 11),
        ("query Q @d( { a }", "Syntax Error: Expected Name, found \"{\".", 1, 13),
        ("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16),
        ("fragment F on T @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 19),
        ("\"desc\" extend type A @d", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("extend", "Syntax Error: Unexpected <EOF>.", 1, 7),
        ("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8),
        ("extend type", "Syntax Error: Expected Name, found <EOF>.", 1, 12),
        ("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend scalar A", "Syntax Error: Unexpected <EOF>.", 1, 16),
        ("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19),
        ("extend type A implements", "Syntax Error: Expected Name, found <EOF>.", 1, 25),
        ("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16),
        ("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10),
        ("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("type A { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12),
        ("type A { a(): B }", "Syntax Error: Expected Name, found \")\".", 1, 12),
        ("type A implements { a: B }", "Syntax Error: Expected Name, found \"{\".", 1, 19),
        ("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10),
        ("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14),
        ("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { \"d\" false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 14),
        ("enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13),
        ("input Hello { world(foo: Int): String }", "Syntax Error: Expected \":\", found \"(\".", 1, 20),
        ("input I { a: B = $c }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 18),
        ("type A { a(x: B = [$c]): D }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 20),
        ("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16),
        ("directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27),
        ("directive @d(a: B) repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 30),
        ("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11),
        ("directive @d repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 25),
        ("\"a\" \"b\" type A", "Syntax Error: Unexpected String \"b\".", 1, 5),
        ("type A { \"desc\" }", "Syntax Error: Expected Name, found \"}\".", 1, 17),
        ("\"desc\" { a }", "Syntax Error: Unexpected \"{\".", 1, 8),
        ("\"desc\" foo", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("{ a }\n\n  }", "Syntax Error: Unexpected \"}\".", 3, 3),
        ("query Q($v: Int = 1 @d(x: $y)) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 27),
        ("{ a(b: \"é😀\" c: $) }", "Syntax Error: Expected Name, found \")\".", 1, 18),
        ("type Q { f(a: Int = 1 @d(x: $y)): Int }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 29),
        ("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7),
        ("interface I implements & { a: B }", "Syntax Error: Expected Name, found \"{\".", 1, 26)
    ])
    func errors(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        #expect(throws: GraphQLError(message, locations: [SourceLocation(line: line, column: column)])) { try parse(source) }
    }
}
