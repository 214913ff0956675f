// Fragment Spreads Must Not Form Cycles
//
// "For each fragmentDefinition in the document: Let visited be the empty set.
// DetectFragmentCycles(fragmentDefinition, visited)."
// https://spec.graphql.org/September2025/#sec-Fragment-spreads-must-not-form-cycles

/// A GraphQL document is only valid if fragment spreads do not form cycles: a fragment must
/// not spread itself, directly or through other fragments. Each fragment is searched once.
public final class NoFragmentCyclesRule: ValidationRule {
    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpreadNode] = []
    private var pathIndexByName: [String: Int] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Definitions only.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .fragmentDefinition] }

    /// Nothing inside operations matters here.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        context.skipChildren()
    }

    /// Searches the fragment's spreads for cycles.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        detectCycles(from: node, context: context)
        context.skipChildren()
    }

    /// Depth-first search over spreads; the spread path is the current chain of spreads.
    private func detectCycles(from fragment: FragmentDefinitionNode, context: ValidationContext) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(in: fragment.selectionSet)
        guard !spreads.isEmpty else { return }
        pathIndexByName[name] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleIndex = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleIndex...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.reportError("Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                                    nodes: cycle.map(\.loc))
            } else if let target = context.fragment(named: spreadName) {
                detectCycles(from: target, context: context)
            }
            spreadPath.removeLast()
        }
        pathIndexByName[name] = nil
    }
}
