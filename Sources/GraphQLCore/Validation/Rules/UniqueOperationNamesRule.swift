// Operation Name Uniqueness
//
// "Each named operation definition must be unique within a document when referred to by its
// name."
// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness

/// A GraphQL document is only valid if all defined operations have unique names.
public final class UniqueOperationNamesRule: ValidationRule {
    private var known: [String: NameNode] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations (and fragments, to skip them).
    public static var visits: ValidationNodeKinds { [.operationDefinition, .fragmentDefinition] }

    /// Reports a name already used by an earlier operation.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        if let name = node.name {
            if let first = known[name.value] {
                context.reportError("There can be only one operation named \"\(name.value)\".", nodes: [first.loc, name.loc])
            } else {
                known[name.value] = name
            }
        }
        context.skipChildren()
    }

    /// Nothing inside fragments matters here.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        context.skipChildren()
    }
}
