// The validation graphql-js's buildASTSchema runs on an SDL document before it builds a
// schema (assertValidSDL): graphql-js's specifiedSDLRules, visited in parallel in document
// order so that errors come out in graphql-js's order.
// https://spec.graphql.org/September2025/#sec-Type-System

/// The errors graphql-js's `validateSDL` finds in a type-system document: duplicate names,
/// unknown types and directives, misplaced or repeated directives, impossible extensions,
/// and bad directive arguments. Empty when the document can be built.
public func validateSDL(_ document: DocumentNode) -> [GraphQLError] {
    let context = SDLValidationContext(document: document)
    let rules: [SDLRule] = [
        LoneSchemaDefinitionRule(), UniqueOperationTypesRule(), UniqueTypeNamesRule(), UniqueEnumValueNamesRule(),
        UniqueFieldDefinitionNamesRule(), UniqueArgumentDefinitionNamesRule(), UniqueDirectiveNamesRule(),
        SDLKnownTypeNamesRule(document), SDLKnownDirectivesRule(document), SDLUniqueDirectivesPerLocationRule(document),
        PossibleTypeExtensionsRule(document), KnownArgumentNamesOnDirectivesRule(document), SDLUniqueArgumentNamesRule(),
        SDLUniqueInputFieldNamesRule(), ProvidedRequiredArgumentsOnDirectivesRule(document),
    ]
    SDLWalker(context: context, rules: rules).walk(document)
    return context.errors
}

/// A node the SDL rules look at, in graphql-js's visiting order.
enum SDLNode {
    case definition(DefinitionNode)
    case operationTypeDefinition(OperationTypeDefinitionNode)
    case fieldDefinition(FieldDefinitionNode)
    case inputValueDefinition(InputValueDefinitionNode)
    case enumValueDefinition(EnumValueDefinitionNode)
    case namedType(NameNode)
    case directive(DirectiveNode)
    case objectValue(ValueNode)
    case objectField(ObjectFieldNode)
    case variableDefinition(VariableDefinitionNode)
    case field(FieldNode)
    case fragmentSpread(FragmentSpreadNode)
    case inlineFragment(InlineFragmentNode)

    /// The directives applied to this node, for the nodes that can have some.
    var appliedDirectives: [DirectiveNode]? {
        switch self {
        case .definition(let definition):
            switch definition {
            case .operation(let node): return node.directives
            case .fragment(let node): return node.directives
            case .schema(let node): return node.directives
            case .scalar(let node): return node.directives
            case .object(let node): return node.directives
            case .interface(let node): return node.directives
            case .union(let node): return node.directives
            case .enumType(let node): return node.directives
            case .inputObject(let node): return node.directives
            case .directive: return nil
            }
        case .fieldDefinition(let node): return node.directives
        case .inputValueDefinition(let node): return node.directives
        case .enumValueDefinition(let node): return node.directives
        case .variableDefinition(let node): return node.directives
        case .field(let node): return node.directives
        case .fragmentSpread(let node): return node.directives
        case .inlineFragment(let node): return node.directives
        default: return nil
        }
    }
}

/// One SDL rule: it sees every node on the way in and on the way out.
protocol SDLRule: AnyObject {
    func enter(_ node: SDLNode, _ context: SDLValidationContext)
    func leave(_ node: SDLNode, _ context: SDLValidationContext)
}

extension SDLRule {
    func leave(_ node: SDLNode, _ context: SDLValidationContext) {}
}

/// The document, the errors so far, and the nodes above the one being visited.
final class SDLValidationContext {
    let document: DocumentNode
    private(set) var errors: [GraphQLError] = []
    /// The nodes from the top-level definition down to the current node's parent.
    fileprivate(set) var ancestors: [SDLNode] = []

    init(document: DocumentNode) { self.document = document }

    func report(_ message: String, _ locations: [Location]) {
        errors.append(GraphQLError(message, nodes: locations))
    }

    /// Whether the current node sits in a type-system definition or extension.
    var inTypeSystemDefinition: Bool {
        guard case .definition(let definition)? = ancestors.first else { return false }
        switch definition {
        case .operation, .fragment: return false
        default: return true
        }
    }
}

/// Visits a document as graphql-js's `visit` does, calling every rule at each node.
private struct SDLWalker {
    let context: SDLValidationContext
    let rules: [SDLRule]

    func walk(_ document: DocumentNode) {
        for definition in document.definitions { visit(.definition(definition)) }
    }

    private func visit(_ node: SDLNode) {
        for rule in rules { rule.enter(node, context) }
        context.ancestors.append(node)
        visitChildren(of: node)
        context.ancestors.removeLast()
        for rule in rules { rule.leave(node, context) }
    }

    private func visitChildren(of node: SDLNode) {
        switch node {
        case .definition(let definition): visitChildren(of: definition)
        case .operationTypeDefinition(let node): visit(.namedType(node.type))
        case .fieldDefinition(let node):
            node.arguments.forEach { visit(.inputValueDefinition($0)) }
            visitType(node.type)
            visitDirectives(node.directives)
        case .inputValueDefinition(let node):
            visitType(node.type)
            node.defaultValue.map(visitValue)
            visitDirectives(node.directives)
        case .enumValueDefinition(let node): visitDirectives(node.directives)
        case .namedType: break
        case .directive(let node): node.arguments.forEach { visitValue($0.value) }
        case .objectValue(let value):
            if case .object(let fields) = value.kind { fields.forEach { visit(.objectField($0)) } }
        case .objectField(let node): visitValue(node.value)
        case .variableDefinition(let node):
            visitType(node.type)
            node.defaultValue.map(visitValue)
            visitDirectives(node.directives)
        case .field(let node):
            node.arguments.forEach { visitValue($0.value) }
            visitDirectives(node.directives)
            node.selectionSet.map(visitSelections)
        case .fragmentSpread(let node): visitDirectives(node.directives)
        case .inlineFragment(let node):
            node.typeCondition.map { visit(.namedType($0)) }
            visitDirectives(node.directives)
            visitSelections(node.selectionSet)
        }
    }

    private func visitChildren(of definition: DefinitionNode) {
        switch definition {
        case .operation(let node):
            node.variableDefinitions.forEach { visit(.variableDefinition($0)) }
            visitDirectives(node.directives)
            visitSelections(node.selectionSet)
        case .fragment(let node):
            visit(.namedType(node.typeCondition))
            visitDirectives(node.directives)
            visitSelections(node.selectionSet)
        case .schema(let node):
            visitDirectives(node.directives)
            node.operationTypes.forEach { visit(.operationTypeDefinition($0)) }
        case .scalar(let node): visitDirectives(node.directives)
        case .object(let node):
            node.interfaces.forEach { visit(.namedType($0)) }
            visitDirectives(node.directives)
            node.fields.forEach { visit(.fieldDefinition($0)) }
        case .interface(let node):
            node.interfaces.forEach { visit(.namedType($0)) }
            visitDirectives(node.directives)
            node.fields.forEach { visit(.fieldDefinition($0)) }
        case .union(let node):
            visitDirectives(node.directives)
            node.types.forEach { visit(.namedType($0)) }
        case .enumType(let node):
            visitDirectives(node.directives)
            node.values.forEach { visit(.enumValueDefinition($0)) }
        case .inputObject(let node):
            visitDirectives(node.directives)
            node.fields.forEach { visit(.inputValueDefinition($0)) }
        case .directive(let node):
            node.arguments.forEach { visit(.inputValueDefinition($0)) }
        }
    }

    private func visitDirectives(_ directives: [DirectiveNode]) {
        directives.forEach { visit(.directive($0)) }
    }

    private func visitType(_ type: TypeNode) { visit(.namedType(type.namedType)) }

    private func visitValue(_ value: ValueNode) {
        switch value.kind {
        case .list(let items): items.forEach(visitValue)
        case .object: visit(.objectValue(value))
        default: break
        }
    }

    private func visitSelections(_ selectionSet: SelectionSetNode) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let node): visit(.field(node))
            case .fragmentSpread(let node): visit(.fragmentSpread(node))
            case .inlineFragment(let node): visit(.inlineFragment(node))
            }
        }
    }
}

extension DefinitionNode {
    /// The name of a type definition or extension; `nil` for other definitions.
    var typeName: NameNode? {
        switch self {
        case .scalar(let node): return node.name
        case .object(let node): return node.name
        case .interface(let node): return node.name
        case .union(let node): return node.name
        case .enumType(let node): return node.name
        case .inputObject(let node): return node.name
        default: return nil
        }
    }

    /// Whether this is a type extension (`extend type X`, ...).
    var isTypeExtension: Bool {
        switch self {
        case .scalar(let node): return node.isExtension
        case .object(let node): return node.isExtension
        case .interface(let node): return node.isExtension
        case .union(let node): return node.isExtension
        case .enumType(let node): return node.isExtension
        case .inputObject(let node): return node.isExtension
        default: return false
        }
    }

    /// The name of a type definition (not an extension); `nil` otherwise.
    var typeDefinitionName: NameNode? { isTypeExtension ? nil : typeName }

    /// The kind of named type a type definition or extension defines.
    var typeKind: TypeKind? {
        switch self {
        case .scalar: return .scalar
        case .object: return .object
        case .interface: return .interface
        case .union: return .union
        case .enumType: return .enumType
        case .inputObject: return .inputObject
        default: return nil
        }
    }
}
