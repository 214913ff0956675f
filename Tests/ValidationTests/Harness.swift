import Testing
@testable import GraphQLCore

// The shared schema of the validation tests: a small shop, with interfaces that implement
// interfaces, unions that do and do not overlap, arguments of every input kind, a @oneOf input,
// custom scalars and directives for every executable location. Expected errors were taken
// from graphql-js 16.6 (`validate(buildSchema(Harness.sdl), parse(doc), [Rule])`).
enum Harness {
    static let sdl = """
    schema {
      query: Query
      mutation: Mutation
      subscription: Subscription
    }

    directive @onQuery on QUERY
    directive @onMutation on MUTATION
    directive @onSubscription on SUBSCRIPTION
    directive @onField on FIELD
    directive @onFragmentDefinition on FRAGMENT_DEFINITION
    directive @onFragmentSpread on FRAGMENT_SPREAD
    directive @onInlineFragment on INLINE_FRAGMENT
    directive @onVariableDefinition on VARIABLE_DEFINITION
    directive @tag(name: String!) repeatable on FIELD | QUERY | FRAGMENT_SPREAD
    directive @cache(maxAge: Int!, scope: CacheScope = PUBLIC) on FIELD | QUERY

    enum CacheScope { PUBLIC PRIVATE }

    scalar DateTime
    scalar Decimal

    interface Node { id: ID! }

    interface Merchandise implements Node {
      id: ID!
      title: String!
      price: Money
    }

    type Money {
      amount: Decimal!
      currencyCode: CurrencyCode!
    }

    enum CurrencyCode { USD EUR GBP }

    type Product implements Node & Merchandise {
      id: ID!
      title: String!
      handle: String!
      price: Money
      tags: [String!]!
      vendor: Vendor
      variants(first: Int = 10, after: String): [ProductVariant!]!
      variant(id: ID!): ProductVariant
      images(sizes: [ImageSize!], crop: Boolean = false): [Image]
      description(format: TextFormat = PLAIN, truncateAt: Int): String
      collections: [Collection!]!
      createdAt: DateTime
      isGiftCard: Boolean!
      rating: Float
      related(limit: Int!, filter: ProductFilter): [Product!]!
    }

    type ProductVariant implements Node & Merchandise {
      id: ID!
      title: String!
      price: Money
      sku: String
      product: Product!
      available: Boolean
    }

    type GiftCard implements Node {
      id: ID!
      code: String!
      balance: Money
    }

    type Collection implements Node {
      id: ID!
      title: String!
      products(first: Int, sortKey: ProductSortKey, reverse: Boolean): [Product!]!
    }

    type Vendor {
      name: String!
      products: [Product!]
    }

    type Image {
      url(width: Int, height: Int): String!
      altText: String
    }

    enum ImageSize { SMALL MEDIUM LARGE }
    enum TextFormat { PLAIN HTML MARKDOWN }
    enum ProductSortKey { TITLE PRICE CREATED_AT BEST_SELLING }
    enum SearchType { PRODUCT COLLECTION VENDOR }

    union SearchResult = Product | Collection | Vendor
    union CartLineMerchandise = ProductVariant | GiftCard

    input ProductFilter {
      priceRange: PriceRange
      tag: String
      available: Boolean = true
      vendorNames: [String!]
      matrix: [[Int]]
    }

    input PriceRange {
      min: Decimal!
      max: Decimal
    }

    input CartLineInput {
      merchandiseId: ID!
      quantity: Int = 1
      attributes: [AttributeInput!]
    }

    input AttributeInput {
      key: String!
      value: String!
    }

    input ProductLookup @oneOf {
      id: ID
      handle: String
    }

    type Cart {
      id: ID!
      lines: [CartLine!]!
      totalQuantity: Int!
    }

    type CartLine {
      id: ID!
      quantity: Int!
      merchandise: CartLineMerchandise!
    }

    type Query {
      node(id: ID!): Node
      product(lookup: ProductLookup, id: ID, handle: String): Product
      products(first: Int = 20, filter: ProductFilter, sortKey: ProductSortKey = TITLE, query: String): [Product!]!
      search(query: String!, types: [SearchType!]): [SearchResult!]!
      collection(handle: String!): Collection
      cart(id: ID!): Cart
      merchandise(id: ID!): Merchandise
      shopName: String!
      echo(int: Int, float: Float, string: String, boolean: Boolean, id: ID, list: [Int], nonNullList: [Int!], format: TextFormat, filter: ProductFilter, dateTime: DateTime, lookup: ProductLookup): String
      required(count: Int!, name: String!, flag: Boolean = true): String
    }

    type Mutation {
      cartCreate(lines: [CartLineInput!]): Cart
      cartLinesAdd(cartId: ID!, lines: [CartLineInput!]!): Cart
    }

    type Subscription {
      cartUpdated(cartId: ID!): Cart
      productPriceChanged(productId: ID): Product
    }
    """

    /// The schema built from `sdl`.
    static let schema: GraphQLSchema = {
        do { return try buildASTSchema(parse(sdl)) } catch { fatalError("test schema: \(error)") }
    }()

    /// A schema with only a query type, for the operation type and subscription tests.
    static let queryOnlySchema: GraphQLSchema = {
        do { return try buildASTSchema(parse("type Query { shopName: String }")) } catch { fatalError("test schema: \(error)") }
    }()
}

/// The errors `rules` find in `document`, each written `message (line:column, ...)` so that a
/// failing test shows message and locations together.
func validationErrors(_ document: String, rules: [any ValidationRule.Type],
                      schema: GraphQLSchema = Harness.schema) -> [String] {
    let parsed: DocumentNode
    do { parsed = try parse(document) } catch { return ["parse failed: \(error)"] }
    return validate(schema: schema, document: parsed, rules: rules).map(\.described)
}

/// The errors one rule finds in `document`.
func validationErrors(_ document: String, rule: any ValidationRule.Type,
                      schema: GraphQLSchema = Harness.schema) -> [String] {
    validationErrors(document, rules: [rule], schema: schema)
}

extension GraphQLError {
    /// `message (line:column, ...)`.
    var described: String {
        locations.isEmpty ? message : message + " (" + locations.map { "\($0.line):\($0.column)" }.joined(separator: ", ") + ")"
    }
}
