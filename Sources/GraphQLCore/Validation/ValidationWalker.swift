// One walk over a document that calls every rule at every node (graphql-js's
// visitInParallel + visitWithTypeInfo), in graphql-js's child order.

/// Walks a document once, keeping `TypeInfo` current and calling each rule's callbacks for
/// the node kinds it handles, rules in their given order at each node.
final class ValidationWalker {
    private let context: ValidationContext
    private let typeInfo: TypeInfo
    private let rules: [any ValidationRule]
    /// For each node kind (bit position in `ValidationNodeKinds`), the rules that handle it.
    private let rulesByKind: [[Int]]
    /// For each rule, the depth of the node whose children it skips; 0 when it skips nothing.
    @exclusivity(unchecked) private var skipDepth: [Int]
    @exclusivity(unchecked) private var skippingCount = 0
    @exclusivity(unchecked) private var depth = 0
    /// The variable uses met in the current operation or fragment definition.
    @exclusivity(unchecked) private var variableUsages: [VariableUsage] = []

    init(context: ValidationContext, rules: [any ValidationRule]) {
        self.context = context
        self.typeInfo = context.typeInfo
        self.rules = rules
        var byKind = [[Int]](repeating: [], count: ValidationNodeKinds.count)
        for (index, rule) in rules.enumerated() {
            let visits = type(of: rule).visits
            for kind in 0..<ValidationNodeKinds.count where visits.contains(ValidationNodeKinds(rawValue: 1 << kind)) {
                byKind[kind].append(index)
            }
        }
        self.rulesByKind = byKind
        self.skipDepth = [Int](repeating: 0, count: rules.count)
    }

    // MARK: Dispatch

    private enum Kind {
        static let document = 0, operationDefinition = 1, variableDefinition = 2, selectionSet = 3, field = 4
        static let argument = 5, fragmentSpread = 6, inlineFragment = 7, fragmentDefinition = 8, directive = 9
        static let namedType = 10, value = 11, objectField = 12, typeSystemNode = 13
    }

    /// Calls `call` for each rule that handles `kind` and is not skipping; a rule that asks to
    /// skip is left out until the matching `leave`.
    @inline(__always)
    private func enter(_ kind: Int, _ call: (any ValidationRule) -> Void) {
        depth += 1
        for index in rulesByKind[kind] {
            if skippingCount > 0, skipDepth[index] != 0 { continue }
            call(rules[index])
            if context.skipRequested {
                context.skipRequested = false
                skipDepth[index] = depth
                skippingCount += 1
            }
        }
    }

    @inline(__always)
    private func leave(_ kind: Int, _ call: (any ValidationRule) -> Void) {
        for index in rulesByKind[kind] {
            if skippingCount > 0, skipDepth[index] != 0 {
                if skipDepth[index] == depth {
                    skipDepth[index] = 0
                    skippingCount -= 1
                }
                continue
            }
            call(rules[index])
        }
        depth -= 1
    }

    /// For kinds with an enter callback only: skipping is not possible there.
    @inline(__always)
    private func visit(_ kind: Int, _ call: (any ValidationRule) -> Void) {
        for index in rulesByKind[kind] {
            if skippingCount > 0, skipDepth[index] != 0 { continue }
            call(rules[index])
            context.skipRequested = false
        }
    }

    // MARK: Executable definitions

    // Document : Definition+
    func walk(_ document: DocumentNode) {
        let context = self.context
        enter(Kind.document) { $0.enterDocument(document, context: context) }
        for definition in document.definitions {
            if context.isAborted { return }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: walkTypeSystem(definition)
            }
        }
        if context.isAborted { return }
        leave(Kind.document) { $0.leaveDocument(document, context: context) }
    }

    // OperationDefinition : OperationType Name? VariablesDefinition? Directives? SelectionSet
    private func walk(_ operation: OperationDefinitionNode) {
        let context = self.context
        typeInfo.enterOperationDefinition(operation)
        variableUsages = []
        enter(Kind.operationDefinition) { $0.enterOperationDefinition(operation, context: context) }
        for definition in operation.variableDefinitions { walk(definition) }
        let location: DirectiveLocation
        switch operation.operation {
        case .query: location = .query
        case .mutation: location = .mutation
        case .subscription: location = .subscription
        }
        walk(operation.directives, at: location)
        walk(operation.selectionSet)
        if !context.isAborted { context.recordVariableUsages(variableUsages, ofDefinitionAt: operation.loc) }
        leave(Kind.operationDefinition) { $0.leaveOperationDefinition(operation, context: context) }
        typeInfo.leaveOperationDefinition()
    }

    // VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    private func walk(_ definition: VariableDefinitionNode) {
        let context = self.context
        typeInfo.enterVariableDefinition(definition)
        enter(Kind.variableDefinition) { $0.enterVariableDefinition(definition, context: context) }
        walk(definition.type)
        if let value = definition.defaultValue { walk(value) }
        walk(definition.directives, at: .variableDefinition)
        leave(Kind.variableDefinition) { $0.leaveVariableDefinition(definition, context: context) }
        typeInfo.leaveVariableDefinition()
    }

    // FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    private func walk(_ fragment: FragmentDefinitionNode) {
        let context = self.context
        typeInfo.enterFragmentDefinition(fragment)
        variableUsages = []
        enter(Kind.fragmentDefinition) { $0.enterFragmentDefinition(fragment, context: context) }
        walk(namedType: fragment.typeCondition)
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        if !context.isAborted { context.recordVariableUsages(variableUsages, ofDefinitionAt: fragment.loc) }
        leave(Kind.fragmentDefinition) { $0.leaveFragmentDefinition(fragment, context: context) }
        typeInfo.leaveFragmentDefinition()
    }

    // SelectionSet : { Selection+ }
    private func walk(_ selectionSet: SelectionSetNode) {
        let context = self.context
        typeInfo.enterSelectionSet()
        enter(Kind.selectionSet) { $0.enterSelectionSet(selectionSet, context: context) }
        for selection in selectionSet.selections {
            if context.isAborted { break }
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let inline): walk(inline)
            }
        }
        leave(Kind.selectionSet) { $0.leaveSelectionSet(selectionSet, context: context) }
        typeInfo.leaveSelectionSet()
    }

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    private func walk(_ field: FieldNode) {
        let context = self.context
        typeInfo.enterField(field)
        enter(Kind.field) { $0.enterField(field, context: context) }
        walk(field.arguments)
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        leave(Kind.field) { $0.leaveField(field, context: context) }
        typeInfo.leaveField()
    }

    // FragmentSpread : ... FragmentName Directives?
    private func walk(_ spread: FragmentSpreadNode) {
        let context = self.context
        enter(Kind.fragmentSpread) { $0.enterFragmentSpread(spread, context: context) }
        walk(spread.directives, at: .fragmentSpread)
        leave(Kind.fragmentSpread) { $0.leaveFragmentSpread(spread, context: context) }
    }

    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private func walk(_ inline: InlineFragmentNode) {
        let context = self.context
        typeInfo.enterInlineFragment(inline)
        enter(Kind.inlineFragment) { $0.enterInlineFragment(inline, context: context) }
        if let condition = inline.typeCondition { walk(namedType: condition) }
        walk(inline.directives, at: .inlineFragment)
        walk(inline.selectionSet)
        leave(Kind.inlineFragment) { $0.leaveInlineFragment(inline, context: context) }
        typeInfo.leaveInlineFragment()
    }

    // Arguments : ( Argument+ )    Argument : Name : Value
    private func walk(_ arguments: [ArgumentNode]) {
        let context = self.context
        for argument in arguments {
            typeInfo.enterArgument(argument)
            enter(Kind.argument) { $0.enterArgument(argument, context: context) }
            walk(argument.value)
            leave(Kind.argument) { $0.leaveArgument(argument, context: context) }
            typeInfo.leaveArgument()
        }
    }

    // Directives : Directive+    Directive : @ Name Arguments?
    private func walk(_ directives: [DirectiveNode], at location: DirectiveLocation) {
        let context = self.context
        for directive in directives {
            context.directiveLocation = location
            typeInfo.enterDirective(directive)
            enter(Kind.directive) { $0.enterDirective(directive, context: context) }
            walk(directive.arguments)
            leave(Kind.directive) { $0.leaveDirective(directive, context: context) }
            typeInfo.leaveDirective()
        }
    }

    // Value : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
    private func walk(_ value: ValueNode) {
        let context = self.context
        typeInfo.enterValue(value)
        enter(Kind.value) { $0.enterValue(value, context: context) }
        switch value.kind {
        case .variable(let name):
            // Values in variable definitions and SDL are constants, so every variable met here
            // is a use in the current operation or fragment.
            variableUsages.append(VariableUsage(name: name, loc: value.loc, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue))
        case .list(let items):
            for item in items { walk(item) }
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field)
                enter(Kind.objectField) { $0.enterObjectField(field, context: context) }
                walk(field.value)
                leave(Kind.objectField) { $0.leaveObjectField(field, context: context) }
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
        leave(Kind.value) { $0.leaveValue(value, context: context) }
        typeInfo.leaveValue(value)
    }

    // Type : NamedType | ListType | NonNullType
    private func walk(_ type: TypeNode) {
        walk(namedType: type.namedType)
    }

    // NamedType : Name
    private func walk(namedType: NamedTypeNode) {
        let context = self.context
        visit(Kind.namedType) { $0.enterNamedType(namedType, context: context) }
    }

    // MARK: Type-system definitions (not executable, but graphql-js visits them too)

    private func walkTypeSystem(_ definition: DefinitionNode) {
        context.isInTypeSystemDefinition = true
        defer { context.isInTypeSystemDefinition = false }
        switch definition {
        case .operation, .fragment:
            break
        case .schema(let node):
            typeSystemNode(node.directives, scope: .schema, at: .schema)
            for operationType in node.operationTypes { walk(namedType: operationType.type) }
        case .scalar(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .scalar)
        case .object(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .object, interfaces: node.interfaces)
            walk(fields: node.fields)
        case .interface(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .interface, interfaces: node.interfaces)
            walk(fields: node.fields)
        case .union(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .union)
            for member in node.types { walk(namedType: member) }
        case .enumType(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .enumType)
            for value in node.values { typeSystemNode(value.directives, scope: .member, at: .enumValue) }
        case .inputObject(let node):
            typeSystemNode(node.directives, scope: .type(node.name.value), at: .inputObject)
            // graphql-js calls the fields of an input extension ARGUMENT_DEFINITION.
            let location: DirectiveLocation = node.isExtension ? .argumentDefinition : .inputFieldDefinition
            for field in node.fields { walk(inputValue: field, at: location) }
        case .directive(let node):
            for argument in node.arguments { walk(inputValue: argument, at: .argumentDefinition) }
        }
    }

    private func typeSystemNode(_ directives: [DirectiveNode], scope: TypeSystemDirectiveScope, at location: DirectiveLocation,
                                interfaces: [NamedTypeNode] = []) {
        let context = self.context
        visit(Kind.typeSystemNode) { $0.enterTypeSystemNode(directives: directives, scope: scope, context: context) }
        for interface in interfaces { walk(namedType: interface) }
        walk(directives, at: location)
    }

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private func walk(fields: [FieldDefinitionNode]) {
        let context = self.context
        for field in fields {
            visit(Kind.typeSystemNode) { $0.enterTypeSystemNode(directives: field.directives, scope: .member, context: context) }
            for argument in field.arguments { walk(inputValue: argument, at: .argumentDefinition) }
            walk(field.type)
            walk(field.directives, at: .fieldDefinition)
        }
    }

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private func walk(inputValue: InputValueDefinitionNode, at location: DirectiveLocation) {
        let context = self.context
        visit(Kind.typeSystemNode) { $0.enterTypeSystemNode(directives: inputValue.directives, scope: .member, context: context) }
        walk(inputValue.type)
        if let value = inputValue.defaultValue { walk(value) }
        walk(inputValue.directives, at: location)
    }
}
