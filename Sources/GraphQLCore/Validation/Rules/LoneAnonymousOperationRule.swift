// Lone Anonymous Operation
//
// "GraphQL allows a short-hand form for defining query operations when only that one operation
// exists in the document."
// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation

/// A GraphQL document that contains an anonymous operation (the query short-hand) is only
/// valid if it contains only that one operation definition.
public final class LoneAnonymousOperationRule: ValidationRule {
    private var operationCount = 0

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// The document and its operations.
    public static var visits: ValidationNodeKinds { [.document, .operationDefinition] }

    /// Counts the operations.
    public func enterDocument(_ node: DocumentNode, context: ValidationContext) {
        operationCount = node.definitions.reduce(0) { count, definition in
            if case .operation = definition { return count + 1 }
            return count
        }
    }

    /// Reports an anonymous operation beside others.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        if node.name == nil, operationCount > 1 {
            context.reportError("This anonymous operation must be the only defined operation.", nodes: [node.loc])
        }
    }
}
