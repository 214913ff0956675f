// The maximum root fields limit: how many distinct root fields (response keys) an operation
// selects, through fragments and inline fragments at the root.

/// Counts the distinct root response keys of operations.
struct RootFieldLimit {
    let maxRootFields: Int
    let fragments: [String: FragmentDefinitionNode]

    /// An error at the first root field past the limit, if the operation has more root fields
    /// than allowed.
    func check(_ operation: OperationDefinitionNode) -> GraphQLError? {
        var keys: Set<String> = []
        var firstOver: Location?
        var visited: Set<String> = []
        var stack: [[SelectionNode]] = [operation.selectionSet.selections.reversed()]
        while var selections = stack.popLast() {
            guard let selection = selections.popLast() else { continue }
            stack.append(selections)
            switch selection {
            case .field(let field):
                if keys.insert(field.responseKey).inserted, keys.count == maxRootFields + 1 { firstOver = field.loc }
            case .inlineFragment(let inline):
                stack.append(inline.selectionSet.selections.reversed())
            case .fragmentSpread(let spread):
                if visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] {
                    stack.append(fragment.selectionSet.selections.reversed())
                }
            }
        }
        guard let firstOver else { return nil }
        return GraphQLError("Root fields limit of \(maxRootFields) exceeded, found \(keys.count).", nodes: [firstOver])
    }
}
