// The SDL rules about names defined once: graphql-js 16's LoneSchemaDefinition,
// UniqueOperationTypes, UniqueTypeNames, UniqueEnumValueNames, UniqueFieldDefinitionNames,
// UniqueArgumentDefinitionNames and UniqueDirectiveNames, for a document built on its own.

/// Lone Schema Definition: a document defines the schema at most once.
/// https://spec.graphql.org/September2025/#sec-Schema
final class LoneSchemaDefinitionRule: SDLRule {
    private var count = 0
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(.schema(let schema)) = node, !schema.isExtension else { return }
        if count > 0 { context.report("Must provide only one schema definition.", [schema.loc]) }
        count += 1
    }
}

/// Unique Operation Types: each root operation type is given once.
/// https://spec.graphql.org/September2025/#sec-Root-Operation-Types
final class UniqueOperationTypesRule: SDLRule {
    private var defined: [OperationType: OperationTypeDefinitionNode] = [:]
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(.schema(let schema)) = node else { return }
        for operationType in schema.operationTypes {
            if let already = defined[operationType.operation] {
                context.report("There can be only one \(operationType.operation.rawValue) type in schema.", [already.loc, operationType.loc])
            } else {
                defined[operationType.operation] = operationType
            }
        }
    }
}

/// Unique Type Names: a type is defined once.
/// https://spec.graphql.org/September2025/#sec-Types
final class UniqueTypeNamesRule: SDLRule {
    private var known: [String: NameNode] = [:]
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(let definition) = node, let name = definition.typeDefinitionName else { return }
        if let already = known[name.value] {
            context.report("There can be only one type named \"\(name.value)\".", [already.loc, name.loc])
        } else {
            known[name.value] = name
        }
    }
}

/// Unique Enum Value Names: an enum's values, extensions included, are named once.
/// https://spec.graphql.org/September2025/#sec-Enums.Type-Validation
final class UniqueEnumValueNamesRule: SDLRule {
    private var known: [String: [String: NameNode]] = [:]
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(.enumType(let enumNode)) = node else { return }
        let typeName = enumNode.name.value
        for value in enumNode.values {
            if let already = known[typeName]?[value.name.value] {
                context.report("Enum value \"\(typeName).\(value.name.value)\" can only be defined once.", [already.loc, value.name.loc])
            } else {
                known[typeName, default: [:]][value.name.value] = value.name
            }
        }
    }
}

/// Unique Field Definition Names: a type's fields, extensions included, are named once.
/// https://spec.graphql.org/September2025/#sec-Objects.Type-Validation
final class UniqueFieldDefinitionNamesRule: SDLRule {
    private var known: [String: [String: NameNode]] = [:]
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(let definition) = node else { return }
        let names: [NameNode]
        switch definition {
        case .object(let type): names = type.fields.map(\.name)
        case .interface(let type): names = type.fields.map(\.name)
        case .inputObject(let type): names = type.fields.map(\.name)
        default: return
        }
        let typeName = definition.typeName!.value
        for name in names {
            if let already = known[typeName]?[name.value] {
                context.report("Field \"\(typeName).\(name.value)\" can only be defined once.", [already.loc, name.loc])
            } else {
                known[typeName, default: [:]][name.value] = name
            }
        }
    }
}

/// Unique Argument Definition Names: a field's or directive's arguments are named once.
/// https://spec.graphql.org/September2025/#sec-Objects.Type-Validation
final class UniqueArgumentDefinitionNamesRule: SDLRule {
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(let definition) = node else { return }
        switch definition {
        case .directive(let directive): check("@" + directive.name.value, directive.arguments, context)
        case .object(let type): type.fields.forEach { check("\(type.name.value).\($0.name.value)", $0.arguments, context) }
        case .interface(let type): type.fields.forEach { check("\(type.name.value).\($0.name.value)", $0.arguments, context) }
        default: return
        }
    }

    private func check(_ parentName: String, _ arguments: [InputValueDefinitionNode], _ context: SDLValidationContext) {
        for (name, names) in groupedNames(arguments.map(\.name)) where names.count > 1 {
            context.report("Argument \"\(parentName)(\(name):)\" can only be defined once.", names.map(\.loc))
        }
    }
}

/// Unique Directive Names: a directive is defined once.
/// https://spec.graphql.org/September2025/#sec-Type-System.Directives
final class UniqueDirectiveNamesRule: SDLRule {
    private var known: [String: NameNode] = [:]
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .definition(.directive(let directive)) = node else { return }
        if let already = known[directive.name.value] {
            context.report("There can be only one directive named \"@\(directive.name.value)\".", [already.loc, directive.name.loc])
        } else {
            known[directive.name.value] = directive.name
        }
    }
}

/// Names grouped by value, groups in order of first appearance (graphql-js's `groupBy`).
func groupedNames(_ names: [NameNode]) -> [(String, [NameNode])] {
    var order: [String] = []
    var groups: [String: [NameNode]] = [:]
    for name in names {
        if groups[name.value] == nil { order.append(name.value) }
        groups[name.value, default: []].append(name)
    }
    return order.map { ($0, groups[$0]!) }
}
