// All Variable Uses Defined
//
// "For each operation in a document: For each variableUsage in scope, variable must be in
// operation's variable list. Let fragments be every fragment referenced by that operation
// transitively. For each fragment in fragments: For each variableUsage in scope of fragment,
// variable must be in operation's variable list."
// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined

/// A GraphQL operation is only valid if all variables it uses, directly and through the
/// fragments it spreads, are defined by that operation.
public final class NoUndefinedVariablesRule: ValidationRule {
    private var defined: Set<String> = []

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations and their variable definitions.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .variableDefinition] }

    /// Starts a new operation.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        defined = []
    }

    /// Notes a defined variable.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        defined.insert(node.variable.name.value)
    }

    /// Reports every use of an undefined variable.
    public func leaveOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        for usage in context.recursiveVariableUsages(of: node) where !defined.contains(usage.name) {
            let message = node.name.map { "Variable \"$\(usage.name)\" is not defined by operation \"\($0.value)\"." }
                ?? "Variable \"$\(usage.name)\" is not defined."
            context.reportError(message, nodes: [usage.loc, node.loc])
        }
    }
}
