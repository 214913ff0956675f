// The type system: named types, wrapping types, fields, arguments and enum values.
// Types are reference types because they refer to each other in cycles; a schema is
// immutable once built, except for binding resolvers before it serves.
// https://spec.graphql.org/September2025/#sec-Types

/// The six kinds of named type.
public enum TypeKind: String, Sendable, Hashable {
    /// A leaf with custom coercion.
    case scalar = "SCALAR"
    /// An object with fields.
    case object = "OBJECT"
    /// An abstract type with fields.
    case interface = "INTERFACE"
    /// An abstract type over objects.
    case union = "UNION"
    /// A leaf with named values.
    case enumType = "ENUM"
    /// An input object.
    case inputObject = "INPUT_OBJECT"
}

/// Any named type. Compare by identity (`===`) or by name; names are unique in a schema.
// unchecked: its subclasses' settings are made while the schema is built and only read once it is shared
public class GraphQLNamedType: Hashable, @unchecked Sendable {
    /// The type's name.
    public let name: String
    /// The description, if any.
    public var description: String?
    /// Where the type was defined, for SDL-built types.
    public var definitionLocation: Location?
    /// Where the type's extensions were, for SDL-built types.
    public var extensionLocations: [Location] = []
    /// The weight `@cost(weight:)` gives the type (IBM's cost directive), for every field
    /// that returns it and has no weight of its own; nil for the default (1 for composite types, 0 for leaves).
    public var costWeight: Int?
    /// Which kind of named type this is.
    public var kind: TypeKind { fatalError("subclass must override") }

    init(name: String, description: String?) {
        self.name = name
        self.description = description
    }

    /// Identity.
    public static func == (lhs: GraphQLNamedType, rhs: GraphQLNamedType) -> Bool { lhs === rhs }
    /// Identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A reference to a type as written in a field or argument: named, list, or non-null.
public indirect enum GraphQLType: Hashable, CustomStringConvertible, Sendable {
    /// A named type.
    case named(GraphQLNamedType)
    /// `[T]`.
    case list(GraphQLType)
    /// `T!`.
    case nonNull(GraphQLType)

    /// The innermost named type.
    public var namedType: GraphQLNamedType {
        switch self {
        case .named(let type): return type
        case .list(let inner), .nonNull(let inner): return inner.namedType
        }
    }

    /// The type without an outer `!`.
    public var nullable: GraphQLType {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// Whether the outer type is non-null.
    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// Whether the type (under any `!`) is a list.
    public var isList: Bool {
        if case .list = nullable { return true }
        return false
    }

    /// The type as SDL writes it: `[String!]!`.
    public var description: String {
        switch self {
        case .named(let type): return type.name
        case .list(let inner): return "[\(inner)]"
        case .nonNull(let inner): return "\(inner)!"
        }
    }

    /// Input types: scalars, enums, input objects, and lists and non-nulls of them.
    public var isInputType: Bool {
        switch namedType.kind {
        case .scalar, .enumType, .inputObject: return true
        default: return false
        }
    }

    /// Output types: everything but input objects.
    public var isOutputType: Bool { namedType.kind != .inputObject }

    /// Leaf types: scalars and enums (unwrapped only).
    public var isLeafType: Bool {
        guard case .named(let type) = self else { return false }
        return type.kind == .scalar || type.kind == .enumType
    }

    /// Structural equality of two type references (same names, same wrapping).
    public static func == (lhs: GraphQLType, rhs: GraphQLType) -> Bool {
        switch (lhs, rhs) {
        case (.named(let a), .named(let b)): return a === b
        case (.list(let a), .list(let b)), (.nonNull(let a), .nonNull(let b)): return a == b
        default: return false
        }
    }

    /// Hashes the structure.
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

/// An argument of a field or directive.
// unchecked: set while the schema is built, only read once the schema is shared
public final class GraphQLArgument: @unchecked Sendable {
    /// The argument's name.
    public let name: String
    /// The description, if any.
    public var description: String?
    /// Its type (an input type).
    public var type: GraphQLType
    /// The default value, coerced; `nil` when there is none (`.null` is an explicit null default).
    public var defaultValue: JSON?
    /// The default value as written in SDL, if any.
    public var defaultValueNode: ValueNode?
    /// The reason given by `@deprecated`, if deprecated.
    public var deprecationReason: String?
    /// Where it was defined, for SDL-built schemas.
    public var definitionLocation: Location?

    /// Creates an argument.
    public init(name: String, type: GraphQLType, description: String? = nil, defaultValue: JSON? = nil,
                defaultValueNode: ValueNode? = nil, deprecationReason: String? = nil) {
        self.name = name; self.type = type; self.description = description
        self.defaultValue = defaultValue; self.defaultValueNode = defaultValueNode
        self.deprecationReason = deprecationReason
    }

    /// Whether the argument must be given: non-null with no default.
    public var isRequired: Bool { type.isNonNull && defaultValue == nil }
}

/// An input object's field: the same shape as an argument.
public typealias GraphQLInputField = GraphQLArgument

/// A field of an object or interface type.
// unchecked: set and bound while the schema is built, only read once the schema is shared
public final class GraphQLField: @unchecked Sendable {
    /// The field's name.
    public let name: String
    /// The description, if any.
    public var description: String?
    /// Its type (an output type).
    public var type: GraphQLType
    /// Its arguments, in definition order.
    public var arguments: [GraphQLArgument]
    /// The reason given by `@deprecated`, if deprecated.
    public var deprecationReason: String?
    /// Where it was defined, for SDL-built schemas.
    public var definitionLocation: Location?
    /// Its `@listSize` (IBM's cost directive): how large a list it returns, or sizes its connection's lists.
    public var listSize: ListSize?
    /// The weight `@cost(weight:)` gives the field; nil for its type's weight.
    public var costWeight: Int?
    /// How the executor gets the field's value; `nil` uses the default resolver, which reads
    /// the field's name from the parent value. Bind before the schema serves (execution owns this).
    public var resolver: FieldResolver?

    /// Creates a field.
    public init(name: String, type: GraphQLType, arguments: [GraphQLArgument] = [], description: String? = nil,
                deprecationReason: String? = nil) {
        self.name = name; self.type = type; self.arguments = arguments
        self.description = description; self.deprecationReason = deprecationReason
    }

    /// The argument with this name, if any.
    public func argument(named name: String) -> GraphQLArgument? {
        arguments.first { $0.name == name }
    }
}

/// Fields in definition order with lookup by name, shared by objects and interfaces.
public struct FieldMap: Sequence, Sendable {
    /// The fields, in definition order.
    public private(set) var ordered: [GraphQLField] = []
    private var byName: [String: GraphQLField] = [:]

    /// An empty map.
    public init() {}

    /// The field with this name.
    public subscript(name: String) -> GraphQLField? { byName[name] }

    /// Adds a field; a field of the same name is replaced in place.
    public mutating func add(_ field: GraphQLField) {
        if byName[field.name] != nil, let index = ordered.firstIndex(where: { $0.name == field.name }) {
            ordered[index] = field
        } else {
            ordered.append(field)
        }
        byName[field.name] = field
    }

    /// The number of fields.
    public var count: Int { ordered.count }

    /// The fields in order.
    public func makeIterator() -> IndexingIterator<[GraphQLField]> { ordered.makeIterator() }
}
