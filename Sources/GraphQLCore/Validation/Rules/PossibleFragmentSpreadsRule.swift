// Fragment Spread Is Possible
//
// "For each spread (named or inline) defined in the document: Let fragment be the target of
// spread. Let fragmentType be the type condition of fragment. Let parentType be the type of
// the selection set containing spread. Let applicableTypes be the intersection of
// GetPossibleTypes(fragmentType) and GetPossibleTypes(parentType). applicableTypes must not be
// empty."
// https://spec.graphql.org/September2025/#sec-Fragment-spread-is-possible

/// A fragment spread is only valid if the type condition could ever possibly be true: if there
/// is a non-empty intersection of the possible parent types and the possible types that pass
/// the type condition.
public final class PossibleFragmentSpreadsRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Spreads only.
    public static var visits: ValidationNodeKinds { [.inlineFragment, .fragmentSpread] }

    /// Reports an inline fragment whose type can never apply here.
    public func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {
        guard let fragmentType = context.type?.namedType, fragmentType.isCompositeType,
              let parentType = context.parentType,
              !doTypesOverlap(context.schema, fragmentType, parentType) else { return }
        context.reportError("Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                            nodes: [node.loc])
    }

    /// Reports a named spread whose fragment's type can never apply here.
    public func enterFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext) {
        let name = node.name.value
        guard let fragment = context.fragment(named: name),
              let fragmentType = context.schema.type(named: fragment.typeCondition.value), fragmentType.isCompositeType,
              let parentType = context.parentType,
              !doTypesOverlap(context.schema, fragmentType, parentType) else { return }
        context.reportError("Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
                            nodes: [node.loc])
    }
}
