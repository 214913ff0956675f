// The maximum depth limit: how deeply an operation nests fields, fragments expanded.

/// Measures the field depth of operations, each fragment once.
struct DepthLimit {
    let maxDepth: Int
    let fragments: [String: FragmentDefinitionNode]
    /// The depth of each fragment's selection set; 0 while being measured (a cycle adds nothing).
    private var fragmentDepths: [String: Int] = [:]

    init(maxDepth: Int, fragments: [String: FragmentDefinitionNode]) {
        self.maxDepth = maxDepth
        self.fragments = fragments
    }

    /// An error at the first field deeper than the limit, if the operation has one.
    mutating func check(_ operation: OperationDefinitionNode) -> GraphQLError? {
        let depth = self.depth(of: operation.selectionSet)
        guard depth > maxDepth else { return nil }
        let field = firstField(atDepth: maxDepth + 1, in: operation.selectionSet, visited: [])
        return GraphQLError("Depth limit of \(maxDepth) exceeded, found \(depth).", nodes: field.map { [$0] } ?? [operation.loc])
    }

    /// The depth of a selection set: 1 + the deepest field's sub-selection, introspection left out.
    private mutating func depth(of selectionSet: SelectionSetNode) -> Int {
        var deepest = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard !Self.isIntrospection(field) else { continue }
                deepest = max(deepest, 1 + (field.selectionSet.map { depth(of: $0) } ?? 0))
            case .inlineFragment(let inline):
                deepest = max(deepest, depth(of: inline.selectionSet))
            case .fragmentSpread(let spread):
                deepest = max(deepest, fragmentDepth(spread.name.value))
            }
        }
        return deepest
    }

    private mutating func fragmentDepth(_ name: String) -> Int {
        if let known = fragmentDepths[name] { return known }
        guard let fragment = fragments[name] else { return 0 }
        fragmentDepths[name] = 0
        let depth = depth(of: fragment.selectionSet)
        fragmentDepths[name] = depth
        return depth
    }

    /// The first field, in document order with fragments expanded, at `level` (1 = root fields).
    private mutating func firstField(atDepth level: Int, in selectionSet: SelectionSetNode, visited: Set<String>) -> Location? {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard !Self.isIntrospection(field) else { continue }
                if level == 1 { return field.loc }
                if let sub = field.selectionSet, depth(of: sub) >= level - 1,
                   let found = firstField(atDepth: level - 1, in: sub, visited: visited) { return found }
            case .inlineFragment(let inline):
                if depth(of: inline.selectionSet) >= level,
                   let found = firstField(atDepth: level, in: inline.selectionSet, visited: visited) { return found }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                if !visited.contains(name), let fragment = fragments[name], fragmentDepth(name) >= level,
                   let found = firstField(atDepth: level, in: fragment.selectionSet, visited: visited.union([name])) { return found }
            }
        }
        return nil
    }

    private static func isIntrospection(_ field: FieldNode) -> Bool {
        field.name.value == "__schema" || field.name.value == "__type"
    }
}
