import Testing
import GraphQLCore

// IBM's @listSize and @cost read from the schema, the slicing argument rule, the actual cost
// of returned data, and the property that one query costs the same written with inline
// arguments, with variables, or through fragments.

private let directiveSchemaSDL = """
directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!],
                    requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | SCALAR | ENUM
interface Node { id: ID! }
type Review @cost(weight: "3") { stars: Int }
type Variant implements Node { id: ID!, sku: String @cost(weight: "2") }
type VariantConnection { edges: [VariantEdge!]!, nodes: [Variant!]!, totalCount: Int! }
type VariantEdge { node: Variant! }
type Product implements Node {
  id: ID!
  title: String
  variants(first: Int, last: Int, after: String): VariantConnection!
    @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"])
  reviews(limit: Int): [Review!]! @listSize(slicingArguments: ["limit"], requireOneSlicingArgument: false, assumedSize: 4)
  related(count: Int = 3): [Product!]! @listSize(slicingArguments: ["count"])
  heavy: Variant @cost(weight: "10")
}
type ProductConnection { nodes: [Product!]! }
type Query {
  products(first: Int, last: Int): ProductConnection!
    @listSize(slicingArguments: ["first", "last"], sizedFields: ["nodes"])
  top(n: Int): [Product!]! @listSize(slicingArguments: ["n"], requireOneSlicingArgument: false)
  node(id: ID!): Node
}
"""

@Suite("Cost directives, actual cost and normalization")
struct CostDirectiveTests {
    static let schema = try! buildSchema(directiveSchemaSDL)

    static func cost(_ source: String, _ variables: JSONObject = [:]) throws -> Int {
        PreparedDocument(try parse(source), schema: schema).cost(variables: variables)
    }

    static func errors(_ source: String) throws -> [String] {
        validate(schema: schema, document: try parse(source), rules: specifiedRules + [SlicingArgumentRule.self]).map(\.message)
    }

    @Test("@listSize gives slicing arguments, sized fields and assumed sizes; @cost weighs fields and types")
    func directives() throws {
        // products 1 + nodes 2 × (1 + variants 1 + nodes 5 × (1 + sku 2))
        #expect(try Self.cost("{ products(first: 2) { nodes { variants(first: 5) { nodes { id sku } } } } }") == 1 + 2 * (2 + 5 * 3))
        // reviews: its own slicing argument, else its assumed size 4; Review weighs 3
        #expect(try Self.cost("{ products(first: 1) { nodes { reviews(limit: 7) { stars } } } }") == 1 + 1 * (1 + 7 * 3))
        #expect(try Self.cost("{ products(first: 1) { nodes { reviews { stars } } } }") == 1 + 1 * (1 + 4 * 3))
        // related: the argument's default; heavy: the field's weight 10
        #expect(try Self.cost("{ top(n: 2) { related { id } heavy { id } } }") == 2 * (1 + 3 + 10))
        // top without its argument (not required): the default list size, 10
        #expect(try Self.cost("{ top { id } }") == 10)
        // edges are sized as nodes are, the connection's totalCount is a leaf
        #expect(try Self.cost("{ products(last: 3) { nodes { variants(last: 4) { totalCount edges { node { id } } } } } }")
                == 1 + 3 * (2 + 4 * 2))
    }

    @Test("a @listSize field must be given exactly one slicing argument (a default counts)")
    func slicingArgumentRule() throws {
        #expect(try Self.errors("{ products(first: 1) { nodes { id } } }").isEmpty)
        #expect(try Self.errors("{ products { nodes { id } } }")
                == ["Field \"products\" must be given one of its slicing arguments (first, last) so that its cost is known."])
        #expect(try Self.errors("{ products(first: 1, last: 2) { nodes { id } } }")
                == ["Field \"products\" must be given only one of its slicing arguments (first, last)."])
        #expect(try Self.errors("{ products(first: null) { nodes { id } } }").count == 1)
        #expect(try Self.errors("query($n: Int) { products(first: $n) { nodes { related { id } } } }").isEmpty)
        #expect(try Self.errors("{ top { id } products(last: 1) { nodes { reviews { stars } } } }").isEmpty)
    }

    @Test("one query costs the same with inline arguments, with variables and through fragments")
    func normalizedCost() throws {
        let shapes: [(first: Int, inner: Int, reviews: Int, skip: Bool)] = [(1, 1, 0, false), (2, 5, 7, true), (25, 250, 3, false), (250, 10, 1, true)]
        for shape in shapes {
            let inline = """
                { products(first: \(shape.first)) { nodes { id variants(first: \(shape.inner)) { nodes { sku } }
                  reviews(limit: \(shape.reviews)) { stars } heavy @skip(if: \(shape.skip)) { id } } } }
                """
            let variables = """
                query($f: Int, $i: Int!, $r: Int, $s: Boolean!) { products(first: $f) { nodes { id variants(first: $i) { nodes { sku } }
                  reviews(limit: $r) { stars } heavy @skip(if: $s) { id } } } }
                """
            let fragments = """
                query($i: Int = \(shape.inner)) { products(first: \(shape.first)) { ...Page } }
                fragment Page on ProductConnection { nodes { ...Item ... on Product { heavy @skip(if: \(shape.skip)) { ...V } } } }
                fragment Item on Product { id variants(first: $i) { nodes { ...V sku } } reviews(limit: \(shape.reviews)) { stars } }
                fragment V on Variant { id }
                """
            let values: JSONObject = ["f": .int(shape.first), "i": .int(shape.inner), "r": .int(shape.reviews), "s": .bool(shape.skip)]
            let expected = try Self.cost(inline)
            #expect(expected > 0)
            #expect(try Self.cost(variables, values) == expected, "\(shape)")
            #expect(try Self.cost(fragments) == expected, "\(shape)")
        }
    }

    @Test("costSummary says whether the cost read a variable")
    func constantCosts() throws {
        let fixed = PreparedDocument(try parse("{ products(first: 3) { nodes { id } } }"), schema: Self.schema).costSummary()
        #expect(fixed.cost == 4 && !fixed.readsVariables)
        let variable = PreparedDocument(try parse("query($n: Int) { products(first: $n) { nodes { id } } }"), schema: Self.schema)
            .costSummary(variables: ["n": .int(2)])
        #expect(variable.cost == 3 && variable.readsVariables)
    }

    @Test("the actual cost counts what was returned: short lists and nulls cost less, full lists what was requested")
    func actualCost() throws {
        let query = "{ products(first: 2) { nodes { id variants(first: 3) { nodes { sku } } heavy { id } } } }"
        let document = PreparedDocument(try parse(query), schema: Self.schema)
        let full = try JSONParser.parse("""
            {"products":{"nodes":[{"id":"1","variants":{"nodes":[{"sku":"a"},{"sku":"b"},{"sku":"c"}]},"heavy":{"id":"h"}},
             {"id":"2","variants":{"nodes":[{"sku":"d"},{"sku":"e"},{"sku":"f"}]},"heavy":{"id":"i"}}]}}
            """)
        #expect(document.actualCost(data: full) == document.cost())
        let short = try JSONParser.parse(#"{"products":{"nodes":[{"id":"1","variants":{"nodes":[{"sku":null}]},"heavy":null}]}}"#)
        // products 1 + one product 1 + variants 1 + one variant 1 (its sku null: 0)
        #expect(document.actualCost(data: short) == 4)
        #expect(document.actualCost(data: .null) == 0)
    }

    @Test("the actual cost of an abstract position counts only its runtime type's fragments when __typename is selected")
    func actualCostOfAbstractTypes() throws {
        let query = "{ node(id: 1) { __typename ... on Product { heavy { sku } } ... on Variant { sku } } }"
        let document = PreparedDocument(try parse(query), schema: Self.schema)
        let variant = try JSONParser.parse(#"{"node":{"__typename":"Variant","sku":"x"}}"#)
        #expect(document.actualCost(data: variant) == 1 + 2)
        let product = try JSONParser.parse(#"{"node":{"__typename":"Product","heavy":{"sku":"y"}}}"#)
        #expect(document.actualCost(data: product) == 1 + 10 + 2)
    }
}
