// The SDL rules about what a document refers to: graphql-js 16's KnownTypeNames,
// KnownDirectives, UniqueDirectivesPerLocation and PossibleTypeExtensions.

/// Known Type Names: every named type reference names a defined or standard type.
/// https://spec.graphql.org/September2025/#sec-Types
final class SDLKnownTypeNamesRule: SDLRule {
    private static let standardTypeNames = BuiltInScalars.all.map(\.name) + IntrospectionTypes.all.map(\.name)
    private let defined: Set<String>
    private let definedInOrder: [String]

    init(_ document: DocumentNode) {
        var seen = Set<String>(), order: [String] = []
        for definition in document.definitions {
            if let name = definition.typeDefinitionName?.value, seen.insert(name).inserted { order.append(name) }
        }
        defined = seen
        definedInOrder = order
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .namedType(let name) = node, !defined.contains(name.value) else { return }
        let isSDL = context.inTypeSystemDefinition
        if isSDL, Self.standardTypeNames.contains(name.value) { return }
        let options = isSDL ? Self.standardTypeNames + definedInOrder : definedInOrder
        context.report("Unknown type \"\(name.value)\"." + didYouMean(suggestionList(name.value, options: options)), [name.loc])
    }
}

/// Known Directives: every directive used is defined and allowed where it is used.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
final class SDLKnownDirectivesRule: SDLRule {
    private var locations: [String: [String]] = [:]

    init(_ document: DocumentNode) {
        for directive in SpecifiedDirectives.all { locations[directive.name] = directive.locations.map(\.rawValue) }
        for case .directive(let definition) in document.definitions {
            locations[definition.name.value] = definition.locations.map(\.value)
        }
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .directive(let directive) = node else { return }
        let name = directive.name.value
        guard let allowed = locations[name] else {
            context.report("Unknown directive \"@\(name)\".", [directive.loc])
            return
        }
        if let candidate = Self.location(context.ancestors), !allowed.contains(candidate.rawValue) {
            context.report("Directive \"@\(name)\" may not be used on \(candidate.rawValue).", [directive.loc])
        }
    }

    /// The location of the node a directive is applied to (the last ancestor).
    private static func location(_ ancestors: [SDLNode]) -> DirectiveLocation? {
        guard let appliedTo = ancestors.last else { return nil }
        switch appliedTo {
        case .definition(let definition):
            switch definition {
            case .operation(let operation):
                switch operation.operation {
                case .query: return .query
                case .mutation: return .mutation
                case .subscription: return .subscription
                }
            case .fragment: return .fragmentDefinition
            case .schema: return .schema
            case .scalar: return .scalar
            case .object: return .object
            case .interface: return .interface
            case .union: return .union
            case .enumType: return .enumType
            case .inputObject: return .inputObject
            case .directive: return nil
            }
        case .field: return .field
        case .fragmentSpread: return .fragmentSpread
        case .inlineFragment: return .inlineFragment
        case .variableDefinition: return .variableDefinition
        case .fieldDefinition: return .fieldDefinition
        case .enumValueDefinition: return .enumValue
        case .inputValueDefinition:
            // As graphql-js 16: only an input object *definition* (not extension) holds input fields.
            if ancestors.count >= 2, case .definition(.inputObject(let input)) = ancestors[ancestors.count - 2], !input.isExtension {
                return .inputFieldDefinition
            }
            return .argumentDefinition
        default: return nil
        }
    }
}

/// Unique Directives Per Location: a non-repeatable directive is used once per location (a
/// type's definition and extensions count as one location, and so do the schema's).
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
final class SDLUniqueDirectivesPerLocationRule: SDLRule {
    private var unique: [String: Bool] = [:]
    private var schemaDirectives: [String: DirectiveNode] = [:]
    private var typeDirectives: [String: [String: DirectiveNode]] = [:]

    init(_ document: DocumentNode) {
        for directive in SpecifiedDirectives.all { unique[directive.name] = !directive.isRepeatable }
        for case .directive(let definition) in document.definitions { unique[definition.name.value] = !definition.repeatable }
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard let directives = node.appliedDirectives else { return }
        var seen: [String: DirectiveNode]
        var typeName: String?
        var isSchema = false
        if case .definition(let definition) = node {
            if case .schema = definition { isSchema = true }
            typeName = definition.typeName?.value
        }
        if isSchema { seen = schemaDirectives } else if let typeName { seen = typeDirectives[typeName] ?? [:] } else { seen = [:] }
        for directive in directives where unique[directive.name.value] == true {
            if let already = seen[directive.name.value] {
                context.report("The directive \"@\(directive.name.value)\" can only be used once at this location.", [already.loc, directive.loc])
            } else {
                seen[directive.name.value] = directive
            }
        }
        if isSchema { schemaDirectives = seen } else if let typeName { typeDirectives[typeName] = seen }
    }
}

/// Possible Type Extensions: an extension extends a defined type of the same kind.
/// https://spec.graphql.org/September2025/#sec-Type-Extensions
final class PossibleTypeExtensionsRule: SDLRule {
    private var definitions: [String: DefinitionNode] = [:]
    private var definedInOrder: [String] = []

    init(_ document: DocumentNode) {
        for definition in document.definitions {
            guard let name = definition.typeDefinitionName?.value else { continue }
            if definitions[name] == nil { definedInOrder.append(name) }
            definitions[name] = definition
        }
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(let extensionNode) = node, extensionNode.isTypeExtension,
              let name = extensionNode.typeName, let kind = extensionNode.typeKind else { return }
        guard let definition = definitions[name.value] else {
            let suggestions = suggestionList(name.value, options: definedInOrder)
            context.report("Cannot extend type \"\(name.value)\" because it is not defined." + didYouMean(suggestions), [name.loc])
            return
        }
        if definition.typeKind != kind {
            context.report("Cannot extend non-\(Self.kindName(kind)) type \"\(name.value)\".", [definition.loc, extensionNode.loc])
        }
    }

    private static func kindName(_ kind: TypeKind) -> String {
        switch kind {
        case .scalar: return "scalar"
        case .object: return "object"
        case .interface: return "interface"
        case .union: return "union"
        case .enumType: return "enum"
        case .inputObject: return "input object"
        }
    }
}
