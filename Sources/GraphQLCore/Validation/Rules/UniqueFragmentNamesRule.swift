// Fragment Name Uniqueness
//
// "Fragment definitions are referenced in fragment spreads by name. To avoid ambiguity, each
// fragment's name must be unique within a document."
// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness

/// A GraphQL document is only valid if all defined fragments have unique names.
public final class UniqueFragmentNamesRule: ValidationRule {
    private var known: [String: NameNode] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Definitions only.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .fragmentDefinition] }

    /// Nothing inside operations matters here.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        context.skipChildren()
    }

    /// Reports a name already used by an earlier fragment.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        let name = node.name
        if let first = known[name.value] {
            context.reportError("There can be only one fragment named \"\(name.value)\".", nodes: [first.loc, name.loc])
        } else {
            known[name.value] = name
        }
        context.skipChildren()
    }
}
