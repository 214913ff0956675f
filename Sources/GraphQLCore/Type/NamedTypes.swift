// The six named types.
// https://spec.graphql.org/September2025/#sec-Scalars and the sections after it.

/// A scalar: a leaf with its own coercion. The built-in scalars are `Int`, `Float`,
/// `String`, `Boolean` and `ID`; custom scalars bring their own hooks.
///
/// Each hook throws a `GraphQLError` whose message says why (graphql-js's wording, such as
/// `Int cannot represent non-integer value: "x"`); the caller adds locations and paths.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLScalarType: GraphQLNamedType, @unchecked Sendable {
    /// `@specifiedBy(url:)`, if any.
    public var specifiedByURL: String?
    /// Result coercion: a resolver's value to its JSON form.
    public var serialize: (Any) throws -> JSON
    /// Input coercion of a variable's JSON value.
    public var parseValue: (JSON) throws -> JSON
    /// Input coercion of a literal; the variables are given for literals that contain variables.
    public var parseLiteral: (ValueNode, JSONObject?) throws -> JSON

    /// Creates a scalar. Without hooks it passes JSON through unchanged, as custom scalars built
    /// from SDL do in graphql-js.
    public init(name: String, description: String? = nil, specifiedByURL: String? = nil,
                serialize: ((Any) throws -> JSON)? = nil,
                parseValue: ((JSON) throws -> JSON)? = nil,
                parseLiteral: ((ValueNode, JSONObject?) throws -> JSON)? = nil) {
        self.specifiedByURL = specifiedByURL
        self.serialize = serialize ?? GraphQLScalarType.identitySerialize
        self.parseValue = parseValue ?? { $0 }
        self.parseLiteral = parseLiteral ?? { node, variables in try valueFromASTUntyped(node, variables: variables) }
        super.init(name: name, description: description)
    }

    /// `.scalar`.
    public override var kind: TypeKind { .scalar }

    /// Serializes JSON and plain Swift values as they are.
    public static func identitySerialize(_ value: Any) throws -> JSON {
        if let json = JSONConvertible.json(from: value) { return json }
        throw GraphQLError("Cannot serialize value: \(value)")
    }
}

/// An object type: named fields, and the interfaces it implements.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLObjectType: GraphQLNamedType, @unchecked Sendable {
    /// The fields, in definition order.
    public var fields = FieldMap()
    /// The interfaces it implements, in order.
    public var interfaces: [GraphQLInterfaceType] = []

    /// Creates an object type; fields and interfaces are added afterwards.
    public override init(name: String, description: String? = nil) {
        super.init(name: name, description: description)
    }

    /// `.object`.
    public override var kind: TypeKind { .object }
}

/// An interface: fields that its implementations share; it may implement interfaces itself.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLInterfaceType: GraphQLNamedType, @unchecked Sendable {
    /// The fields, in definition order.
    public var fields = FieldMap()
    /// The interfaces it implements, in order.
    public var interfaces: [GraphQLInterfaceType] = []
    /// Decides a value's object type; `nil` reads `__typename` from the value (execution owns this).
    public var typeResolver: TypeResolver?

    /// Creates an interface; fields and interfaces are added afterwards.
    public override init(name: String, description: String? = nil) {
        super.init(name: name, description: description)
    }

    /// `.interface`.
    public override var kind: TypeKind { .interface }
}

/// A union of object types.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLUnionType: GraphQLNamedType, @unchecked Sendable {
    /// The member types, in order.
    public var types: [GraphQLObjectType] = []
    /// Decides a value's object type; `nil` reads `__typename` from the value (execution owns this).
    public var typeResolver: TypeResolver?

    /// Creates a union; members are added afterwards.
    public override init(name: String, description: String? = nil) {
        super.init(name: name, description: description)
    }

    /// `.union`.
    public override var kind: TypeKind { .union }
}

/// One value of an enum.
public struct GraphQLEnumValue: Sendable {
    /// The value's name, which is also its serialized form.
    public var name: String
    /// The description, if any.
    public var description: String?
    /// The reason given by `@deprecated`, if deprecated.
    public var deprecationReason: String?
    /// Where it was defined, for SDL-built schemas.
    public var definitionLocation: Location?

    /// Creates an enum value.
    public init(name: String, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name; self.description = description; self.deprecationReason = deprecationReason
    }
}

/// An enum: a leaf whose values are names.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLEnumType: GraphQLNamedType, @unchecked Sendable {
    /// The values, in definition order.
    public var values: [GraphQLEnumValue] = []
    private var index: [String: Int] = [:]

    /// Creates an enum; values are added with `add(_:)`.
    public init(name: String, description: String? = nil, values: [GraphQLEnumValue] = []) {
        super.init(name: name, description: description)
        values.forEach { add($0) }
    }

    /// `.enumType`.
    public override var kind: TypeKind { .enumType }

    /// Adds a value.
    public func add(_ value: GraphQLEnumValue) {
        index[value.name] = values.count
        values.append(value)
    }

    /// The value with this name, if any.
    public func value(named name: String) -> GraphQLEnumValue? {
        index[name].map { values[$0] }
    }
}

/// An input object: named input fields; with `@oneOf`, exactly one must be given.
// unchecked: restated from GraphQLNamedType; set while the schema is built, only read once it is shared
public final class GraphQLInputObjectType: GraphQLNamedType, @unchecked Sendable {
    /// The input fields, in definition order.
    public var fields: [GraphQLInputField] = []
    private var index: [String: Int] = [:]
    /// Whether the type is a OneOf input object (`@oneOf`).
    public var isOneOf = false

    /// Creates an input object; fields are added with `add(_:)`.
    public override init(name: String, description: String? = nil) {
        super.init(name: name, description: description)
    }

    /// `.inputObject`.
    public override var kind: TypeKind { .inputObject }

    /// Adds an input field.
    public func add(_ field: GraphQLInputField) {
        index[field.name] = fields.count
        fields.append(field)
    }

    /// The input field with this name, if any.
    public func field(named name: String) -> GraphQLInputField? {
        index[name].map { fields[$0] }
    }
}

extension GraphQLNamedType {
    /// The fields of an object or interface type; `nil` for other kinds.
    public var fieldMap: FieldMap? {
        if let object = self as? GraphQLObjectType { return object.fields }
        if let interface = self as? GraphQLInterfaceType { return interface.fields }
        return nil
    }

    /// The interfaces an object or interface implements; empty for other kinds.
    public var implementedInterfaces: [GraphQLInterfaceType] {
        if let object = self as? GraphQLObjectType { return object.interfaces }
        if let interface = self as? GraphQLInterfaceType { return interface.interfaces }
        return []
    }

    /// Objects, interfaces and unions.
    public var isCompositeType: Bool { kind == .object || kind == .interface || kind == .union }
    /// Interfaces and unions.
    public var isAbstractType: Bool { kind == .interface || kind == .union }
    /// Scalars and enums.
    public var isLeafType: Bool { kind == .scalar || kind == .enumType }
    /// Scalars, enums and input objects.
    public var isInputType: Bool { kind == .scalar || kind == .enumType || kind == .inputObject }
    /// Everything but input objects.
    public var isOutputType: Bool { kind != .inputObject }
}
