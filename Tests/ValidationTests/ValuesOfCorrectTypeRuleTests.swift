import Testing
@testable import GraphQLCore

// ValuesOfCorrectTypeRule: expectations from graphql-js 16 (graphql-core 3.2 for @oneOf).

@Suite struct ValuesOfCorrectTypeRuleTests {

    @Test func goodValues() throws {
        let found = try errors("""
            {
              complicatedArgs {
                intArgField(intArg: 2)
                stringArgField(stringArg: "foo")
                booleanArgField(booleanArg: true)
                enumArgField(enumArg: BROWN)
                floatArgField(floatArg: 1.1)
                idArgField(idArg: 1)
                stringListArgField(stringListArg: ["one", null, "two"])
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
              dog { isHouseTrained(atOtherHomes: null) }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [])
    }

    @Test func intIntoString() throws {
        let found = try errors("""
            { complicatedArgs { stringArgField(stringArg: 1) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("String cannot represent a non string value: 1", (1, 47))])
    }

    @Test func stringIntoInt() throws {
        let found = try errors("""
            { complicatedArgs { intArgField(intArg: "3") } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non-integer value: \"3\"", (1, 41))])
    }

    @Test func bigIntIntoInt() throws {
        let found = try errors("""
            { complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 41))])
    }

    @Test func floatIntoInt() throws {
        let found = try errors("""
            { complicatedArgs { intArgField(intArg: 3.333) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non-integer value: 3.333", (1, 41))])
    }

    @Test func booleanIntoFloatAndID() throws {
        let found = try errors("""
            { complicatedArgs { floatArgField(floatArg: true) idArgField(idArg: 1.0) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Float cannot represent non numeric value: true", (1, 45)),
            .init("ID cannot represent a non-string and non-integer value: 1.0", (1, 69))])
    }

    @Test func stringIntoEnum() throws {
        let found = try errors("""
            { complicatedArgs { enumArgField(enumArg: "BROWN") } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 43))])
    }

    @Test func unknownEnumValueWithSuggestion() throws {
        let found = try errors("""
            { dog { doesKnowCommand(dogCommand: sit) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (1, 37))])
    }

    @Test func enumValueWrongCase() throws {
        let found = try errors("""
            { dog { doesKnowCommand(dogCommand: heel) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Value \"heel\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?", (1, 37))])
    }

    @Test func nullIntoNonNull() throws {
        let found = try errors("""
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Expected value of type \"Int!\", found null.", (1, 55))])
    }

    @Test func listItemOfWrongType() throws {
        let found = try errors("""
            { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("String cannot represent a non string value: 2", (1, 63))])
    }

    @Test func singleValueIntoList() throws {
        let found = try errors("""
            { complicatedArgs { stringListArgField(stringListArg: 1) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("String cannot represent a non string value: 1", (1, 55))])
    }

    @Test func listIntoScalar() throws {
        let found = try errors("""
            { complicatedArgs { intArgField(intArg: [1, 2]) nonNullIntArgField(nonNullIntArg: [3]) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non-integer value: [1, 2]", (1, 41)),
            .init("Int cannot represent non-integer value: [3]", (1, 83))])
    }

    @Test func objectIntoScalar() throws {
        let found = try errors("""
            { complicatedArgs { intArgField(intArg: {a: 1}) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non-integer value: {a: 1}", (1, 41))])
    }

    @Test func scalarIntoInputObject() throws {
        let found = try errors("""
            { complicatedArgs { complexArgField(complexArg: 1) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Expected value of type \"ComplexInput\", found 1.", (1, 49))])
    }

    @Test func nullInNonNullList() throws {
        let found = try errors("""
            { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Expected value of type \"String!\", found null.", (1, 75))])
    }

    @Test func missingRequiredInputField() throws {
        let found = try errors("""
            { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49))])
    }

    @Test func unknownInputFieldWithSuggestion() throws {
        let found = try errors("""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, invalidField: "value", stringListFeld: [] })
              }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (3, 56)),
            .init("Field \"stringListFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\" or \"stringField\"?", (3, 79))])
    }

    @Test func partialObjectWithWrongValues() throws {
        let found = try errors("""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  stringListField: ["one", 2],
                  nonNullField: null,
                })
              }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("String cannot represent a non string value: 2", (5, 32)),
            .init("Expected value of type \"Boolean!\", found null.", (6, 21))])
    }

    @Test func directiveArguments() throws {
        let found = try errors("""
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            .init("Boolean cannot represent a non boolean value: ENUM", (3, 20))])
    }

    @Test func variableDefaultValues() throws {
        let found = try errors("""
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = { requiredField: true, intField: "abc" }
              $d: Int! = null
            ) {
              dog { name }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Int cannot represent non-integer value: \"one\"", (2, 13)),
            .init("String cannot represent a non string value: 4", (3, 16)),
            .init("Int cannot represent non-integer value: \"abc\"", (4, 55)),
            .init("Expected value of type \"Int!\", found null.", (5, 14))])
    }

    @Test func variablesInValuesAreNotChecked() throws {
        let found = try errors("""
            query Q($int: Int, $list: [String]) {
              complicatedArgs {
                intArgField(intArg: $int)
                stringListArgField(stringListArg: [$int, "a"])
                complexArgField(complexArg: { requiredField: $int, stringListField: $list })
              }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [])
    }

    @Test func oneOfExactlyOneField() throws {
        let found = try errors("""
            query Q($s: String!) {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { stringField: "abc" })
                b: oneOfArgField(oneOfArg: { intField: 1 })
                c: oneOfArgField(oneOfArg: { stringField: $s })
              }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [])
    }

    @Test func oneOfTwoFields() throws {
        let found = try errors("""
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45))])
    }

    @Test func oneOfNoField() throws {
        let found = try errors("""
            { complicatedArgs { oneOfArgField(oneOfArg: {}) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45))])
    }

    @Test func oneOfNullField() throws {
        let found = try errors("""
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Field \"OneOfInput.stringField\" must be non-null.", (1, 45))])
    }

    @Test func oneOfNullableVariable() throws {
        let found = try errors("""
            query Q($s: String) {
              complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) }
            }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Variable \"s\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 45))])
    }

    @Test func oneOfUnknownField() throws {
        let found = try errors("""
            { complicatedArgs { oneOfArgField(oneOfArg: { stringFeld: "a" }) } }
            """, rules: [ValuesOfCorrectTypeRule.self])
        #expect(found == [.init("Field \"stringFeld\" is not defined by type \"OneOfInput\". Did you mean \"stringField\" or \"intField\"?", (1, 47))])
    }
}
