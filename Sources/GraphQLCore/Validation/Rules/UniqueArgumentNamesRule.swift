// Argument Uniqueness
//
// "For each argument in the Document: Let argumentName be the Name of argument. Let arguments
// be all Arguments named argumentName in the Argument Set which contains argument. arguments
// must be the set containing only argument."
// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness

/// A GraphQL field or directive is only valid if all supplied arguments are uniquely named.
public final class UniqueArgumentNamesRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Fields and directives.
    public static var visits: ValidationNodeKinds { [.field, .directive] }

    /// Checks a field's arguments.
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        check(node.arguments, context: context)
    }

    /// Checks a directive's arguments.
    public func enterDirective(_ node: DirectiveNode, context: ValidationContext) {
        check(node.arguments, context: context)
    }

    private func check(_ arguments: [ArgumentNode], context: ValidationContext) {
        guard arguments.count > 1 else { return }
        for (name, nodes) in arguments.map(\.name).groupedByValue where nodes.count > 1 {
            context.reportError("There can be only one argument named \"\(name)\".", nodes: nodes.map(\.loc))
        }
    }
}
