import Testing
@testable import GraphQLCore

// ProvidedRequiredArgumentsRule: expectations from graphql-js 16.

@Suite struct ProvidedRequiredArgumentsRuleTests {

    @Test func ignoresUnknownArgumentsAndFields() throws {
        let found = try errors("""
            { dog { isHouseTrained(unknownArgument: true) unknownField(a: 1) } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [])
    }

    @Test func noArgumentsOnOptionalArguments() throws {
        let found = try errors("""
            { dog { isHouseTrained } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [])
    }

    @Test func allRequiredArgumentsGiven() throws {
        let found = try errors("""
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
                reversed: multipleReqs(req2: 2, req1: 1)
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [])
    }

    @Test func nonNullArgumentWithDefaultIsOptional() throws {
        let found = try errors("""
            { complicatedArgs { nonNullFieldWithDefault } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [])
    }

    @Test func missingOneNonNullArgument() throws {
        let found = try errors("""
            { complicatedArgs { multipleReqs(req2: 2) } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21))])
    }

    @Test func missingMultipleNonNullArguments() throws {
        let found = try errors("""
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            .init("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))])
    }

    @Test func incorrectValueAndMissingArgument() throws {
        let found = try errors("""
            { complicatedArgs { multipleReqs(req1: "one") } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21))])
    }

    @Test func errorsInsideComeFirst() throws {
        let found = try errors("""
            {
              complicatedArgs {
                multipleReqs {
                  multipleReqs
                }
              }
            }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            .init("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5))])
    }

    @Test func directivesWithRequiredArguments() throws {
        let found = try errors("""
            {
              dog @include(if: true) { name @skip(if: false) }
              human @include { name @skip }
              cat @withArgs { name @withArgs(optional: 2) @onField }
            }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 9)),
            .init("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 25)),
            .init("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (4, 7)),
            .init("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (4, 24))])
    }

    @Test func directiveDefinedInTheDocument() throws {
        let found = try errors("""
            directive @custom(arg: Int!, other: [String!]! = [], third: [String!]!) on FIELD
            { dog @custom { name } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [.init("Directive \"@custom\" argument \"arg\" of type \"Int!\" is required, but it was not provided.", (2, 7)),
            .init("Directive \"@custom\" argument \"third\" of type \"[String!]!\" is required, but it was not provided.", (2, 7))])
    }

    @Test func unknownDirectiveIsIgnored() throws {
        let found = try errors("""
            { dog @unknown { name } }
            """, rules: [ProvidedRequiredArgumentsRule.self])
        #expect(found == [])
    }
}
