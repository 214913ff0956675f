// Fragment Spread Type Existence (and every other reference to a named type)
//
// "For each named spread namedSpread in the document: Let fragment be the target of
// namedSpread. The target type of fragment must be defined in the schema."
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence

/// A GraphQL document is only valid if referenced types (variable definitions and fragment
/// conditions) are defined by the schema or by the document itself.
public final class KnownTypeNamesRule: ValidationRule {
    private let definedTypes: Set<String>
    private let definedInOrder: [String]

    /// The built-in scalars and introspection types, which SDL may always name.
    private static let standardTypeNames = BuiltInScalars.all.map(\.name) + IntrospectionTypes.all.map(\.name)

    /// Creates the rule.
    public init(context: ValidationContext) {
        var defined: [String] = []
        for definition in context.document.definitions {
            switch definition {
            case .scalar(let node) where !node.isExtension: defined.append(node.name.value)
            case .object(let node) where !node.isExtension: defined.append(node.name.value)
            case .interface(let node) where !node.isExtension: defined.append(node.name.value)
            case .union(let node) where !node.isExtension: defined.append(node.name.value)
            case .enumType(let node) where !node.isExtension: defined.append(node.name.value)
            case .inputObject(let node) where !node.isExtension: defined.append(node.name.value)
            default: break
            }
        }
        var seen: Set<String> = []
        definedInOrder = defined.filter { seen.insert($0).inserted }
        definedTypes = seen
    }

    /// Named types only.
    public static var visits: ValidationNodeKinds { .namedType }

    /// Reports a type name neither the schema nor the document defines.
    public func enterNamedType(_ node: NamedTypeNode, context: ValidationContext) {
        let name = node.value
        guard context.schema.type(named: name) == nil, !definedTypes.contains(name) else { return }
        let isSDL = context.isInTypeSystemDefinition
        if isSDL, Self.standardTypeNames.contains(name) { return }
        // The schema's names, then the document's; only an error pays for listing them.
        let typeNames = context.schema.types.map(\.name) + definedInOrder
        var seen: Set<String> = []
        let options = (isSDL ? Self.standardTypeNames + typeNames : typeNames).filter { seen.insert($0).inserted }
        let suggestions = suggestionList(name, options: options)
        context.reportError("Unknown type \"\(name)\"." + didYouMean(suggestions), nodes: [node.loc])
    }
}
