// What typed resolvers return: Swift values whose GraphQL shape is known from their type, so
// the executor completes them with no casts (strings, numbers and booleans are written as they
// are, objects are handed to their own type's resolvers, lists are read in place).

/// A Swift value a typed resolver (`SchemaBinder.bind`) can return. `String`, `Int`, `Double`,
/// `Bool`, `JSON`, `GraphQLValue`, optionals and arrays of conforming values conform; an object
/// type's Swift values conform through `GraphQLObjectOutput`.
public protocol GraphQLOutput {
    /// The value as the executor completes it.
    var graphQLValue: GraphQLValue { get }
    /// The Swift type whose fields are bound to the object type this value completes as
    /// (through optionals and lists), checked against the schema's bindings when it is bound;
    /// `nil` for leaves and values whose object type is known only at run time.
    static var graphQLObjectSwiftType: Any.Type? { get }
}

/// The Swift value of a GraphQL object type: typed resolvers bound with this type as their
/// parent receive it as it is.
public protocol GraphQLObjectOutput: GraphQLOutput {
    /// The object type's name when this value is returned for an interface or union; `nil`
    /// leaves it to the type resolver.
    var graphQLTypeName: String? { get }
}

extension GraphQLObjectOutput {
    /// The value as an object.
    public var graphQLValue: GraphQLValue { GraphQLValue(.object(TypedObjectBox(self))) }
    /// `Self`.
    public static var graphQLObjectSwiftType: Any.Type? { Self.self }
    /// No type name unless the type says so.
    public var graphQLTypeName: String? { nil }
}

/// A resolver's result as the executor holds it: a leaf, JSON, an object of a bound Swift type
/// or a list, with no `Any` in between.
public struct GraphQLValue: GraphQLOutput {
    let resolved: ResolvedValue

    init(_ resolved: ResolvedValue) { self.resolved = resolved }

    /// `null`.
    public static var null: GraphQLValue { GraphQLValue(.null) }
    /// A string (also for `ID`, enum values and custom scalars that take strings).
    public static func string(_ value: String) -> GraphQLValue { GraphQLValue(.json(.string(value))) }
    /// An integer.
    public static func int(_ value: Int) -> GraphQLValue { GraphQLValue(.json(.int(value))) }
    /// A float.
    public static func double(_ value: Double) -> GraphQLValue { GraphQLValue(.json(.double(value))) }
    /// A boolean.
    public static func bool(_ value: Bool) -> GraphQLValue { GraphQLValue(.json(.bool(value))) }
    /// A JSON value, read by the default resolver below it.
    public static func json(_ value: JSON) -> GraphQLValue { GraphQLValue(.json(value)) }
    /// An object, completed by the resolvers bound to its Swift type.
    public static func object<Object: GraphQLObjectOutput>(_ value: Object) -> GraphQLValue {
        GraphQLValue(.object(TypedObjectBox(value)))
    }
    /// A list, read in place.
    public static func list<Element: GraphQLOutput>(_ items: [Element]) -> GraphQLValue {
        GraphQLValue(.typedList(TypedListBox(items)))
    }

    /// Itself.
    public var graphQLValue: GraphQLValue { self }
    /// Known only at run time.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension String: GraphQLOutput {
    /// `.string`.
    public var graphQLValue: GraphQLValue { GraphQLValue(.json(.string(self))) }
    /// A leaf.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension Int: GraphQLOutput {
    /// `.int`.
    public var graphQLValue: GraphQLValue { GraphQLValue(.json(.int(self))) }
    /// A leaf.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension Double: GraphQLOutput {
    /// `.double`.
    public var graphQLValue: GraphQLValue { GraphQLValue(.json(.double(self))) }
    /// A leaf.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension Bool: GraphQLOutput {
    /// `.bool`.
    public var graphQLValue: GraphQLValue { GraphQLValue(.json(.bool(self))) }
    /// A leaf.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension JSON: GraphQLOutput {
    /// The JSON value.
    public var graphQLValue: GraphQLValue { GraphQLValue(.json(self)) }
    /// Read by the default resolver: no Swift type.
    public static var graphQLObjectSwiftType: Any.Type? { nil }
}

extension Optional: GraphQLOutput where Wrapped: GraphQLOutput {
    /// `null` or the wrapped value.
    public var graphQLValue: GraphQLValue {
        switch self {
        case .none: return .null
        case .some(let wrapped): return wrapped.graphQLValue
        }
    }
    /// The wrapped type's.
    public static var graphQLObjectSwiftType: Any.Type? { Wrapped.graphQLObjectSwiftType }
}

extension Array: GraphQLOutput where Element: GraphQLOutput {
    /// A list read in place.
    public var graphQLValue: GraphQLValue { GraphQLValue(.typedList(TypedListBox(self))) }
    /// The element type's.
    public static var graphQLObjectSwiftType: Any.Type? { Element.graphQLObjectSwiftType }
}
