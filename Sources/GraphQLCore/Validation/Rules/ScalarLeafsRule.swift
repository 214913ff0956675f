// Leaf Field Selections
//
// "For each selection in the document: Let selectionType be the unwrapped result type of
// selection. If selectionType is a scalar or enum: The subselection set of that selection must
// be empty. If selectionType is an interface, union, or object: The subselection set of that
// selection must not be empty."
// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections

/// A GraphQL document is valid only if all leaf fields (fields without sub selections) are of
/// scalar or enum types, and all other fields have sub selections.
public final class ScalarLeafsRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Fields only.
    public static var visits: ValidationNodeKinds { .field }

    /// Reports a leaf with a selection set, or a composite field without one.
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        guard let type = context.type else { return }
        let fieldName = node.name.value
        if type.namedType.isLeafType {
            if let selectionSet = node.selectionSet {
                context.reportError("Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.",
                                    nodes: [selectionSet.loc])
            }
        } else if node.selectionSet == nil {
            context.reportError("Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?",
                                nodes: [node.loc])
        }
    }
}
