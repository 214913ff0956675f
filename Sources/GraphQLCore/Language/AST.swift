// The abstract syntax tree of GraphQL documents, executable and type-system alike.
// Node names follow graphql-js (`FieldNode`, `ValueNode`, ...). Every node carries its
// `Location`. Nodes are value types; lists of children are arrays.
// https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary

/// A name: `/[_A-Za-z][_0-9A-Za-z]*/`.
public struct NameNode: Sendable, Hashable {
    /// The name's text.
    public var value: String
    /// Where it is.
    public var loc: Location
    /// Creates a name.
    public init(value: String, loc: Location = .synthetic) { self.value = value; self.loc = loc }
}

/// Document : Definition+
public struct DocumentNode: Sendable, Hashable {
    /// The definitions, in order.
    public var definitions: [DefinitionNode]
    /// Where it is.
    public var loc: Location
    /// Creates a document.
    public init(definitions: [DefinitionNode], loc: Location = .synthetic) { self.definitions = definitions; self.loc = loc }
}

/// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
public enum DefinitionNode: Sendable, Hashable {
    /// An operation.
    case operation(OperationDefinitionNode)
    /// A fragment definition.
    case fragment(FragmentDefinitionNode)
    /// `schema { ... }` or `extend schema ...`.
    case schema(SchemaDefinitionNode)
    /// `scalar X` or `extend scalar X`.
    case scalar(ScalarTypeDefinitionNode)
    /// `type X` or `extend type X`.
    case object(ObjectTypeDefinitionNode)
    /// `interface X` or `extend interface X`.
    case interface(InterfaceTypeDefinitionNode)
    /// `union X` or `extend union X`.
    case union(UnionTypeDefinitionNode)
    /// `enum X` or `extend enum X`.
    case enumType(EnumTypeDefinitionNode)
    /// `input X` or `extend input X`.
    case inputObject(InputObjectTypeDefinitionNode)
    /// `directive @x on ...`.
    case directive(DirectiveDefinitionNode)

    /// Where the definition is.
    public var loc: Location {
        switch self {
        case .operation(let node): return node.loc
        case .fragment(let node): return node.loc
        case .schema(let node): return node.loc
        case .scalar(let node): return node.loc
        case .object(let node): return node.loc
        case .interface(let node): return node.loc
        case .union(let node): return node.loc
        case .enumType(let node): return node.loc
        case .inputObject(let node): return node.loc
        case .directive(let node): return node.loc
        }
    }
}

/// OperationType : one of `query` `mutation` `subscription`
public enum OperationType: String, Sendable, Hashable {
    /// `query`.
    case query
    /// `mutation`.
    case mutation
    /// `subscription`.
    case subscription
}

/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
public struct OperationDefinitionNode: Sendable, Hashable {
    /// The description (September 2025: executable definitions may have one).
    public var description: StringValueNode?
    /// query, mutation or subscription.
    public var operation: OperationType
    /// The name, if any.
    public var name: NameNode?
    /// `($a: Int = 1 @dir)`.
    public var variableDefinitions: [VariableDefinitionNode]
    /// Directives on the operation.
    public var directives: [DirectiveNode]
    /// The selection set.
    public var selectionSet: SelectionSetNode
    /// Where it is.
    public var loc: Location
    /// Creates an operation.
    public init(description: StringValueNode? = nil, operation: OperationType, name: NameNode? = nil,
                variableDefinitions: [VariableDefinitionNode] = [], directives: [DirectiveNode] = [],
                selectionSet: SelectionSetNode, loc: Location = .synthetic) {
        self.description = description; self.operation = operation; self.name = name
        self.variableDefinitions = variableDefinitions; self.directives = directives
        self.selectionSet = selectionSet; self.loc = loc
    }
}

/// Variable : $ Name
public struct VariableNode: Sendable, Hashable {
    /// The name, without `$`.
    public var name: NameNode
    /// Where it is, `$` included.
    public var loc: Location
    /// Creates a variable reference.
    public init(name: NameNode, loc: Location = .synthetic) { self.name = name; self.loc = loc }
}

/// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
public struct VariableDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The variable.
    public var variable: VariableNode
    /// Its type.
    public var type: TypeNode
    /// `= value`, a constant.
    public var defaultValue: ValueNode?
    /// Directives on the definition.
    public var directives: [DirectiveNode]
    /// Where it is.
    public var loc: Location
    /// Creates a variable definition.
    public init(description: StringValueNode? = nil, variable: VariableNode, type: TypeNode, defaultValue: ValueNode? = nil,
                directives: [DirectiveNode] = [], loc: Location = .synthetic) {
        self.description = description; self.variable = variable; self.type = type
        self.defaultValue = defaultValue; self.directives = directives; self.loc = loc
    }
}

/// SelectionSet : { Selection+ }
public struct SelectionSetNode: Sendable, Hashable {
    /// The selections, in order.
    public var selections: [SelectionNode]
    /// Where it is, braces included.
    public var loc: Location
    /// Creates a selection set.
    public init(selections: [SelectionNode], loc: Location = .synthetic) { self.selections = selections; self.loc = loc }
}

/// Selection : Field | FragmentSpread | InlineFragment
public enum SelectionNode: Sendable, Hashable {
    /// A field.
    case field(FieldNode)
    /// `...Name`.
    case fragmentSpread(FragmentSpreadNode)
    /// `... on T { }` or `... { }`.
    case inlineFragment(InlineFragmentNode)

    /// Where the selection is.
    public var loc: Location {
        switch self {
        case .field(let node): return node.loc
        case .fragmentSpread(let node): return node.loc
        case .inlineFragment(let node): return node.loc
        }
    }
}

/// Field : Alias? Name Arguments? Directives? SelectionSet?
public struct FieldNode: Sendable, Hashable {
    /// `alias:`, if any.
    public var alias: NameNode?
    /// The field's name.
    public var name: NameNode
    /// The arguments.
    public var arguments: [ArgumentNode]
    /// The directives.
    public var directives: [DirectiveNode]
    /// The sub-selections, for composite fields.
    public var selectionSet: SelectionSetNode?
    /// Where it is.
    public var loc: Location
    /// Creates a field.
    public init(alias: NameNode? = nil, name: NameNode, arguments: [ArgumentNode] = [], directives: [DirectiveNode] = [],
                selectionSet: SelectionSetNode? = nil, loc: Location = .synthetic) {
        self.alias = alias; self.name = name; self.arguments = arguments
        self.directives = directives; self.selectionSet = selectionSet; self.loc = loc
    }
    /// The key this field has in the response: the alias, else the name.
    public var responseKey: String { alias?.value ?? name.value }
}

/// Argument : Name : Value
public struct ArgumentNode: Sendable, Hashable {
    /// The argument's name.
    public var name: NameNode
    /// Its value.
    public var value: ValueNode
    /// Where it is.
    public var loc: Location
    /// Creates an argument.
    public init(name: NameNode, value: ValueNode, loc: Location = .synthetic) { self.name = name; self.value = value; self.loc = loc }
}

/// FragmentSpread : ... FragmentName Directives?
public struct FragmentSpreadNode: Sendable, Hashable {
    /// The fragment's name.
    public var name: NameNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// Where it is.
    public var loc: Location
    /// Creates a fragment spread.
    public init(name: NameNode, directives: [DirectiveNode] = [], loc: Location = .synthetic) {
        self.name = name; self.directives = directives; self.loc = loc
    }
}

/// InlineFragment : ... TypeCondition? Directives? SelectionSet
public struct InlineFragmentNode: Sendable, Hashable {
    /// `on Type`, if any.
    public var typeCondition: NamedTypeNode?
    /// The directives.
    public var directives: [DirectiveNode]
    /// The selection set.
    public var selectionSet: SelectionSetNode
    /// Where it is.
    public var loc: Location
    /// Creates an inline fragment.
    public init(typeCondition: NamedTypeNode? = nil, directives: [DirectiveNode] = [], selectionSet: SelectionSetNode,
                loc: Location = .synthetic) {
        self.typeCondition = typeCondition; self.directives = directives; self.selectionSet = selectionSet; self.loc = loc
    }
}

/// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
public struct FragmentDefinitionNode: Sendable, Hashable {
    /// The description, if any.
    public var description: StringValueNode?
    /// The fragment's name (never `on`).
    public var name: NameNode
    /// `on Type`.
    public var typeCondition: NamedTypeNode
    /// The directives.
    public var directives: [DirectiveNode]
    /// The selection set.
    public var selectionSet: SelectionSetNode
    /// Where it is.
    public var loc: Location
    /// Creates a fragment definition.
    public init(description: StringValueNode? = nil, name: NameNode, typeCondition: NamedTypeNode,
                directives: [DirectiveNode] = [], selectionSet: SelectionSetNode, loc: Location = .synthetic) {
        self.description = description; self.name = name; self.typeCondition = typeCondition
        self.directives = directives; self.selectionSet = selectionSet; self.loc = loc
    }
}

/// Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
public struct ValueNode: Sendable, Hashable {
    /// What kind of value, with its content.
    public var kind: Kind
    /// Where it is.
    public var loc: Location
    /// Creates a value.
    public init(_ kind: Kind, loc: Location = .synthetic) { self.kind = kind; self.loc = loc }

    /// The kinds of value literal.
    public enum Kind: Sendable, Hashable {
        /// `$name` (the name without `$`).
        case variable(String)
        /// An IntValue, as written.
        case int(String)
        /// A FloatValue, as written.
        case float(String)
        /// A StringValue, its escapes resolved; `block` is true for `"""..."""`.
        case string(String, block: Bool)
        /// `true` or `false`.
        case boolean(Bool)
        /// `null`.
        case null
        /// An EnumValue.
        case enumValue(String)
        /// `[ ... ]`.
        case list([ValueNode])
        /// `{ name: value ... }`.
        case object([ObjectFieldNode])
    }
}

/// ObjectField : Name : Value
public struct ObjectFieldNode: Sendable, Hashable {
    /// The field's name.
    public var name: NameNode
    /// Its value.
    public var value: ValueNode
    /// Where it is.
    public var loc: Location
    /// Creates an object field.
    public init(name: NameNode, value: ValueNode, loc: Location = .synthetic) { self.name = name; self.value = value; self.loc = loc }
}

/// A string literal where the grammar has a StringValue outside values: descriptions.
public struct StringValueNode: Sendable, Hashable {
    /// The string, escapes resolved (block strings dedented).
    public var value: String
    /// Whether it was written as a block string.
    public var block: Bool
    /// Where it is.
    public var loc: Location
    /// Creates a string value.
    public init(value: String, block: Bool = false, loc: Location = .synthetic) { self.value = value; self.block = block; self.loc = loc }
}

/// Directive[Const] : @ Name Arguments?
public struct DirectiveNode: Sendable, Hashable {
    /// The directive's name, without `@`.
    public var name: NameNode
    /// The arguments.
    public var arguments: [ArgumentNode]
    /// Where it is, `@` included.
    public var loc: Location
    /// Creates a directive.
    public init(name: NameNode, arguments: [ArgumentNode] = [], loc: Location = .synthetic) {
        self.name = name; self.arguments = arguments; self.loc = loc
    }
}

/// NamedType : Name
public typealias NamedTypeNode = NameNode

/// Type : NamedType | ListType | NonNullType
public indirect enum TypeNode: Sendable, Hashable {
    /// A named type.
    case named(NamedTypeNode)
    /// `[Type]`, with the brackets' location.
    case list(TypeNode, Location)
    /// `Type!`, with its location.
    case nonNull(TypeNode, Location)

    /// Where the type reference is.
    public var loc: Location {
        switch self {
        case .named(let name): return name.loc
        case .list(_, let loc), .nonNull(_, let loc): return loc
        }
    }

    /// The innermost named type.
    public var namedType: NamedTypeNode {
        switch self {
        case .named(let name): return name
        case .list(let inner, _), .nonNull(let inner, _): return inner.namedType
        }
    }
}
