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

    /// Depth-first search over spreads, in graphql-js's order, with an explicit stack (a
    /// chain of thousands of fragments must not overflow the thread's stack). The spread path
    /// is the chain of spreads from the fragment being checked to the current one.
    private func detectCycles(from fragment: FragmentDefinitionNode, context: ValidationContext) {
        guard visited.insert(fragment.name.value).inserted else { return }
        let firstSpreads = context.fragmentSpreads(in: fragment.selectionSet)
        guard !firstSpreads.isEmpty else { return }
        pathIndexByName[fragment.name.value] = spreadPath.count
        var stack: [(name: String, spreads: [FragmentSpreadNode], next: Int)] = [(fragment.name.value, firstSpreads, 0)]
        while let top = stack.last {
            if top.next == top.spreads.count {
                pathIndexByName[top.name] = nil
                stack.removeLast()
                if !stack.isEmpty { spreadPath.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            let spread = top.spreads[top.next]
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleIndex = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleIndex...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.reportError("Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                                    nodes: cycle.map(\.loc))
            } else if let target = context.fragment(named: spreadName), visited.insert(spreadName).inserted {
                let spreads = context.fragmentSpreads(in: target.selectionSet)
                if !spreads.isEmpty {
                    pathIndexByName[spreadName] = spreadPath.count
                    stack.append((spreadName, spreads, 0))
                    continue  // the spread stays on the path until this fragment is done
                }
            }
            spreadPath.removeLast()
        }
    }
}
