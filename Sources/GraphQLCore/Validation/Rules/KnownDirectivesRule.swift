// Directives Are Defined, Directives Are In Valid Locations
//
// "For every directive in a document: Let directiveName be the name of directive. Let
// directiveDefinition be the directive named directiveName. directiveDefinition must exist."
// "For every directive in a document: Let directiveName be the name of directive. Let
// directiveDefinition be the directive named directiveName. Let locations be the valid
// locations for directiveDefinition. Let adjacent be the AST node the directive affects.
// adjacent must be represented by an item within locations."
// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
// https://spec.graphql.org/September2025/#sec-Directives-Are-In-Valid-Locations

/// A GraphQL document is only valid if all `@directives` are known by the schema (or defined
/// in the document) and legally positioned.
public final class KnownDirectivesRule: ValidationRule {
    private var locationsByName: [String: [String]] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {
        for directive in context.schema.directives {
            locationsByName[directive.name] = directive.locations.map(\.rawValue)
        }
        for case .directive(let definition) in context.document.definitions {
            locationsByName[definition.name.value] = definition.locations.map(\.value)
        }
    }

    /// Directives only.
    public static var visits: ValidationNodeKinds { .directive }

    /// Reports an unknown directive, or one used where its definition does not allow it.
    public func enterDirective(_ node: DirectiveNode, context: ValidationContext) {
        let name = node.name.value
        guard let locations = locationsByName[name] else {
            context.reportError("Unknown directive \"@\(name)\".", nodes: [node.loc])
            return
        }
        if let location = context.directiveLocation, !locations.contains(location.rawValue) {
            context.reportError("Directive \"@\(name)\" may not be used on \(location.rawValue).", nodes: [node.loc])
        }
    }
}
