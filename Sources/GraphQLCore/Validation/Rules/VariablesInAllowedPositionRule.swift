// All Variable Usages Are Allowed
//
// "For each operation in document: Let variableUsages be all usages transitively included in
// the operation. For each variableUsage in variableUsages: Let variableName be the name of
// variableUsage. Let variableDefinition be the VariableDefinition named variableName defined
// within operation. IsVariableUsageAllowed(variableDefinition, variableUsage) must be true."
// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed

/// Variables must be used where their type is allowed: the same type or a stricter one, or a
/// nullable variable where a non-null is expected only if a default value makes up for it.
public final class VariablesInAllowedPositionRule: ValidationRule {
    private var variableDefinitions: [String: VariableDefinitionNode] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations and variable definitions.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .variableDefinition] }

    /// Forgets the previous operation's variables.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        variableDefinitions = [:]
    }

    /// Remembers a variable's definition.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        variableDefinitions[node.variable.name.value] = node
    }

    /// Checks every use of a variable in the operation and the fragments it uses.
    public func leaveOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        for usage in context.recursiveVariableUsages(of: node) {
            guard let definition = variableDefinitions[usage.name], let locationType = usage.type,
                  let variableType = typeFromAST(context.schema, definition.type) else { continue }
            if !Self.isAllowed(context.schema, variableType, definition.defaultValue, locationType, usage.defaultValue) {
                context.reportError(
                    "Variable \"$\(usage.name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                    nodes: [definition.loc, usage.loc])
            }
        }
    }

    /// graphql-js's `allowedVariableUsage`: a nullable variable may fill a non-null position
    /// when the variable has a non-null default or the position has a default of its own.
    static func isAllowed(_ schema: GraphQLSchema, _ variableType: GraphQLType, _ variableDefault: ValueNode?,
                          _ locationType: GraphQLType, _ locationDefault: JSON?) -> Bool {
        if case .nonNull(let nullableLocationType) = locationType, !variableType.isNonNull {
            var hasNonNullVariableDefault = false
            if let variableDefault, variableDefault.kind != .null { hasNonNullVariableDefault = true }
            guard hasNonNullVariableDefault || locationDefault != nil else { return false }
            return isTypeSubTypeOf(schema, variableType, nullableLocationType)
        }
        return isTypeSubTypeOf(schema, variableType, locationType)
    }
}
