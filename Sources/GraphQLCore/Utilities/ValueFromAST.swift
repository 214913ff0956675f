// valueFromAST: the value of an input literal for a given input type, as graphql-js 16
// computes it for default values and arguments.
// https://spec.graphql.org/September2025/#sec-Input-Values

/// The value a literal denotes for `type`, or `nil` when the literal is not valid for the
/// type. Variables take their value from `variables`; a variable absent from them counts as
/// no value (graphql-js's `undefined`), which makes the literal invalid at a non-null position
/// and null inside a nullable list. A single value is coerced to a list of one.
public func valueFromAST(_ node: ValueNode?, type: GraphQLType, variables: JSONObject? = nil) -> JSON? {
    guard let node else { return nil }
    if case .variable(let name) = node.kind {
        guard let value = variables?[name] else { return nil }
        if value.isNull, type.isNonNull { return nil }
        // Assumes the document was validated: the variable's type fits this position.
        return value
    }
    switch type {
    case .nonNull(let inner):
        if case .null = node.kind { return nil }
        return valueFromAST(node, type: inner, variables: variables)
    case .list(let itemType):
        if case .null = node.kind { return .null }
        guard case .list(let itemNodes) = node.kind else {
            return valueFromAST(node, type: itemType, variables: variables).map { .array([$0]) }
        }
        var items: [JSON] = []
        items.reserveCapacity(itemNodes.count)
        for itemNode in itemNodes {
            if isMissingVariable(itemNode, variables) {
                if itemType.isNonNull { return nil }
                items.append(.null)
            } else {
                guard let item = valueFromAST(itemNode, type: itemType, variables: variables) else { return nil }
                items.append(item)
            }
        }
        return .array(items)
    case .named(let named):
        if case .null = node.kind { return .null }
        return namedValueFromAST(node, type: named, variables: variables)
    }
}

private func namedValueFromAST(_ node: ValueNode, type: GraphQLNamedType, variables: JSONObject?) -> JSON? {
    if let inputObject = type as? GraphQLInputObjectType {
        guard case .object(let fieldNodes) = node.kind else { return nil }
        var nodesByName: [String: ObjectFieldNode] = [:]
        for fieldNode in fieldNodes { nodesByName[fieldNode.name.value] = fieldNode }
        var object = JSONObject()
        for field in inputObject.fields {
            guard let fieldNode = nodesByName[field.name], !isMissingVariable(fieldNode.value, variables) else {
                if let defaultValue = field.defaultValue {
                    object[field.name] = defaultValue
                } else if field.type.isNonNull {
                    return nil
                }
                continue
            }
            guard let value = valueFromAST(fieldNode.value, type: field.type, variables: variables) else { return nil }
            object[field.name] = value
        }
        if inputObject.isOneOf {
            guard object.count == 1, let only = object.keys.first, object[only]?.isNull == false else { return nil }
        }
        return .object(object)
    }
    if let enumType = type as? GraphQLEnumType {
        return try? enumType.parseLiteral(node)
    }
    if let scalar = type as? GraphQLScalarType {
        return try? scalar.parseLiteral(node, variables)
    }
    return nil
}

/// Whether `node` is a variable that `variables` gives no value.
private func isMissingVariable(_ node: ValueNode, _ variables: JSONObject?) -> Bool {
    guard case .variable(let name) = node.kind else { return false }
    return variables?[name] == nil
}
