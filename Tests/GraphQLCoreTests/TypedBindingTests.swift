import Testing
@testable import GraphQLCore

/// `SchemaBinder`: typed resolvers get their parent and context as the Swift types they were
/// bound with, and every mismatch of those types is an error when binding.
@Suite struct TypedBindingTests {
    struct Shop: GraphQLObjectOutput {
        let name: String
        let items: [Item]
    }

    struct Item: GraphQLObjectOutput {
        let title: String
        let price: Int
        let tags: [String]
        var graphQLTypeName: String? { "Item" }
    }

    struct Gadget: GraphQLObjectOutput {
        let serial: String
        var graphQLTypeName: String? { "Gadget" }
    }

    /// An interface value: an item or a gadget.
    enum Thing: GraphQLOutput {
        case item(Item), gadget(Gadget)
        var graphQLValue: GraphQLValue {
            switch self {
            case .item(let item): return .object(item)
            case .gadget(let gadget): return .object(gadget)
            }
        }
        static var graphQLObjectSwiftType: Any.Type? { nil }
    }

    final class Session {
        let currency: String
        init(currency: String) { self.currency = currency }
    }

    final class OtherSession {}

    static let sdl = """
    interface Thing { label: String! }
    type Item implements Thing { label: String! title: String price(times: Int = 1): Int tags: [String!]! currency: String }
    type Gadget implements Thing { label: String! serial: ID }
    type Shop { name: String items: [Item!]! }
    type Query { shop: Shop things: [Thing] later: Item }
    """

    static let shop = Shop(name: "Corner", items: [Item(title: "Mug", price: 7, tags: ["a", "b"]),
                                                   Item(title: "Pot", price: 20, tags: [])])

    static func bound() throws -> GraphQLSchema {
        let schema = try buildSchema(sdl)
        let binder = try schema.binder(context: Session.self)
        try binder.bindRoot("Query.shop") { _, _ in shop }
        try binder.bindRoot("Query.things") { _, _ in [Thing.item(shop.items[0]), Thing.gadget(Gadget(serial: "G-1")), nil] }
        try binder.bindRootAsync("Query.later") { _, _, _ in shop.items[1] }
        try binder.bind(Shop.self, "Shop.name") { shop, _, _ in shop.name }
        try binder.bind(Shop.self, "Shop.items") { shop, _, _ in shop.items }
        try binder.bind(Item.self, "Item.label") { item, _, _ in item.title.uppercased() }
        try binder.bind(Item.self, "Item.title") { item, _, _ in item.title }
        try binder.bind(Item.self, "Item.price") { item, arguments, _ in
            guard case .int(let times)? = arguments["times"] else { return item.price }
            return item.price * times
        }
        try binder.bind(Item.self, "Item.tags") { item, _, _ in item.tags }
        try binder.bind(Item.self, "Item.currency") { _, _, session in session.currency }
        try binder.bind(Gadget.self, "Gadget.label") { gadget, _, _ in "gadget \(gadget.serial)" }
        try binder.bind(Gadget.self, "Gadget.serial") { gadget, _, _ in gadget.serial }
        return schema
    }

    static func run(_ schema: GraphQLSchema, _ query: String, context: Any?) async throws -> String {
        let document = try parse(query)
        #expect(validate(schema: schema, document: document).isEmpty)
        let result = await PreparedDocument(document, schema: schema).execute(contextValue: context)
        return String(decoding: result.json, as: UTF8.self)
    }

    @Test("parents, lists, arguments, the context and async fields arrive typed")
    func typedExecution() async throws {
        let schema = try Self.bound()
        let answer = try await Self.run(schema, "{ shop { name items { title price(times: 3) tags currency } } later { label } }",
                                        context: Session(currency: "EUR"))
        #expect(answer == #"{"data":{"shop":{"name":"Corner","items":[{"title":"Mug","price":21,"tags":["a","b"],"currency":"EUR"},{"title":"Pot","price":60,"tags":[],"currency":"EUR"}]},"later":{"label":"POT"}}}"#)
    }

    @Test("an interface's object type comes from the value's graphQLTypeName")
    func interfaces() async throws {
        let schema = try Self.bound()
        let answer = try await Self.run(schema, "{ things { __typename label ... on Gadget { serial } } }", context: Session(currency: "EUR"))
        #expect(answer == #"{"data":{"things":[{"__typename":"Item","label":"MUG"},{"__typename":"Gadget","label":"gadget G-1","serial":"G-1"},null]}}"#)
    }

    @Test("a context value of another type is a request error, not a null field")
    func wrongContext() async throws {
        let schema = try Self.bound()
        let answer = try await Self.run(schema, "{ shop { name } }", context: OtherSession())
        #expect(answer.contains("need a"))
        #expect(answer.contains("Session as the context value"))
        #expect(!answer.contains("\"data\""))
    }

    @Test("binding an object type's fields to two Swift types throws when binding")
    func parentMismatch() throws {
        let schema = try buildSchema(Self.sdl)
        let binder = try schema.binder(context: Session.self)
        try binder.bind(Item.self, "Item.title") { item, _, _ in item.title }
        #expect(throws: GraphQLError.self) { try binder.bind(Gadget.self, "Item.label") { gadget, _, _ in gadget.serial } }
    }

    @Test("a resolver returning another Swift type than its object type's throws, in either order")
    func resultMismatch() throws {
        let first = try buildSchema(Self.sdl)
        let binder = try first.binder(context: Session.self)
        try binder.bind(Item.self, "Item.title") { item, _, _ in item.title }
        #expect(throws: GraphQLError.self) { try binder.bindRoot("Query.later") { _, _ in Gadget(serial: "x") } }

        let second = try buildSchema(Self.sdl)
        let other = try second.binder(context: Session.self)
        try other.bindRoot("Query.later") { _, _ in Gadget(serial: "x") }
        #expect(throws: GraphQLError.self) { try other.bind(Item.self, "Item.title") { item, _, _ in item.title } }
    }

    @Test("a second binder with another context type throws")
    func contextMismatch() throws {
        let schema = try buildSchema(Self.sdl)
        _ = try schema.binder(context: Session.self)
        _ = try schema.binder(context: Session.self)
        #expect(throws: GraphQLError.self) { _ = try schema.binder(context: OtherSession.self) }
    }

    @Test("root binding is only for root types, and unknown fields throw")
    func coordinates() throws {
        let schema = try buildSchema(Self.sdl)
        let binder = try schema.binder(context: Session.self)
        #expect(throws: GraphQLError.self) { try binder.bindRoot("Item.title") { _, _ in "x" } }
        #expect(throws: GraphQLError.self) { try binder.bind(Item.self, "Item.nope") { _, _, _ in "x" } }
        #expect(throws: GraphQLError.self) { try binder.bind(Item.self, "Thing.label") { _, _, _ in "x" } }
    }
}
