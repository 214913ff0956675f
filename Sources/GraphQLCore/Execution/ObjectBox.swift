// Typed values inside the executor: an object keeps its Swift type, a list its element type.

/// An object value of a bound Swift type. Typed resolvers compare `swiftType` with their parent
/// type (a pointer comparison) and then read the value with no dynamic cast.
protocol AnyObjectBox: AnyObject {
    /// The Swift type of the value.
    var swiftType: ObjectIdentifier { get }
    /// The object type's name, for interfaces and unions, when the value names it.
    var typeName: String? { get }
    /// The value, for untyped resolvers.
    var any: Any { get }
}

/// An object value of the Swift type `Object`.
final class TypedObjectBox<Object: GraphQLObjectOutput>: AnyObjectBox {
    let value: Object
    let swiftType = ObjectIdentifier(Object.self)

    init(_ value: Object) { self.value = value }

    var typeName: String? { value.graphQLTypeName }
    var any: Any { value }
}

/// A list a typed resolver returned, read element by element.
protocol AnyListBox: AnyObject {
    /// The number of items.
    var count: Int { get }
    /// The item at `index`.
    func element(at index: Int) -> ResolvedValue
    /// The items, for untyped resolvers.
    var any: Any { get }
}

/// A list of `Element`s.
final class TypedListBox<Element: GraphQLOutput>: AnyListBox {
    let items: [Element]

    init(_ items: [Element]) { self.items = items }

    var count: Int { items.count }
    func element(at index: Int) -> ResolvedValue { items[index].graphQLValue.resolved }
    var any: Any { items }
}
