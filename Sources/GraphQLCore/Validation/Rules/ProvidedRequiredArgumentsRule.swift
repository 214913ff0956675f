// Required Arguments
//
// "For each Field or Directive in the document: Let arguments be the arguments provided by
// the Field or Directive. Let argumentDefinitions be the set of argument definitions of that
// Field or Directive. For each argumentDefinition in argumentDefinitions: Let type be the
// expected type of argumentDefinition. Let defaultValue be the default value of
// argumentDefinition. If type is Non-Null and defaultValue does not exist: Let argumentName be
// the name of argumentDefinition. Let argument be the argument in arguments named
// argumentName. argument must exist."
// https://spec.graphql.org/September2025/#sec-Required-Arguments

/// A field or directive is only valid if all its required arguments (non-null, without a
/// default value) are given.
public final class ProvidedRequiredArgumentsRule: ValidationRule {
    /// For each directive name, its required arguments' names and types as messages print them.
    private var requiredDirectiveArguments: [String: [(name: String, type: String)]] = [:]

    /// Creates the rule: the schema's directives, then those the document defines.
    public init(context: ValidationContext) {
        for directive in context.schema.directives {
            requiredDirectiveArguments[directive.name] = directive.arguments.filter(\.isRequired)
                .map { ($0.name, $0.type.description) }
        }
        for case .directive(let definition) in context.document.definitions {
            requiredDirectiveArguments[definition.name.value] = definition.arguments
                .filter { argument in
                    if case .nonNull = argument.type { return argument.defaultValue == nil }
                    return false
                }
                .map { ($0.name.value, typeNodeText($0.type)) }
        }
    }

    /// Fields and directives, when left (so that errors inside come first).
    public static var visits: ValidationNodeKinds { [.field, .directive] }

    /// Reports each required argument of the field that is not given.
    public func leaveField(_ node: FieldNode, context: ValidationContext) {
        guard let definition = context.fieldDef else { return }
        let given = Set(node.arguments.map(\.name.value))
        for argument in definition.arguments where argument.isRequired && !given.contains(argument.name) {
            context.reportError("Field \"\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                                nodes: [node.loc])
        }
    }

    /// Reports each required argument of the directive that is not given.
    public func leaveDirective(_ node: DirectiveNode, context: ValidationContext) {
        guard let required = requiredDirectiveArguments[node.name.value], !required.isEmpty else { return }
        let given = Set(node.arguments.map(\.name.value))
        for argument in required where !given.contains(argument.name) {
            context.reportError("Directive \"@\(node.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                                nodes: [node.loc])
        }
    }
}
