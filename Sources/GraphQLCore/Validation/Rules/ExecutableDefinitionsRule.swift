// Executable Definitions
//
// "For each definition definition in document: definition must be ExecutableDefinition (it
// must not be TypeSystemDefinitionOrExtension)."
// https://spec.graphql.org/September2025/#sec-Executable-Definitions

/// A GraphQL document is only valid for execution if all definitions are either operation or
/// fragment definitions.
public final class ExecutableDefinitionsRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Only the document's top level.
    public static var visits: ValidationNodeKinds { .document }

    /// Reports every type-system definition or extension.
    public func enterDocument(_ node: DocumentNode, context: ValidationContext) {
        for definition in node.definitions {
            let name: String
            switch definition {
            case .operation, .fragment: continue
            case .schema: name = "schema"
            case .scalar(let node): name = "\"\(node.name.value)\""
            case .object(let node): name = "\"\(node.name.value)\""
            case .interface(let node): name = "\"\(node.name.value)\""
            case .union(let node): name = "\"\(node.name.value)\""
            case .enumType(let node): name = "\"\(node.name.value)\""
            case .inputObject(let node): name = "\"\(node.name.value)\""
            case .directive(let node): name = "\"\(node.name.value)\""
            }
            context.reportError("The \(name) definition is not executable.", nodes: [definition.loc])
        }
        context.skipChildren()
    }
}
