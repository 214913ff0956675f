import Testing
@testable import GraphQLCore

@Suite struct ScalarCoercionTests {
    @Test func intSerializeRejectsNonIntegers() throws {
        #expect(throws: GraphQLError("Int cannot represent non-integer value: \"x\"")) { try BuiltInScalars.int.serialize("x") }
        #expect(throws: GraphQLError("Int cannot represent non-integer value: 1.5")) { try BuiltInScalars.int.serialize(1.5) }
        #expect(throws: GraphQLError("Int cannot represent non 32-bit signed integer value: 2147483648")) {
            try BuiltInScalars.int.serialize(2_147_483_648)
        }
        #expect(try BuiltInScalars.int.serialize(true) == .int(1))
        #expect(try BuiltInScalars.int.serialize("12") == .int(12))
    }

    @Test func idAcceptsStringsAndIntegers() throws {
        #expect(try BuiltInScalars.id.parseValue(.int(4)) == .string("4"))
        #expect(throws: GraphQLError("ID cannot represent value: true")) { try BuiltInScalars.id.parseValue(.bool(true)) }
    }

    @Test func literalErrorsPrintTheLiteral() {
        let node = ValueNode(.object([ObjectFieldNode(name: NameNode(value: "a"), value: ValueNode(.string("b\n", block: false)))]))
        let error = #expect(throws: GraphQLError.self) { try BuiltInScalars.string.parseLiteral(node, nil) }
        #expect(error?.message == "String cannot represent a non string value: {a: \"b\\n\"}")
    }

    @Test func javaScriptNumberSpelling() {
        #expect(JSNumber.string(1.0) == "1")
        #expect(JSNumber.string(1.5) == "1.5")
        #expect(JSNumber.string(1e21) == "1e+21")
        #expect(JSNumber.string(1e-7) == "1e-7")
        #expect(JSNumber.string(0.000001) == "0.000001")
        #expect(JSNumber.string(123456789012.5) == "123456789012.5")
        #expect(JSNumber.string(-2.5e-5) == "-0.000025")
        // Integral values beyond Int64 but below 1e21 are spelled out in full, as JavaScript does.
        #expect(JSNumber.string(1e20) == "100000000000000000000")
        #expect(JSNumber.string(-9.5e18) == "-9500000000000000000")
        #expect(JSNumber.string(Double("12345678901234567890")!) == "12345678901234567000")
        #expect(JSNumber.string(9.2e18) == "9200000000000000000")
    }

    @Test func inspectMatchesGraphQLJS() {
        let value = JSON.object(["a": .array([.int(1), .string("x")]), "b": .object(["c": .object(["d": .null])])])
        #expect(value.inspected == "{ a: [1, \"x\"], b: { c: [Object] } }")
    }
}
