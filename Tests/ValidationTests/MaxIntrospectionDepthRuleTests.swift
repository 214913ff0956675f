import Testing
@testable import GraphQLCore

// MaxIntrospectionDepthRule: expectations from graphql-core 3.2 (graphql-js 16.9+).

@Suite struct MaxIntrospectionDepthRuleTests {

    @Test func fieldsTwoDeepIsAllowed() throws {
        let found = try errors("""
            {
              __schema {
                types {
                  fields { type { fields { name } } }
                  interfaces { name }
                  possibleTypes { fields { name } }
                }
              }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [])
    }

    @Test func fieldsThreeDeep() throws {
        let found = try errors("""
            {
              __schema {
                types {
                  fields { type { fields { type { fields { name } } } } }
                }
              }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [.init("Maximum introspection depth exceeded", (2, 3))])
    }

    @Test func interfacesPossibleTypesAndInputFieldsCount() throws {
        let found = try errors("""
            {
              __type(name: "Query") {
                interfaces { possibleTypes { inputFields { name } } }
              }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [.init("Maximum introspection depth exceeded", (2, 3))])
    }

    @Test func throughFragments() throws {
        let found = try errors("""
            query {
              __schema { types { ...F1 } }
            }
            fragment F1 on __Type { fields { type { ...F2 } } }
            fragment F2 on __Type { fields { type { ...F3 } } }
            fragment F3 on __Type { fields { name } }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [.init("Maximum introspection depth exceeded", (2, 3))])
    }

    @Test func throughInlineFragmentsAndAliases() throws {
        let found = try errors("""
            {
              a: __type(name: "Query") { ... on __Type { b: fields { c: type { d: fields { e: type { f: fields { name } } } } } } }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [.init("Maximum introspection depth exceeded", (2, 3))])
    }

    @Test func reusedFragmentsAreChecked() throws {
        let found = try errors("""
            {
              __schema {
                types { ...T }
                queryType { fields { type { ...T } } }
              }
            }
            fragment T on __Type { fields { type { name } } }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [])
    }

    @Test func cycleIsLeftToNoFragmentCycles() throws {
        let found = try errors("""
            {
              __schema { types { ...A } }
            }
            fragment A on __Type { ofType { ...A } }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [])
    }

    @Test func eachIntrospectionFieldReportsOnce() throws {
        let found = try errors("""
            {
              __schema { types { fields { type { fields { type { fields { name } } } } } } }
              __type(name: "Query") { fields { type { fields { type { fields { name } } } } } }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [.init("Maximum introspection depth exceeded", (2, 3)),
            .init("Maximum introspection depth exceeded", (3, 3))])
    }

    @Test func unknownFragmentsAreIgnored() throws {
        let found = try errors("""
            {
              __schema { types { ...Missing } }
            }
            """, rules: [MaxIntrospectionDepthRule.self])
        #expect(found == [])
    }
}
