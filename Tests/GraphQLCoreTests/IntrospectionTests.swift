import Testing
@testable import GraphQLCore

/// Introspection answered by the engine's resolvers, expectations from graphql-js 16.
@Suite struct IntrospectionTests {
    static let sdl = #"""
        """The shop."""
        schema { query: Query }

        "An instant, ISO 8601."
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        enum Size { S M @deprecated(reason: "Sold out") L @deprecated }

        input Pick @oneOf { id: ID  handle: String }

        input Filter {
          size: Size = M
          sizes: [Size!] = [S, L]
          text: String = "a\"b"
          limit: Int = 10 @deprecated(reason: "Use first")
          nested: Pick = {handle: "x"}
        }

        directive @cache(ttl: Int = 60) repeatable on FIELD | QUERY

        interface Node { id: ID! }

        type Product implements Node {
          id: ID!
          title(locale: String = "en", old: Boolean @deprecated): String
          legacy: String @deprecated(reason: "Use title")
          at: DateTime
        }

        union Result = Product

        type Query {
          product(pick: Pick!, filter: Filter): Product
          results: [Result!]!
        }
        """#

    private func run(_ query: String) throws -> String {
        let schema = try buildSchema(IntrospectionTests.sdl)
        let document = PreparedDocument(try parse(query), schema: schema)
        return String(decoding: document.executeSync().json, as: UTF8.self)
    }

    @Test func schemaRootsAndDescription() throws {
        #expect(try run("{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }")
                == #"{"data":{"__schema":{"description":"The shop.","queryType":{"name":"Query"},"mutationType":null,"subscriptionType":null}}}"#)
    }

    @Test func typesInGraphQLJSOrder() throws {
        let out = try run("{ __schema { types { name kind } } }")
        #expect(out.hasPrefix(#"{"data":{"__schema":{"types":[{"name":"DateTime","kind":"SCALAR"},{"name":"Size","kind":"ENUM"},{"name":"Pick","kind":"INPUT_OBJECT"},{"name":"ID","kind":"SCALAR"},{"name":"String","kind":"SCALAR"},{"name":"Filter","kind":"INPUT_OBJECT"},{"name":"Int","kind":"SCALAR"},"#))
        #expect(out.contains(#"{"name":"__TypeKind","kind":"ENUM"}"#))
    }

    @Test func typeByNameWithWrappersAndFields() throws {
        let out = try run("{ __type(name: \"Product\") { kind name interfaces { name } possibleTypes { name } fields { name type { kind name ofType { kind name } } isDeprecated deprecationReason } } }")
        #expect(out == #"{"data":{"__type":{"kind":"OBJECT","name":"Product","interfaces":[{"name":"Node"}],"possibleTypes":null,"fields":[{"name":"id","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID"}},"isDeprecated":false,"deprecationReason":null},{"name":"title","type":{"kind":"SCALAR","name":"String","ofType":null},"isDeprecated":false,"deprecationReason":null},{"name":"at","type":{"kind":"SCALAR","name":"DateTime","ofType":null},"isDeprecated":false,"deprecationReason":null}]}}}"#)
        #expect(try run("{ __type(name: \"Nope\") { name } }") == #"{"data":{"__type":null}}"#)
        #expect(try run("{ __type(name: \"Node\") { possibleTypes { name } } r: __type(name: \"Result\") { possibleTypes { name } } }")
                == #"{"data":{"__type":{"possibleTypes":[{"name":"Product"}]},"r":{"possibleTypes":[{"name":"Product"}]}}}"#)
    }

    @Test func includeDeprecatedEverywhere() throws {
        let out = try run("""
            {
              p: __type(name: "Product") { fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated } } }
              s: __type(name: "Size") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              f: __type(name: "Filter") { inputFields { name } all: inputFields(includeDeprecated: true) { name deprecationReason } }
            }
            """)
        #expect(out == #"{"data":{"p":{"fields":[{"name":"id","args":[]},{"name":"title","args":[{"name":"locale","isDeprecated":false},{"name":"old","isDeprecated":true}]},{"name":"legacy","args":[]},{"name":"at","args":[]}]},"s":{"enumValues":[{"name":"S"}],"all":[{"name":"S","isDeprecated":false,"deprecationReason":null},{"name":"M","isDeprecated":true,"deprecationReason":"Sold out"},{"name":"L","isDeprecated":true,"deprecationReason":"No longer supported"}]},"f":{"inputFields":[{"name":"size"},{"name":"sizes"},{"name":"text"},{"name":"nested"}],"all":[{"name":"size","deprecationReason":null},{"name":"sizes","deprecationReason":null},{"name":"text","deprecationReason":null},{"name":"limit","deprecationReason":"Use first"},{"name":"nested","deprecationReason":null}]}}}"#)
    }

    @Test func defaultValuesPrintedAsLiterals() throws {
        let out = try run("{ __type(name: \"Filter\") { inputFields(includeDeprecated: true) { name defaultValue } } }")
        #expect(out == #"{"data":{"__type":{"inputFields":[{"name":"size","defaultValue":"M"},{"name":"sizes","defaultValue":"[S, L]"},{"name":"text","defaultValue":"\"a\\\"b\""},{"name":"limit","defaultValue":"10"},{"name":"nested","defaultValue":"{handle: \"x\"}"}]}}}"#)
    }

    /// graphql-js 16's astFromValue cannot write a custom scalar's list or object value:
    /// `defaultValue` is then a field error (checked against graphql-js 16.6).
    @Test func customScalarListOrObjectDefaultIsAFieldError() throws {
        let schema = try buildSchema("""
            scalar JSON
            type Query { f(a: JSON = 42, b: JSON = [1, "two"], c: JSON = {x: [1, {y: null}], z: E}): String }
            """)
        let query = "{ __type(name: \"Query\") { fields { args { name defaultValue } } } }"
        let out = String(decoding: PreparedDocument(try parse(query), schema: schema).executeSync().json, as: UTF8.self)
        #expect(out == #"{"errors":[{"message":"Cannot convert value to AST: [1, \"two\"].","locations":[{"line":1,"column":48}],"path":["__type","fields",0,"args",1,"defaultValue"]},{"message":"Cannot convert value to AST: { x: [1, [Object]], z: \"E\" }.","locations":[{"line":1,"column":48}],"path":["__type","fields",0,"args",2,"defaultValue"]}],"data":{"__type":{"fields":[{"args":[{"name":"a","defaultValue":"42"},{"name":"b","defaultValue":null},{"name":"c","defaultValue":null}]}]}}}"#)
    }

    @Test func scalarsOneOfAndDirectives() throws {
        let out = try run("""
            {
              d: __type(name: "DateTime") { description specifiedByURL isOneOf }
              p: __type(name: "Pick") { isOneOf }
              f: __type(name: "Filter") { isOneOf }
              __schema { directives { name isRepeatable locations args { name defaultValue } } }
            }
            """)
        #expect(out == #"{"data":{"d":{"description":"An instant, ISO 8601.","specifiedByURL":"https://tools.ietf.org/html/rfc3339","isOneOf":null},"p":{"isOneOf":true},"f":{"isOneOf":false},"__schema":{"directives":[{"name":"cache","isRepeatable":true,"locations":["FIELD","QUERY"],"args":[{"name":"ttl","defaultValue":"60"}]},{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}]},{"name":"skip","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}]},{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason","defaultValue":"\"No longer supported\""}]},{"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url","defaultValue":null}]},{"name":"oneOf","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[]}]}}}"#)
    }

    @Test func typenameOnEveryCompositeType() throws {
        #expect(try run("{ __typename __schema { __typename queryType { __typename } } }")
                == #"{"data":{"__typename":"Query","__schema":{"__typename":"__Schema","queryType":{"__typename":"__Type"}}}}"#)
    }
}
