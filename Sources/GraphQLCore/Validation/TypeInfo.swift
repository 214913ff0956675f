// What the schema says about the node being visited: graphql-js's TypeInfo, kept current by
// calling `enter...` before a node's callbacks and `leave...` after them.

/// The schema's view of the current position in a document: the output type, the parent
/// composite type, the field, the input type, the argument, the directive, the default value
/// and the enum value. `nil` wherever the document refers to something the schema lacks.
public final class TypeInfo {
    /// The schema.
    public let schema: GraphQLSchema
    @exclusivity(unchecked) private var typeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var parentTypeStack: [GraphQLNamedType?] = []
    @exclusivity(unchecked) private var inputTypeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var fieldDefStack: [GraphQLField?] = []
    @exclusivity(unchecked) private var defaultValueStack: [JSON?] = []
    /// The directive being visited, if known to the schema.
    @exclusivity(unchecked) public private(set) var directive: GraphQLDirective?
    /// The argument being visited, if known.
    @exclusivity(unchecked) public private(set) var argument: GraphQLArgument?
    /// The enum value being visited, if the input type is an enum that has it.
    @exclusivity(unchecked) public private(set) var enumValue: GraphQLEnumValue?

    /// Creates type information for walking documents against `schema`.
    public init(schema: GraphQLSchema) {
        self.schema = schema
    }

    /// The output type of the current field, operation or fragment.
    public var type: GraphQLType? { typeStack.last ?? nil }
    /// The composite type whose selection set is being visited.
    public var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    /// The expected type of the current input position (argument, list item, input field, variable).
    public var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// The input type of the enclosing input position.
    public var parentInputType: GraphQLType? {
        inputTypeStack.count >= 2 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }
    /// The current field's definition.
    public var fieldDef: GraphQLField? { fieldDefStack.last ?? nil }
    /// The default value of the current argument or input field (nil when it has none).
    public var defaultValue: JSON? { defaultValueStack.last ?? nil }

    // SelectionSet: the parent type is the current type, if composite.
    /// Entering a selection set.
    public func enterSelectionSet() {
        let named = type?.namedType
        parentTypeStack.append(named.flatMap { $0.isCompositeType ? $0 : nil })
    }
    /// Leaving a selection set.
    public func leaveSelectionSet() { parentTypeStack.removeLast() }

    /// Entering a field: its definition on the parent type, and its type.
    public func enterField(_ node: FieldNode) {
        var field: GraphQLField?
        if let parentType { field = schema.field(named: node.name.value, on: parentType) }
        fieldDefStack.append(field)
        typeStack.append(field.flatMap { $0.type.isOutputType ? $0.type : nil })
    }
    /// Leaving a field.
    public func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    /// Entering a directive.
    public func enterDirective(_ node: DirectiveNode) { directive = schema.directive(named: node.name.value) }
    /// Leaving a directive.
    public func leaveDirective() { directive = nil }

    /// Entering an operation: its root type.
    public func enterOperationDefinition(_ node: OperationDefinitionNode) {
        typeStack.append(schema.rootType(for: node.operation).map { .named($0) })
    }
    /// Leaving an operation.
    public func leaveOperationDefinition() { typeStack.removeLast() }

    /// Entering an inline fragment: its type condition, else the current type (unwrapped).
    public func enterInlineFragment(_ node: InlineFragmentNode) {
        let type: GraphQLType?
        if let condition = node.typeCondition {
            type = schema.type(named: condition.value).map { .named($0) }
        } else {
            type = self.type.map { .named($0.namedType) }
        }
        typeStack.append(type.flatMap { $0.isOutputType ? $0 : nil })
    }
    /// Leaving an inline fragment.
    public func leaveInlineFragment() { typeStack.removeLast() }

    /// Entering a fragment definition: its type condition.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode) {
        let type = schema.type(named: node.typeCondition.value)
        typeStack.append(type.flatMap { $0.isOutputType ? .named($0) : nil })
    }
    /// Leaving a fragment definition.
    public func leaveFragmentDefinition() { typeStack.removeLast() }

    /// Entering a variable definition: its declared type, if an input type.
    public func enterVariableDefinition(_ node: VariableDefinitionNode) {
        let type = typeFromAST(schema, node.type)
        inputTypeStack.append(type.flatMap { $0.isInputType ? $0 : nil })
    }
    /// Leaving a variable definition.
    public func leaveVariableDefinition() { inputTypeStack.removeLast() }

    /// Entering an argument: its definition on the current directive, else on the current field.
    public func enterArgument(_ node: ArgumentNode) {
        var definition: GraphQLArgument?
        if let directive {
            definition = directive.argument(named: node.name.value)
        } else if let fieldDef {
            definition = fieldDef.argument(named: node.name.value)
        }
        argument = definition
        defaultValueStack.append(definition?.defaultValue)
        inputTypeStack.append(definition.flatMap { $0.type.isInputType ? $0.type : nil })
    }
    /// Leaving an argument.
    public func leaveArgument() {
        argument = nil
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    /// Entering a value: lists push their item type, enum values look up their definition.
    public func enterValue(_ node: ValueNode) {
        switch node.kind {
        case .list:
            let listType = inputType?.nullable
            var itemType = listType
            if case .list(let inner)? = listType { itemType = inner }
            defaultValueStack.append(nil)
            inputTypeStack.append(itemType.flatMap { $0.isInputType ? $0 : nil })
        case .enumValue(let name):
            enumValue = (inputType?.namedType as? GraphQLEnumType)?.value(named: name)
        default:
            break
        }
    }
    /// Leaving a value.
    public func leaveValue(_ node: ValueNode) {
        switch node.kind {
        case .list:
            defaultValueStack.removeLast()
            inputTypeStack.removeLast()
        case .enumValue:
            enumValue = nil
        default:
            break
        }
    }

    /// Entering an input object field: its definition on the input object type.
    public func enterObjectField(_ node: ObjectFieldNode) {
        let field = (inputType?.namedType as? GraphQLInputObjectType)?.field(named: node.name.value)
        defaultValueStack.append(field?.defaultValue)
        inputTypeStack.append(field.flatMap { $0.type.isInputType ? $0.type : nil })
    }
    /// Leaving an input object field.
    public func leaveObjectField() {
        defaultValueStack.removeLast()
        inputTypeStack.removeLast()
    }
}
