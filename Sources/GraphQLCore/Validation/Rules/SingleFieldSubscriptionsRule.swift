// Single Root Field
//
// "For each subscription operation definition subscription in the document: Let
// subscriptionType be the root Subscription type in schema. Let selectionSet be the top level
// selection set on subscription. Let collectedFieldsMap be the result of
// CollectSubscriptionFields(subscriptionType, selectionSet). collectedFieldsMap must have
// exactly one entry, which must not be an introspection field."
// https://spec.graphql.org/September2025/#sec-Single-Root-Field

/// A subscription is valid only if it selects a single root field, which is not an
/// introspection field, and uses no `@skip` or `@include` at its top level (September 2025;
/// the messages for that case are graphql-js 17's).
public final class SingleFieldSubscriptionsRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations only.
    public static var visits: ValidationNodeKinds { .operationDefinition }

    /// Checks a subscription's top level selection.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        defer { context.skipChildren() }
        guard node.operation == .subscription, let subscriptionType = context.schema.subscriptionType else { return }
        let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        var collector = RootFieldCollector(context: context, rootType: subscriptionType)
        collector.collect(node.selectionSet)
        if !collector.conditionalDirectives.isEmpty {
            context.reportError("\(subject) must not use `@skip` or `@include` directives in the top level selection.",
                                nodes: collector.conditionalDirectives.map(\.loc))
            return
        }
        let groups = collector.fields
        if groups.count > 1 {
            context.reportError("\(subject) must select only one top level field.",
                                nodes: groups.dropFirst().flatMap { $0.nodes.map(\.loc) })
        }
        for group in groups where group.nodes[0].name.value.hasPrefix("__") {
            context.reportError("\(subject) must not select an introspection top level field.", nodes: group.nodes.map(\.loc))
        }
    }
}

/// CollectSubscriptionFields: the root fields by response key, in order, following fragments
/// whose type applies; `@skip` and `@include` are collected rather than evaluated.
private struct RootFieldCollector {
    let context: ValidationContext
    let rootType: GraphQLObjectType
    var fields: [(key: String, nodes: [FieldNode])] = []
    var indexByKey: [String: Int] = [:]
    var visitedFragments: Set<String> = []
    var conditionalDirectives: [DirectiveNode] = []

    init(context: ValidationContext, rootType: GraphQLObjectType) {
        self.context = context
        self.rootType = rootType
    }

    /// Collects in document order, entering fragments with an explicit stack (a chain of
    /// thousands of fragments must not overflow the thread's stack).
    mutating func collect(_ selectionSet: SelectionSetNode) {
        var stack: [(selections: [SelectionNode], next: Int)] = [(selectionSet.selections, 0)]
        while let top = stack.last {
            guard top.next < top.selections.count else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            switch top.selections[top.next] {
            case .field(let field):
                noteConditions(field.directives)
                let key = field.responseKey
                if let index = indexByKey[key] {
                    fields[index].nodes.append(field)
                } else {
                    indexByKey[key] = fields.count
                    fields.append((key, [field]))
                }
            case .inlineFragment(let inline):
                noteConditions(inline.directives)
                if applies(inline.typeCondition) { stack.append((inline.selectionSet.selections, 0)) }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visitedFragments.contains(name) else { continue }
                noteConditions(spread.directives)
                visitedFragments.insert(name)
                if let fragment = context.fragment(named: name), applies(fragment.typeCondition) {
                    stack.append((fragment.selectionSet.selections, 0))
                }
            }
        }
    }

    private mutating func noteConditions(_ directives: [DirectiveNode]) {
        for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
            conditionalDirectives.append(directive)
        }
    }

    private func applies(_ condition: NamedTypeNode?) -> Bool {
        guard let condition else { return true }
        guard let type = context.schema.type(named: condition.value) else { return false }
        return doTypesOverlap(context.schema, type, rootType)
    }
}
