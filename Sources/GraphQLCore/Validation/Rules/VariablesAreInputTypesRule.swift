// Variables Are Input Types
//
// "For every operation in a document: For every variable on each operation: Let variableType
// be the type of variable. IsInputType(variableType) must be true."
// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types

/// A GraphQL operation is only valid if all the variables it defines are of input types
/// (scalar, enum or input object).
public final class VariablesAreInputTypesRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Variable definitions only.
    public static var visits: ValidationNodeKinds { .variableDefinition }

    /// Reports a variable of an output type.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        guard let type = typeFromAST(context.schema, node.type), !type.isInputType else { return }
        context.reportError("Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(type)\".",
                            nodes: [node.type.loc])
    }
}
