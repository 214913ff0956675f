// Fragments On Composite Types
//
// "For each fragment defined in the document: The target type of fragment must have kind
// UNION, INTERFACE, or OBJECT."
// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types

/// Fragments can only be spread into a composite type (object, interface or union), so their
/// type condition must be a composite type too.
public final class FragmentsOnCompositeTypesRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Inline fragments and fragment definitions.
    public static var visits: ValidationNodeKinds { [.inlineFragment, .fragmentDefinition] }

    /// Reports an inline fragment on a leaf or input type.
    public func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {
        guard let condition = node.typeCondition, let type = context.schema.type(named: condition.value),
              !type.isCompositeType else { return }
        context.reportError("Fragment cannot condition on non composite type \"\(condition.value)\".", nodes: [condition.loc])
    }

    /// Reports a fragment definition on a leaf or input type.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        let condition = node.typeCondition
        guard let type = context.schema.type(named: condition.value), !type.isCompositeType else { return }
        context.reportError("Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(condition.value)\".",
                            nodes: [condition.loc])
    }
}
