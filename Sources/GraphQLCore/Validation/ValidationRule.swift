// A validation rule: a set of enter/leave callbacks per node kind, all run in one walk over
// the document (graphql-js's `visitInParallel`), with `TypeInfo` kept current.
// https://spec.graphql.org/September2025/#sec-Validation

/// A validation rule. A rule is a class created once per validation; the walker calls its
/// callbacks in document order, every rule in `specifiedRules` order at each node, and the
/// context's `TypeInfo` already describes the node on enter and still describes it on leave.
///
/// Every callback has a no-op default, so a rule implements only what it needs. A rule that
/// lists the node kinds it handles in `visits` is called only for those (faster); the
/// default, `.all`, calls it for every node. An enter callback may call
/// `context.skipChildren()` to be left out until the walker leaves that node (graphql-js's
/// `return false`); its leave callback for that node is then not called either.
public protocol ValidationRule: AnyObject, SendableMetatype {
    /// Creates the rule for one validation.
    init(context: ValidationContext)

    /// The node kinds whose callbacks this rule implements.
    static var visits: ValidationNodeKinds { get }

    /// Entering the document.
    func enterDocument(_ node: DocumentNode, context: ValidationContext)
    /// Leaving the document: every node has been visited.
    func leaveDocument(_ node: DocumentNode, context: ValidationContext)
    /// Entering an operation.
    func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext)
    /// Leaving an operation.
    func leaveOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext)
    /// Entering a variable definition (`$a: Int = 1`).
    func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext)
    /// Leaving a variable definition.
    func leaveVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext)
    /// Entering a selection set.
    func enterSelectionSet(_ node: SelectionSetNode, context: ValidationContext)
    /// Leaving a selection set.
    func leaveSelectionSet(_ node: SelectionSetNode, context: ValidationContext)
    /// Entering a field.
    func enterField(_ node: FieldNode, context: ValidationContext)
    /// Leaving a field.
    func leaveField(_ node: FieldNode, context: ValidationContext)
    /// Entering an argument of a field or directive.
    func enterArgument(_ node: ArgumentNode, context: ValidationContext)
    /// Leaving an argument.
    func leaveArgument(_ node: ArgumentNode, context: ValidationContext)
    /// Entering a fragment spread.
    func enterFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext)
    /// Leaving a fragment spread.
    func leaveFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext)
    /// Entering an inline fragment.
    func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext)
    /// Leaving an inline fragment.
    func leaveInlineFragment(_ node: InlineFragmentNode, context: ValidationContext)
    /// Entering a fragment definition.
    func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext)
    /// Leaving a fragment definition.
    func leaveFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext)
    /// Entering a directive; `context.directiveLocation` says where it is.
    func enterDirective(_ node: DirectiveNode, context: ValidationContext)
    /// Leaving a directive.
    func leaveDirective(_ node: DirectiveNode, context: ValidationContext)
    /// A named type reference (type conditions, variable types, SDL types);
    /// `context.isInTypeSystemDefinition` says whether it is inside SDL.
    func enterNamedType(_ node: NamedTypeNode, context: ValidationContext)
    /// Entering a value of any kind (variable, scalar, enum, null, list, object).
    func enterValue(_ node: ValueNode, context: ValidationContext)
    /// Leaving a value.
    func leaveValue(_ node: ValueNode, context: ValidationContext)
    /// Entering a field of an object value.
    func enterObjectField(_ node: ObjectFieldNode, context: ValidationContext)
    /// Leaving a field of an object value.
    func leaveObjectField(_ node: ObjectFieldNode, context: ValidationContext)
    /// Entering a type-system node that may carry directives (a schema, type, field, argument,
    /// input field or enum value definition or extension), with its directives.
    func enterTypeSystemNode(directives: [DirectiveNode], scope: TypeSystemDirectiveScope, context: ValidationContext)
}

/// The node kinds a rule handles, so that the walker calls it only for those.
public struct ValidationNodeKinds: OptionSet, Sendable {
    /// The bits.
    public let rawValue: UInt32
    /// Creates a set from bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `enterDocument` / `leaveDocument`.
    public static let document = ValidationNodeKinds(rawValue: 1 << 0)
    /// Operation callbacks.
    public static let operationDefinition = ValidationNodeKinds(rawValue: 1 << 1)
    /// Variable definition callbacks.
    public static let variableDefinition = ValidationNodeKinds(rawValue: 1 << 2)
    /// Selection set callbacks.
    public static let selectionSet = ValidationNodeKinds(rawValue: 1 << 3)
    /// Field callbacks.
    public static let field = ValidationNodeKinds(rawValue: 1 << 4)
    /// Argument callbacks.
    public static let argument = ValidationNodeKinds(rawValue: 1 << 5)
    /// Fragment spread callbacks.
    public static let fragmentSpread = ValidationNodeKinds(rawValue: 1 << 6)
    /// Inline fragment callbacks.
    public static let inlineFragment = ValidationNodeKinds(rawValue: 1 << 7)
    /// Fragment definition callbacks.
    public static let fragmentDefinition = ValidationNodeKinds(rawValue: 1 << 8)
    /// Directive callbacks.
    public static let directive = ValidationNodeKinds(rawValue: 1 << 9)
    /// `enterNamedType`.
    public static let namedType = ValidationNodeKinds(rawValue: 1 << 10)
    /// Value callbacks.
    public static let value = ValidationNodeKinds(rawValue: 1 << 11)
    /// Object field callbacks.
    public static let objectField = ValidationNodeKinds(rawValue: 1 << 12)
    /// `enterTypeSystemNode`.
    public static let typeSystemNode = ValidationNodeKinds(rawValue: 1 << 13)
    /// Every kind.
    public static let all = ValidationNodeKinds(rawValue: (1 << 14) - 1)

    /// The number of kinds.
    static let count = 14
}

/// What a type-system node's directives belong to.
public enum TypeSystemDirectiveScope: Sendable, Hashable {
    /// A schema definition or extension.
    case schema
    /// A type definition or extension, by the type's name.
    case type(String)
    /// A field, argument, input field or enum value definition.
    case member
}

extension ValidationRule {
    /// By default a rule is called for every node kind.
    public static var visits: ValidationNodeKinds { .all }

    /// Does nothing.
    public func enterDocument(_ node: DocumentNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveDocument(_ node: DocumentNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterSelectionSet(_ node: SelectionSetNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveSelectionSet(_ node: SelectionSetNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterField(_ node: FieldNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveField(_ node: FieldNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterArgument(_ node: ArgumentNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveArgument(_ node: ArgumentNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterDirective(_ node: DirectiveNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveDirective(_ node: DirectiveNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterNamedType(_ node: NamedTypeNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterValue(_ node: ValueNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveValue(_ node: ValueNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterObjectField(_ node: ObjectFieldNode, context: ValidationContext) {}
    /// Does nothing.
    public func leaveObjectField(_ node: ObjectFieldNode, context: ValidationContext) {}
    /// Does nothing.
    public func enterTypeSystemNode(directives: [DirectiveNode], scope: TypeSystemDirectiveScope, context: ValidationContext) {}
}
