// The fields an operation selects at its root, through inline fragments and fragment spreads.

extension OperationDefinitionNode {
    /// Calls `body` with every root field of the operation in document order, looking into
    /// inline fragments and spread fragments (each named fragment once, so cycles and repeated
    /// spreads cost nothing). `@skip` and `@include` are not evaluated.
    func forEachRootField(fragments: [String: FragmentDefinitionNode], _ body: (FieldNode) -> Void) {
        var visited: Set<String> = []
        var stack: [[SelectionNode]] = [selectionSet.selections.reversed()]
        while var selections = stack.popLast() {
            guard let selection = selections.popLast() else { continue }
            stack.append(selections)
            switch selection {
            case .field(let field):
                body(field)
            case .inlineFragment(let inline):
                stack.append(inline.selectionSet.selections.reversed())
            case .fragmentSpread(let spread):
                if visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] {
                    stack.append(fragment.selectionSet.selections.reversed())
                }
            }
        }
    }
}
