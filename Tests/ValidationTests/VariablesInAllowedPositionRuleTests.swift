import Testing
@testable import GraphQLCore

// VariablesInAllowedPositionRule: expectations from graphql-js 16.

@Suite struct VariablesInAllowedPositionRuleTests {

    @Test func sameTypesAndStricterTypes() throws {
        let found = try errors("""
            query Query($booleanArg: Boolean, $nonNullBooleanArg: Boolean!, $intArg: Int!, $stringListArg: [String!]) {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
                other: booleanArgField(booleanArg: $nonNullBooleanArg)
                nonNullIntArgField(nonNullIntArg: $intArg)
                stringListArgField(stringListArg: $stringListArg)
              }
              dog @include(if: $nonNullBooleanArg) { name }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [])
    }

    @Test func insideListsAndInputObjects() throws {
        let found = try errors("""
            query Query($stringVar: String!, $boolVar: Boolean!) {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
                complexArgField(complexArg: { requiredField: $boolVar, stringListField: [$stringVar] })
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [])
    }

    @Test func throughFragments() throws {
        let found = try errors("""
            query Query($booleanArg: Boolean) {
              complicatedArgs { ...booleanArgFrag }
            }
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [])
    }

    @Test func nullableIntoNonNull() throws {
        let found = try errors("""
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39))])
    }

    @Test func nullableIntoNonNullThroughFragments() throws {
        let found = try errors("""
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }
            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (7, 13), (2, 37))])
    }

    @Test func stringIntoStringList() throws {
        let found = try errors("""
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39))])
    }

    @Test func nullableItemsIntoNonNullItems() throws {
        let found = try errors("""
            query Query($stringListVar: [String]) {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (3, 53))])
    }

    @Test func nullableIntoNonNullDirectiveArgument() throws {
        let found = try errors("""
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar) { name }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20))])
    }

    @Test func wrongNamedType() throws {
        let found = try errors("""
            query Query($stringVar: String, $idVar: ID!) {
              dog @include(if: $stringVar) { name }
              complicatedArgs { intArgField(intArg: $idVar) }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)),
            .init("Variable \"$idVar\" of type \"ID!\" used in position expecting type \"Int\".", (1, 33), (3, 41))])
    }

    @Test func nonNullDefaultMakesUpForNullable() throws {
        let found = try errors("""
            query Query($intVar: Int = 1, $nullDefault: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
                other: nonNullIntArgField(nonNullIntArg: $nullDefault)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$nullDefault\" of type \"Int\" used in position expecting type \"Int!\".", (1, 31), (4, 46))])
    }

    @Test func positionDefaultMakesUpForNullable() throws {
        let found = try errors("""
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [])
    }

    @Test func eachOperationChecksItsOwnDefinitions() throws {
        let found = try errors("""
            query A($intArg: Int!) { complicatedArgs { ...frag } }
            query B($intArg: Int) { complicatedArgs { ...frag } }
            fragment frag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [.init("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 9), (3, 70))])
    }

    @Test func undefinedAndUnknownTypesAreLeftToOtherRules() throws {
        let found = try errors("""
            query Query($unknown: Unknown) {
              complicatedArgs {
                intArgField(intArg: $unknown)
                stringArgField(stringArg: $undefined)
              }
            }
            """, rules: [VariablesInAllowedPositionRule.self])
        #expect(found == [])
    }
}
