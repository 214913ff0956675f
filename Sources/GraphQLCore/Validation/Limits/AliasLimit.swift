// The maximum aliases limit: how many aliased fields an operation selects, each fragment
// counted every time it is spread.

/// Counts the aliases of operations, each fragment measured once.
struct AliasLimit {
    let maxAliases: Int
    let fragments: [String: FragmentDefinitionNode]
    /// The aliases under each fragment, spreads included; 0 while being counted (a cycle adds nothing).
    private var fragmentCounts: [String: Int] = [:]

    init(maxAliases: Int, fragments: [String: FragmentDefinitionNode]) {
        self.maxAliases = maxAliases
        self.fragments = fragments
    }

    /// An error at the operation if it selects more aliases than allowed.
    mutating func check(_ operation: OperationDefinitionNode) -> GraphQLError? {
        let count = aliases(in: operation.selectionSet)
        guard count > maxAliases else { return nil }
        return GraphQLError("Aliases limit of \(maxAliases) exceeded, found \(count).", nodes: [operation.loc])
    }

    /// The aliases in a selection set; counts saturate rather than overflow.
    private mutating func aliases(in selectionSet: SelectionSetNode) -> Int {
        var count = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.alias != nil { count = Self.add(count, 1) }
                if let sub = field.selectionSet { count = Self.add(count, aliases(in: sub)) }
            case .inlineFragment(let inline):
                count = Self.add(count, aliases(in: inline.selectionSet))
            case .fragmentSpread(let spread):
                count = Self.add(count, fragmentCount(spread.name.value))
            }
        }
        return count
    }

    private mutating func fragmentCount(_ name: String) -> Int {
        if let known = fragmentCounts[name] { return known }
        guard let fragment = fragments[name] else { return 0 }
        fragmentCounts[name] = 0
        let count = aliases(in: fragment.selectionSet)
        fragmentCounts[name] = count
        return count
    }

    private static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
