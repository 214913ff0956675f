// astFromValue: the literal that writes a value of an input type, as graphql-js 16 builds
// it to print default values (introspection's `defaultValue`, printSchema).

/// The literal for `value` of `type`, or `nil` when there is none (null at a non-null
/// position, a non-object for an input object, or a leaf value the type cannot serialize).
/// Numbers become Int or Float literals by their JavaScript spelling, enum values enum
/// literals, and ID strings made of digits Int literals. A custom scalar whose value is a
/// list or object is written as a list or object literal (graphql-js 16 throws there: see
/// `astFromValueStrict`).
public func astFromValue(_ value: JSON, type: GraphQLType) -> ValueNode? {
    (try? buildLiteral(value, type: type, strict: false)) ?? nil
}

/// `astFromValue` exactly as graphql-js 16's: a custom scalar whose value serializes to a list
/// or an object throws `Cannot convert value to AST: …` (introspection's `defaultValue`
/// reports it as a field error).
public func astFromValueStrict(_ value: JSON, type: GraphQLType) throws(GraphQLError) -> ValueNode? {
    try buildLiteral(value, type: type, strict: true)
}

private func buildLiteral(_ value: JSON, type: GraphQLType, strict: Bool) throws(GraphQLError) -> ValueNode? {
    switch type {
    case .nonNull(let inner):
        guard let node = try buildLiteral(value, type: inner, strict: strict) else { return nil }
        if case .null = node.kind { return nil }
        return node
    case .list(let itemType):
        if value.isNull { return ValueNode(.null) }
        guard case .array(let items) = value else { return try buildLiteral(value, type: itemType, strict: strict) }
        var nodes: [ValueNode] = []
        for item in items {
            if let node = try buildLiteral(item, type: itemType, strict: strict) { nodes.append(node) }
        }
        return ValueNode(.list(nodes))
    case .named(let named):
        if value.isNull { return ValueNode(.null) }
        if let inputObject = named as? GraphQLInputObjectType {
            guard case .object(let object) = value else { return nil }
            var fields: [ObjectFieldNode] = []
            for field in inputObject.fields {
                guard let fieldValue = object[field.name],
                      let node = try buildLiteral(fieldValue, type: field.type, strict: strict) else { continue }
                fields.append(ObjectFieldNode(name: NameNode(value: field.name), value: node))
            }
            return ValueNode(.object(fields))
        }
        return try leafLiteral(value, type: named, strict: strict)
    }
}

private func leafLiteral(_ value: JSON, type: GraphQLNamedType, strict: Bool) throws(GraphQLError) -> ValueNode? {
    let serialized: JSON
    if let enumType = type as? GraphQLEnumType {
        guard let result = try? enumType.serialize(value) else { return nil }
        serialized = result
    } else if let scalar = type as? GraphQLScalarType {
        guard let result = try? scalar.serialize(value) else { return nil }
        serialized = result
    } else {
        return nil
    }
    switch serialized {
    case .null: return nil
    case .string(let text):
        if type is GraphQLEnumType { return ValueNode(.enumValue(text)) }
        if type === BuiltInScalars.id, isIntegerString(text) { return ValueNode(.int(text)) }
        return ValueNode(.string(text, block: false))
    case .array where strict, .object where strict:
        throw GraphQLError("Cannot convert value to AST: \(serialized.inspected).")
    default: return untypedLiteral(serialized)
    }
}

/// The literal for a JSON value with no type to guide it.
private func untypedLiteral(_ value: JSON) -> ValueNode? {
    switch value {
    case .null: return ValueNode(.null)
    case .bool(let flag): return ValueNode(.boolean(flag))
    case .int(let int): return ValueNode(.int(String(int)))
    case .double(let double):
        guard double.isFinite else { return nil }
        let text = JSNumber.string(double)
        return ValueNode(isIntegerString(text) ? .int(text) : .float(text))
    case .string(let text): return ValueNode(.string(text, block: false))
    case .array(let items): return ValueNode(.list(items.compactMap(untypedLiteral)))
    case .object(let object):
        return ValueNode(.object(object.compactMap { key, item in
            untypedLiteral(item).map { ObjectFieldNode(name: NameNode(value: key), value: $0) }
        }))
    }
}

/// IntValue's shape: `-?(0|[1-9][0-9]*)`.
private func isIntegerString(_ text: String) -> Bool {
    var digits = Substring(text)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    guard let first = digits.first, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    return first != "0" || digits.count == 1
}
