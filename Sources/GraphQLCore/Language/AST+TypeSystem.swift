// The type-system part of the AST (SDL): schema, type and directive definitions and their
// extensions. An extension is the same node as the definition with `isExtension` set
// (and no description).
// https://spec.graphql.org/September2025/#sec-Type-System

/// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
/// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
public struct SchemaDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The directives.
    public var directives: [DirectiveNode]
    /// `query: Query` and so on.
    public var operationTypes: [OperationTypeDefinitionNode]
    /// Whether this is `extend schema`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates a schema definition or extension.
    public init(description: StringValueNode? = nil, directives: [DirectiveNode] = [],
                operationTypes: [OperationTypeDefinitionNode], isExtension: Bool = false, loc: Location = .synthetic) {
        self.description = description; self.directives = directives; self.operationTypes = operationTypes
        self.isExtension = isExtension; self.loc = loc
    }
}

/// RootOperationTypeDefinition : OperationType : NamedType
public struct OperationTypeDefinitionNode: Sendable, Hashable {
    /// query, mutation or subscription.
    public var operation: OperationType
    /// The root type's name.
    public var type: NamedTypeNode
    /// Where it is.
    public var loc: Location
    /// Creates a root operation type definition.
    public init(operation: OperationType, type: NamedTypeNode, loc: Location = .synthetic) {
        self.operation = operation; self.type = type; self.loc = loc
    }
}

/// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
public struct ScalarTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// Whether this is `extend scalar`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates a scalar definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
                isExtension: Bool = false, loc: Location = .synthetic) {
        self.description = description; self.name = name; self.directives = directives
        self.isExtension = isExtension; self.loc = loc
    }
}

/// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct ObjectTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// `implements A & B`.
    public var interfaces: [NamedTypeNode]
    /// The directives.
    public var directives: [DirectiveNode]
    /// The fields.
    public var fields: [FieldDefinitionNode]
    /// Whether this is `extend type`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates an object type definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, interfaces: [NamedTypeNode] = [],
                directives: [DirectiveNode] = [], fields: [FieldDefinitionNode] = [], isExtension: Bool = false,
                loc: Location = .synthetic) {
        self.description = description; self.name = name; self.interfaces = interfaces
        self.directives = directives; self.fields = fields; self.isExtension = isExtension; self.loc = loc
    }
}

/// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct InterfaceTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// `implements A & B`.
    public var interfaces: [NamedTypeNode]
    /// The directives.
    public var directives: [DirectiveNode]
    /// The fields.
    public var fields: [FieldDefinitionNode]
    /// Whether this is `extend interface`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates an interface definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, interfaces: [NamedTypeNode] = [],
                directives: [DirectiveNode] = [], fields: [FieldDefinitionNode] = [], isExtension: Bool = false,
                loc: Location = .synthetic) {
        self.description = description; self.name = name; self.interfaces = interfaces
        self.directives = directives; self.fields = fields; self.isExtension = isExtension; self.loc = loc
    }
}

/// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
public struct FieldDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The field's name.
    public var name: NameNode
    /// The arguments.
    public var arguments: [InputValueDefinitionNode]
    /// The field's type.
    public var type: TypeNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// Where it is.
    public var loc: Location
    /// Creates a field definition.
    public init(description: StringValueNode? = nil, name: NameNode, arguments: [InputValueDefinitionNode] = [],
                type: TypeNode, directives: [DirectiveNode] = [], loc: Location = .synthetic) {
        self.description = description; self.name = name; self.arguments = arguments
        self.type = type; self.directives = directives; self.loc = loc
    }
}

/// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
public struct InputValueDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The argument's or input field's name.
    public var name: NameNode
    /// Its type.
    public var type: TypeNode
    /// `= value`, a constant.
    public var defaultValue: ValueNode?
    /// The directives.
    public var directives: [DirectiveNode]
    /// Where it is.
    public var loc: Location
    /// Creates an input value definition.
    public init(description: StringValueNode? = nil, name: NameNode, type: TypeNode, defaultValue: ValueNode? = nil,
                directives: [DirectiveNode] = [], loc: Location = .synthetic) {
        self.description = description; self.name = name; self.type = type
        self.defaultValue = defaultValue; self.directives = directives; self.loc = loc
    }
}

/// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
public struct UnionTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// `= A | B`.
    public var types: [NamedTypeNode]
    /// Whether this is `extend union`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates a union definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
                types: [NamedTypeNode] = [], isExtension: Bool = false, loc: Location = .synthetic) {
        self.description = description; self.name = name; self.directives = directives
        self.types = types; self.isExtension = isExtension; self.loc = loc
    }
}

/// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
public struct EnumTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// The values.
    public var values: [EnumValueDefinitionNode]
    /// Whether this is `extend enum`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates an enum definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
                values: [EnumValueDefinitionNode] = [], isExtension: Bool = false, loc: Location = .synthetic) {
        self.description = description; self.name = name; self.directives = directives
        self.values = values; self.isExtension = isExtension; self.loc = loc
    }
}

/// EnumValueDefinition : Description? EnumValue Directives[Const]?
public struct EnumValueDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The value's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// Where it is.
    public var loc: Location
    /// Creates an enum value definition.
    public init(description: StringValueNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
                loc: Location = .synthetic) {
        self.description = description; self.name = name; self.directives = directives; self.loc = loc
    }
}

/// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
public struct InputObjectTypeDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The type's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// The input fields.
    public var fields: [InputValueDefinitionNode]
    /// Whether this is `extend input`.
    public var isExtension: Bool
    /// Where it is.
    public var loc: Location
    /// Creates an input object definition or extension.
    public init(description: StringValueNode? = nil, name: NameNode, directives: [DirectiveNode] = [],
                fields: [InputValueDefinitionNode] = [], isExtension: Bool = false, loc: Location = .synthetic) {
        self.description = description; self.name = name; self.directives = directives
        self.fields = fields; self.isExtension = isExtension; self.loc = loc
    }
}

/// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
public struct DirectiveDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The directive's name, without `@`.
    public var name: NameNode
    /// The arguments.
    public var arguments: [InputValueDefinitionNode]
    /// Whether it is `repeatable`.
    public var repeatable: Bool
    /// The locations, as names (`FIELD`, `QUERY`, ...).
    public var locations: [NameNode]
    /// Where it is.
    public var loc: Location
    /// Creates a directive definition.
    public init(description: StringValueNode? = nil, name: NameNode, arguments: [InputValueDefinitionNode] = [],
                repeatable: Bool = false, locations: [NameNode], loc: Location = .synthetic) {
        self.description = description; self.name = name; self.arguments = arguments
        self.repeatable = repeatable; self.locations = locations; self.loc = loc
    }
}
