// All Variables Used
//
// "For every operation in the document: Let variables be the variables defined by that
// operation. Each variable in variables must be used at least once in either the operation
// scope itself or any fragment transitively referenced by that operation."
// https://spec.graphql.org/September2025/#sec-All-Variables-Used

/// A GraphQL operation is only valid if all variables it defines are used, directly or
/// through the fragments it spreads.
public final class NoUnusedVariablesRule: ValidationRule {
    private var definitions: [VariableDefinitionNode] = []

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations and their variable definitions.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .variableDefinition] }

    /// Starts a new operation.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        definitions = []
    }

    /// Notes a defined variable.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        definitions.append(node)
    }

    /// Reports every defined variable the operation never uses.
    public func leaveOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        let used = Set(context.recursiveVariableUsages(of: node).map(\.name))
        for definition in definitions where !used.contains(definition.variable.name.value) {
            let name = definition.variable.name.value
            let message = node.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                ?? "Variable \"$\(name)\" is never used."
            context.reportError(message, nodes: [definition.loc])
        }
    }
}
