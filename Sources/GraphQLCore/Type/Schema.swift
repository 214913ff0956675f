// A schema: root operation types, every type reachable from them, and directives.
// https://spec.graphql.org/September2025/#sec-Schema

/// A GraphQL schema. Its `types` are in graphql-js's order, which is the order introspection
/// reports them in: the given types, each followed by the types it first references, then the
/// root types', directives' and introspection types' references.
// unchecked: its maps are filled in init and its locations set before it is shared, then only read
public final class GraphQLSchema: @unchecked Sendable {
    /// The schema's description, if any.
    public let description: String?
    /// The query root type.
    public let queryType: GraphQLObjectType?
    /// The mutation root type, if any.
    public let mutationType: GraphQLObjectType?
    /// The subscription root type, if any.
    public let subscriptionType: GraphQLObjectType?
    /// The directives, in order.
    public let directives: [GraphQLDirective]
    /// Every named type, in graphql-js's order.
    public let types: [GraphQLNamedType]
    /// Where the schema definition was, for SDL-built schemas.
    public var definitionLocation: Location?
    /// Where its extensions were.
    public var extensionLocations: [Location] = []
    /// The Swift types typed resolvers were bound with (`SchemaBinder`), checked as they are bound.
    let typedBindings = TypedBindings()

    private let typeMap: [String: GraphQLNamedType]
    private let directiveMap: [String: GraphQLDirective]
    private var implementations: [ObjectIdentifier: (objects: [GraphQLObjectType], interfaces: [GraphQLInterfaceType])] = [:]
    private var possibleTypeSets: [ObjectIdentifier: Set<ObjectIdentifier>] = [:]  // filled once, read-only after init

    /// Creates a schema. `types` are types to include beyond those reachable from the roots.
    /// Fails if two different types share a name.
    public init(query: GraphQLObjectType?, mutation: GraphQLObjectType? = nil, subscription: GraphQLObjectType? = nil,
                types: [GraphQLNamedType] = [], directives: [GraphQLDirective] = SpecifiedDirectives.all,
                description: String? = nil) throws {
        self.queryType = query
        self.mutationType = mutation
        self.subscriptionType = subscription
        self.directives = directives
        self.description = description

        var collected = OrderedTypeSet()
        for type in types { collected.insert(type) }
        for type in types {
            collected.remove(type)
            collected.collectReferenced(from: type)
        }
        for root in [query, mutation, subscription].compactMap({ $0 }) { collected.collectReferenced(from: root) }
        for directive in directives {
            for argument in directive.arguments { collected.collectReferenced(from: argument.type.namedType) }
        }
        collected.collectReferenced(from: IntrospectionTypes.schema)

        var map: [String: GraphQLNamedType] = [:]
        for type in collected.ordered {
            if map[type.name] != nil {
                throw GraphQLError("Schema must contain uniquely named types but contains multiple types named \"\(type.name)\".")
            }
            map[type.name] = type
        }
        self.types = collected.ordered
        self.typeMap = map
        var directiveMap: [String: GraphQLDirective] = [:]
        for directive in directives where directiveMap[directive.name] == nil { directiveMap[directive.name] = directive }
        self.directiveMap = directiveMap

        for type in self.types {
            if let interface = type as? GraphQLInterfaceType {
                for parent in interface.interfaces { implementations[ObjectIdentifier(parent), default: ([], [])].interfaces.append(interface) }
            } else if let object = type as? GraphQLObjectType {
                for parent in object.interfaces { implementations[ObjectIdentifier(parent), default: ([], [])].objects.append(object) }
            }
        }
        for type in self.types {
            if let union = type as? GraphQLUnionType {
                possibleTypeSets[ObjectIdentifier(union)] = Set(union.types.map(ObjectIdentifier.init))
            } else if let interface = type as? GraphQLInterfaceType {
                let found = implementations(of: interface)
                possibleTypeSets[ObjectIdentifier(interface)] = Set(found.objects.map(ObjectIdentifier.init) + found.interfaces.map(ObjectIdentifier.init))
            }
        }
    }

    /// The named type with this name, if any.
    public func type(named name: String) -> GraphQLNamedType? { typeMap[name] }

    /// The directive with this name, if any.
    public func directive(named name: String) -> GraphQLDirective? { directiveMap[name] }

    /// The root type for an operation type, if the schema has one.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        switch operation {
        case .query: return queryType
        case .mutation: return mutationType
        case .subscription: return subscriptionType
        }
    }

    /// The object types an abstract type may be at runtime: a union's members, or an
    /// interface's implementing objects. Empty for other kinds.
    public func possibleTypes(of type: GraphQLNamedType) -> [GraphQLObjectType] {
        if let union = type as? GraphQLUnionType { return union.types }
        if let interface = type as? GraphQLInterfaceType { return implementations(of: interface).objects }
        return []
    }

    /// The objects and interfaces that implement `interface` directly.
    public func implementations(of interface: GraphQLInterfaceType) -> (objects: [GraphQLObjectType], interfaces: [GraphQLInterfaceType]) {
        implementations[ObjectIdentifier(interface)] ?? ([], [])
    }

    /// Whether `maybeSubType` is a possible type of `abstractType`: a member of the union, or an
    /// object or interface implementing the interface.
    public func isSubType(_ abstractType: GraphQLNamedType, _ maybeSubType: GraphQLNamedType) -> Bool {
        possibleTypeSets[ObjectIdentifier(abstractType)]?.contains(ObjectIdentifier(maybeSubType)) ?? false
    }

    /// The field `name` on `parentType`, including the meta-fields `__typename` (on every
    /// composite type) and `__schema` / `__type` (on the query root type).
    public func field(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        if isDoubleUnderscored(name) {
            if name == "__typename", parentType.isCompositeType { return IntrospectionTypes.typeNameMetaField }
            if parentType === queryType {
                if name == "__schema" { return IntrospectionTypes.schemaMetaField }
                if name == "__type" { return IntrospectionTypes.typeMetaField }
            }
        }
        return parentType.fieldMap?[name]
    }
}

/// Whether a name starts with `__` (the introspection names): two bytes compared, where
/// `hasPrefix` compares Unicode scalars.
@inline(__always)
func isDoubleUnderscored(_ name: String) -> Bool {
    var bytes = name.utf8.makeIterator()
    return bytes.next() == UInt8(ascii: "_") && bytes.next() == UInt8(ascii: "_")
}

/// An insertion-ordered set of named types where removing and re-inserting moves a type to
/// the end, as a JavaScript `Set` does.
private struct OrderedTypeSet {
    private var slots: [GraphQLNamedType?] = []
    private var position: [ObjectIdentifier: Int] = [:]

    var ordered: [GraphQLNamedType] { slots.compactMap { $0 } }

    func contains(_ type: GraphQLNamedType) -> Bool { position[ObjectIdentifier(type)] != nil }

    mutating func insert(_ type: GraphQLNamedType) {
        guard !contains(type) else { return }
        position[ObjectIdentifier(type)] = slots.count
        slots.append(type)
    }

    mutating func remove(_ type: GraphQLNamedType) {
        guard let index = position.removeValue(forKey: ObjectIdentifier(type)) else { return }
        slots[index] = nil
    }

    /// graphql-js's `collectReferencedTypes`: depth first, in field and argument order.
    mutating func collectReferenced(from type: GraphQLNamedType) {
        guard !contains(type) else { return }
        insert(type)
        if let union = type as? GraphQLUnionType {
            union.types.forEach { collectReferenced(from: $0) }
        } else if let fields = type.fieldMap {
            type.implementedInterfaces.forEach { collectReferenced(from: $0) }
            for field in fields {
                collectReferenced(from: field.type.namedType)
                field.arguments.forEach { collectReferenced(from: $0.type.namedType) }
            }
        } else if let input = type as? GraphQLInputObjectType {
            input.fields.forEach { collectReferenced(from: $0.type.namedType) }
        }
    }
}
