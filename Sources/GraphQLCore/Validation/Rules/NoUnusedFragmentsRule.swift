// Fragments Must Be Used
//
// "For each fragment defined in the document: fragment must be the target of at least one
// spread in the document."
// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used

/// A GraphQL document is only valid if all fragment definitions are spread within operations,
/// or spread within other fragments spread within operations.
public final class NoUnusedFragmentsRule: ValidationRule {
    private var operations: [OperationDefinitionNode] = []
    private var fragments: [FragmentDefinitionNode] = []

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Definitions, and the end of the document.
    public static var visits: ValidationNodeKinds { [.document, .operationDefinition, .fragmentDefinition] }

    /// Remembers the operation.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        operations.append(node)
        context.skipChildren()
    }

    /// Remembers the fragment.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        fragments.append(node)
        context.skipChildren()
    }

    /// Reports every fragment no operation reaches.
    public func leaveDocument(_ node: DocumentNode, context: ValidationContext) {
        var used: Set<String> = []
        for operation in operations {
            for fragment in context.recursivelyReferencedFragments(of: operation) { used.insert(fragment.name.value) }
        }
        for fragment in fragments where !used.contains(fragment.name.value) {
            context.reportError("Fragment \"\(fragment.name.value)\" is never used.", nodes: [fragment.loc])
        }
    }
}
