// Variable Uniqueness
//
// "For every operation in the document: For every variable defined on operation: Let
// variableName be the name of variable. Let variables be the set of all variables named
// variableName on operation. variables must be a set of one."
// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness

/// A GraphQL operation is only valid if all its variables are uniquely named.
public final class UniqueVariableNamesRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations only.
    public static var visits: ValidationNodeKinds { .operationDefinition }

    /// Reports each name defined more than once, with every definition.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        for (name, nodes) in node.variableDefinitions.map(\.variable.name).groupedByValue where nodes.count > 1 {
            context.reportError("There can be only one variable named \"$\(name)\".", nodes: nodes.map(\.loc))
        }
    }
}
