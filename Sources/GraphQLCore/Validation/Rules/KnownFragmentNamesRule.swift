// Fragment Spread Target Defined
//
// "For every namedSpread in the document: Let fragment be the target of namedSpread. fragment
// must be defined in the document."
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined

/// A GraphQL document is only valid if all `...Fragment` spreads refer to fragments defined in
/// the same document.
public final class KnownFragmentNamesRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Fragment spreads only.
    public static var visits: ValidationNodeKinds { .fragmentSpread }

    /// Reports a spread of an undefined fragment.
    public func enterFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext) {
        if context.fragment(named: node.name.value) == nil {
            context.reportError("Unknown fragment \"\(node.name.value)\".", nodes: [node.name.loc])
        }
    }
}
