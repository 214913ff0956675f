import Foundation
import Testing
import GraphQLCore

// The static cost of operations, with exact numbers on a small schema.

private let costSchemaSDL = """
interface Node { id: ID! }
union SearchResult = Product | Shop
enum Kind { A B }
type Shop { name: String }
type PageInfo { hasNextPage: Boolean! }
type Money { amount: String }
type Variant { price: Money }
type ProductEdge { cursor: String!, node: Product! }
type ProductConnection { edges: [ProductEdge!]!, nodes: [Product!]!, pageInfo: PageInfo! }
type CollectionConnection { nodes: [Collection!]! }
type Collection { products(first: Int, last: Int): ProductConnection! }
type Product implements Node {
  id: ID!
  title: String
  kind: Kind
  collections(first: Int = 5): CollectionConnection!
  variants: [Variant!]!
}
type Query {
  shop: Shop
  tags: [String!]!
  products(first: Int, last: Int): ProductConnection!
  product(id: ID): Product
  search: [SearchResult!]!
  matrix: [[Product]]
  nodes(ids: [ID!]!): [Node]!
}
"""

@Suite("Query cost")
struct QueryCostTests {
    private static let schema = try! buildSchema(costSchemaSDL)

    private static func cost(_ source: String, variables: JSONObject? = nil, options: QueryCostOptions = QueryCostOptions()) throws -> Int {
        queryCost(schema: schema, document: try parse(source), variables: variables, options: options)
    }

    @Test("scalars and enums cost 0, an object field 1")
    func leavesAndObjects() throws {
        #expect(try Self.cost("{ tags product(id: 1) { id title kind } }") == 1)
        #expect(try Self.cost("{ shop { name } product { id } }") == 2)
    }

    @Test("a connection's edges and nodes are sized by its first or last")
    func connections() throws {
        // products 1 + pageInfo 1 + edges 50 × (1 + node 1)
        #expect(try Self.cost("{ products(first: 50) { pageInfo { hasNextPage } edges { cursor node { id title } } } }") == 102)
        // products 1 + nodes 20 × (1 + variants 10 × (1 + price 1))
        #expect(try Self.cost("{ products(last: 20) { nodes { variants { price { amount } } } } }") == 421)
        // with both, the larger counts
        #expect(try Self.cost("{ products(first: 3, last: 4) { nodes { id } } }") == 5)
    }

    @Test("a slicing argument's default, and lists without one (10 each level, nested lists multiply)")
    func defaultsAndNestedLists() throws {
        // product 1 + collections (first: 5 by default) 1 + nodes 5 × (1 + products 1 + nodes 2)
        #expect(try Self.cost("{ product(id: 1) { collections { nodes { products(first: 2) { nodes { id } } } } } }") == 22)
        #expect(try Self.cost("{ matrix { id } }") == 100)
        #expect(try Self.cost("{ matrix { id } }", options: QueryCostOptions(defaultListSize: 3)) == 9)
        // a connection without first or last: its nodes count 10
        #expect(try Self.cost("{ products { nodes { id } } }") == 11)
    }

    @Test("variables: the request's value, the variable's default, or the largest page when unknown")
    func variables() throws {
        let query = "query($n: Int) { products(first: $n) { nodes { id } } }"
        #expect(try Self.cost(query, variables: ["n": .int(7)]) == 8)
        #expect(try Self.cost(query) == 251)
        #expect(try Self.cost(query, variables: [:]) == 11)
        #expect(try Self.cost(query, variables: ["n": .int(-5)]) == 1)
        #expect(try Self.cost("query($n: Int = 3) { products(first: $n) { nodes { id } } }", variables: [:]) == 4)
        #expect(try Self.cost(query, options: QueryCostOptions(unknownSliceSize: 100)) == 101)
    }

    @Test("fragments are expanded, @skip and @include applied, every type condition counted")
    func fragmentsAndDirectives() throws {
        let query = """
            query($s: Boolean!) { products(first: 10) { ...F } shop @skip(if: $s) { name } }
            fragment F on ProductConnection { nodes { id } }
            """
        #expect(try Self.cost(query, variables: ["s": .bool(true)]) == 11)
        #expect(try Self.cost(query, variables: ["s": .bool(false)]) == 12)
        #expect(try Self.cost(query) == 12)
        #expect(try Self.cost("{ shop @include(if: false) { name } }") == 0)
        // search 10 × (1 + variants 10 × (1 + price 1)); Shop's name is a scalar
        #expect(try Self.cost("{ search { ... on Product { variants { price { amount } } } ... on Shop { name } } }") == 210)
    }

    @Test("introspection costs nothing")
    func introspection() throws {
        #expect(try Self.cost("{ __typename __schema { types { fields { name type { name } } } } __type(name: \"Shop\") { name } }") == 0)
    }

    @Test("the selected operation, by name")
    func operationName() throws {
        let document = try parse("query A { shop { name } } query B { products(first: 4) { nodes { id } } }")
        #expect(queryCost(schema: Self.schema, document: document, operationName: "A") == 1)
        #expect(queryCost(schema: Self.schema, document: document, operationName: "B") == 5)
        #expect(queryCost(schema: Self.schema, document: document) == 0)
        #expect(PreparedDocument(document, schema: Self.schema).cost(operationName: "B") == 5)
    }

    @Test("a cycle of 250-item pages saturates at Int.max instead of overflowing")
    func saturates() throws {
        var query = "{ products(first: 250) { nodes { id } } }"
        for _ in 0..<12 {
            query = query.replacingOccurrences(of: "nodes { id }", with: "nodes { collections(first: 250) { nodes { products(first: 250) { nodes { id } } } } }")
        }
        #expect(try Self.cost(query) == Int.max)
        // Depth 5 of the cycle: 1 + 250 × (1 + 1 + 250 × (1 + 1 + 250))
        let five = "{ products(first: 250) { nodes { collections(first: 250) { nodes { products(first: 250) { nodes { id } } } } } } }"
        #expect(try Self.cost(five) == 1 + 250 * (2 + 250 * (2 + 250)))
    }

    @Test("hostile documents: fragments spread twice per level, long fragment chains, fragment cycles")
    func hostileDocuments() throws {
        // Each fragment spreads the next twice: 2^N paths, each fragment costed once.
        func doubling(_ levels: Int) -> String {
            var source = "{ ...F0 }\n"
            for level in 0..<levels { source += "fragment F\(level) on Query { shop { name } ...F\(level + 1) ...F\(level + 1) }\n" }
            return source + "fragment F\(levels) on Query { shop { name } }\n"
        }
        let start = Date()
        #expect(queryCost(schema: Self.schema, document: try parse(doubling(40))) == (1 << 41) - 1)
        #expect(queryCost(schema: Self.schema, document: try parse(doubling(100))) == Int.max)
        // A chain of 20,000 fragments, each spreading the next.
        var chain = "{ shop { ...C0 } }\n"
        for index in 0..<20_000 { chain += "fragment C\(index) on Shop { name ...C\(index + 1) }\n" }
        chain += "fragment C20000 on Shop { name }\n"
        #expect(queryCost(schema: Self.schema, document: try parse(chain)) == Int.max)
        // Cycles (invalid, but costed without hanging).
        #expect(try Self.cost("{ shop { ...A } } fragment A on Shop { name ...B } fragment B on Shop { ...A }") == 1)
        #expect(Date().timeIntervalSince(start) < 20)
    }

    /// Found in review: a whole number below Int.min sent as a slicing variable trapped in the
    /// conversion to Int, before the executor ever saw that the variable is not an Int.
    @Test func slicingVariablesOutOfIntRangeDoNotTrap() throws {
        let query = "query($f: Int) { products(first: $f) { nodes { id } } }"
        #expect(try Self.cost(query, variables: ["f": .double(-1e300)]) == 1)
        #expect(try Self.cost(query, variables: ["f": .double(-1e19)]) == 1)
        #expect(try Self.cost(query, variables: ["f": .double(1e300)]) == Int.max)
    }

    /// A list field without slicing arguments returns one item per element of its list argument.
    @Test func aListArgumentSizesItsField() throws {
        let ids = (0..<250).map { "\"p\($0)\"" }.joined(separator: ",")
        #expect(try Self.cost("{ nodes(ids: [\(ids)]) { id } }") == 250)
        #expect(try Self.cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: ["ids": .array([.string("a"), .string("b")])]) == 2)
        #expect(try Self.cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }") == 250)
    }
}
