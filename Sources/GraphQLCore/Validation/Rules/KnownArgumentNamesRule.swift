// Argument Names
//
// "For each argument in the document: Let argumentName be the Name of argument. Let
// argumentDefinition be the argument definition provided by the parent field or definition
// named argumentName. argumentDefinition must exist."
// https://spec.graphql.org/September2025/#sec-Argument-Names

/// A GraphQL field or directive is only valid if all supplied arguments are defined by that
/// field or directive.
public final class KnownArgumentNamesRule: ValidationRule {
    private var directiveArguments: [String: [String]] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {
        for directive in context.schema.directives {
            directiveArguments[directive.name] = directive.arguments.map(\.name)
        }
        for case .directive(let definition) in context.document.definitions {
            directiveArguments[definition.name.value] = definition.arguments.map(\.name.value)
        }
    }

    /// Directives and arguments.
    public static var visits: ValidationNodeKinds { [.directive, .argument] }

    /// Reports arguments a known directive does not define; skips the directive's arguments.
    public func enterDirective(_ node: DirectiveNode, context: ValidationContext) {
        let name = node.name.value
        if let known = directiveArguments[name] {
            for argument in node.arguments where !known.contains(argument.name.value) {
                let suggestions = suggestionList(argument.name.value, options: known)
                context.reportError("Unknown argument \"\(argument.name.value)\" on directive \"@\(name)\"." + didYouMean(suggestions),
                                    nodes: [argument.loc])
            }
        }
        context.skipChildren()
    }

    /// Reports a field argument the field does not define.
    public func enterArgument(_ node: ArgumentNode, context: ValidationContext) {
        guard context.argument == nil, let field = context.fieldDef, let parentType = context.parentType else { return }
        let suggestions = suggestionList(node.name.value, options: field.arguments.map(\.name))
        context.reportError("Unknown argument \"\(node.name.value)\" on field \"\(parentType.name).\(field.name)\"." + didYouMean(suggestions),
                            nodes: [node.loc])
    }
}
