// Directives Are Unique Per Location
//
// "For every location in the document for which Directives can apply: Let directives be the
// set of Directives which apply to location and are not repeatable. For each directive in
// directives: Let directiveName be the name of directive. Let namedDirectives be the set of
// all Directives named directiveName in directives. namedDirectives must be a set of one."
// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location

/// A GraphQL document is only valid if all non-repeatable directives at a given location are
/// uniquely named. A type's definition and its extensions count as one location.
public final class UniqueDirectivesPerLocationRule: ValidationRule {
    private var isUnique: [String: Bool] = [:]
    private var schemaDirectives: [String: DirectiveNode] = [:]
    private var typeDirectives: [String: [String: DirectiveNode]] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {
        for directive in context.schema.directives { isUnique[directive.name] = !directive.isRepeatable }
        for case .directive(let definition) in context.document.definitions {
            isUnique[definition.name.value] = !definition.repeatable
        }
    }

    /// Every node that carries directives.
    public static var visits: ValidationNodeKinds {
        [.operationDefinition, .variableDefinition, .field, .fragmentSpread, .inlineFragment, .fragmentDefinition, .typeSystemNode]
    }

    /// Checks an operation's directives.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        check(node.directives, context: context)
    }
    /// Checks a variable definition's directives.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        check(node.directives, context: context)
    }
    /// Checks a field's directives.
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        check(node.directives, context: context)
    }
    /// Checks a fragment spread's directives.
    public func enterFragmentSpread(_ node: FragmentSpreadNode, context: ValidationContext) {
        check(node.directives, context: context)
    }
    /// Checks an inline fragment's directives.
    public func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {
        check(node.directives, context: context)
    }
    /// Checks a fragment definition's directives.
    public func enterFragmentDefinition(_ node: FragmentDefinitionNode, context: ValidationContext) {
        check(node.directives, context: context)
    }

    /// Checks a type-system node's directives; a schema's or a type's count with those of
    /// its other definitions and extensions.
    public func enterTypeSystemNode(directives: [DirectiveNode], scope: TypeSystemDirectiveScope, context: ValidationContext) {
        switch scope {
        case .schema:
            check(directives, seen: &schemaDirectives, context: context)
        case .type(let name):
            var seen = typeDirectives[name] ?? [:]
            check(directives, seen: &seen, context: context)
            typeDirectives[name] = seen
        case .member:
            check(directives, context: context)
        }
    }

    private func check(_ directives: [DirectiveNode], context: ValidationContext) {
        guard directives.count > 1 else { return }
        var seen: [String: DirectiveNode] = [:]
        check(directives, seen: &seen, context: context)
    }

    private func check(_ directives: [DirectiveNode], seen: inout [String: DirectiveNode], context: ValidationContext) {
        for directive in directives {
            let name = directive.name.value
            guard isUnique[name] == true else { continue }
            if let first = seen[name] {
                context.reportError("The directive \"@\(name)\" can only be used once at this location.",
                                    nodes: [first.loc, directive.loc])
            } else {
                seen[name] = directive
            }
        }
    }
}
