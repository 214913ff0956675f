import Testing
@testable import GraphQLCore

// UniqueInputFieldNamesRule: expectations from graphql-js 16.

@Suite struct UniqueInputFieldNamesRuleTests {

    @Test func uniqueFields() throws {
        let found = try errors("""
            { field(arg: { f1: "value", f2: "value", f3: "value" }) }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [])
    }

    @Test func sameNamesInNestedObjects() throws {
        let found = try errors("""
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [])
    }

    @Test func sameNamesInListOfObjects() throws {
        let found = try errors("""
            { field(arg: [{ f: true }, { f: true }]) }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [])
    }

    @Test func duplicateField() throws {
        let found = try errors("""
            { field(arg: { f1: "value", f1: "value" }) }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [.init("There can be only one input field named \"f1\".", (1, 16), (1, 29))])
    }

    @Test func manyDuplicateFields() throws {
        let found = try errors("""
            { field(arg: { f1: "value", f1: "value", f1: "value" }) }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [.init("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
            .init("There can be only one input field named \"f1\".", (1, 16), (1, 42))])
    }

    @Test func nestedDuplicateFields() throws {
        let found = try errors("""
            { field(arg: { f1: {f2: "value", f2: "value" }}) }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [.init("There can be only one input field named \"f2\".", (1, 21), (1, 34))])
    }

    @Test func duplicatesInDirectivesAndDefaults() throws {
        let found = try errors("""
            query Q($v: ComplexInput = { intField: 1, intField: 2 }) {
              dog @include(if: { a: 1, a: 2 }) { name }
            }
            """, rules: [UniqueInputFieldNamesRule.self])
        #expect(found == [.init("There can be only one input field named \"intField\".", (1, 30), (1, 43)),
            .init("There can be only one input field named \"a\".", (2, 22), (2, 28))])
    }
}
