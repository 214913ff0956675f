// Where an operation or fragment uses variables, and what type each position expects
// (graphql-js's getVariableUsages).

/// One use of a variable in a value position.
public struct VariableUsage: Sendable {
    /// The variable's name, without `$`.
    public var name: String
    /// Where the use is (`$` included).
    public var loc: Location
    /// The input type the position expects, if known.
    public var type: GraphQLType?
    /// The default value of the argument or input field at the position, if it has one.
    public var defaultValue: JSON?
}

/// Collects the variable uses of one operation or fragment definition, in document order,
/// leaving out variable definitions (their default values are constants) and not following
/// fragment spreads.
struct VariableUsageCollector {
    private let typeInfo: TypeInfo
    private(set) var usages: [VariableUsage] = []

    init(schema: GraphQLSchema) {
        typeInfo = TypeInfo(schema: schema)
    }

    mutating func collect(_ operation: OperationDefinitionNode) {
        guard Self.usesVariables(operation.directives) || Self.usesVariables(operation.selectionSet) else { return }
        typeInfo.enterOperationDefinition(operation)
        directives(operation.directives)
        selectionSet(operation.selectionSet)
        typeInfo.leaveOperationDefinition()
    }

    mutating func collect(_ fragment: FragmentDefinitionNode) {
        guard Self.usesVariables(fragment.directives) || Self.usesVariables(fragment.selectionSet) else { return }
        typeInfo.enterFragmentDefinition(fragment)
        directives(fragment.directives)
        selectionSet(fragment.selectionSet)
        typeInfo.leaveFragmentDefinition()
    }

    private mutating func selectionSet(_ node: SelectionSetNode) {
        typeInfo.enterSelectionSet()
        for selection in node.selections {
            switch selection {
            case .field(let field):
                typeInfo.enterField(field)
                arguments(field.arguments)
                directives(field.directives)
                if let set = field.selectionSet { selectionSet(set) }
                typeInfo.leaveField()
            case .fragmentSpread(let spread):
                directives(spread.directives)
            case .inlineFragment(let inline):
                typeInfo.enterInlineFragment(inline)
                directives(inline.directives)
                selectionSet(inline.selectionSet)
                typeInfo.leaveInlineFragment()
            }
        }
        typeInfo.leaveSelectionSet()
    }

    private mutating func directives(_ nodes: [DirectiveNode]) {
        for directive in nodes {
            typeInfo.enterDirective(directive)
            arguments(directive.arguments)
            typeInfo.leaveDirective()
        }
    }

    private mutating func arguments(_ nodes: [ArgumentNode]) {
        for argument in nodes {
            typeInfo.enterArgument(argument)
            value(argument.value)
            typeInfo.leaveArgument()
        }
    }

    private mutating func value(_ node: ValueNode) {
        switch node.kind {
        case .variable(let name):
            usages.append(VariableUsage(name: name, loc: node.loc, type: typeInfo.inputType, defaultValue: typeInfo.defaultValue))
        case .list(let items):
            typeInfo.enterValue(node)
            for item in items { value(item) }
            typeInfo.leaveValue(node)
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field)
                value(field.value)
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
    }

    // A quick scan without type lookups, so that definitions without variables cost little.

    private static func usesVariables(_ selectionSet: SelectionSetNode) -> Bool {
        selectionSet.selections.contains { selection in
            switch selection {
            case .field(let field):
                return field.arguments.contains { usesVariables($0.value) } || usesVariables(field.directives)
                    || field.selectionSet.map(usesVariables) == true
            case .fragmentSpread(let spread):
                return usesVariables(spread.directives)
            case .inlineFragment(let inline):
                return usesVariables(inline.directives) || usesVariables(inline.selectionSet)
            }
        }
    }

    private static func usesVariables(_ directives: [DirectiveNode]) -> Bool {
        directives.contains { $0.arguments.contains { usesVariables($0.value) } }
    }

    private static func usesVariables(_ value: ValueNode) -> Bool {
        switch value.kind {
        case .variable: return true
        case .list(let items): return items.contains(where: usesVariables)
        case .object(let fields): return fields.contains { usesVariables($0.value) }
        default: return false
        }
    }
}
