// Maximum introspection depth: not a rule of the spec, but one graphql-js 16 (since 16.9)
// and graphql-core 3.2 apply by default among the specified rules. It stops introspection
// queries that nest the list fields of `__Type` three deep, which can make responses explode.
// https://spec.graphql.org/September2025/#sec-Schema-Introspection

/// An introspection query may not nest `fields`, `interfaces`, `possibleTypes` and
/// `inputFields` three or more deep under `__schema` or `__type`, fragments included.
public final class MaxIntrospectionDepthRule: ValidationRule {
    private static let maxListDepth = 3
    private static let listFields: Set<String> = ["fields", "interfaces", "possibleTypes", "inputFields"]

    private let context: ValidationContext
    private var visitingFragments: Set<String> = []
    /// Whether a fragment entered at a depth reaches the limit. Exact for documents without
    /// fragment cycles (which NoFragmentCyclesRule rejects); it keeps reused fragments from
    /// being walked again and again.
    private var fragmentResults: [FragmentDepth: Bool] = [:]

    private struct FragmentDepth: Hashable {
        let name: String
        let depth: Int
    }

    /// Creates the rule.
    public init(context: ValidationContext) {
        self.context = context
    }

    /// Fields only.
    public static var visits: ValidationNodeKinds { .field }

    /// Checks `__schema` and `__type` fields (by name, wherever they are).
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        guard node.name.value == "__schema" || node.name.value == "__type" else { return }
        if reachesLimit(node.selectionSet, depth: 0) {
            context.reportError("Maximum introspection depth exceeded", nodes: [node.loc])
            context.skipChildren()
        }
    }

    private func reachesLimit(_ selectionSet: SelectionSetNode?, depth: Int) -> Bool {
        guard let selectionSet else { return false }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                var depth = depth
                if Self.listFields.contains(field.name.value) {
                    depth += 1
                    if depth >= Self.maxListDepth { return true }
                }
                if reachesLimit(field.selectionSet, depth: depth) { return true }
            case .inlineFragment(let inline):
                if reachesLimit(inline.selectionSet, depth: depth) { return true }
            case .fragmentSpread(let spread):
                if fragmentReachesLimit(spread.name.value, depth: depth) { return true }
            }
        }
        return false
    }

    private func fragmentReachesLimit(_ name: String, depth: Int) -> Bool {
        let key = FragmentDepth(name: name, depth: depth)
        if let known = fragmentResults[key] { return known }
        guard !visitingFragments.contains(name), let fragment = context.fragment(named: name) else { return false }
        visitingFragments.insert(name)
        let result = reachesLimit(fragment.selectionSet, depth: depth)
        visitingFragments.remove(name)
        fragmentResults[key] = result
        return result
    }
}
