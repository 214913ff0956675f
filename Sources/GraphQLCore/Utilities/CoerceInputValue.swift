// coerceInputValue: input coercion of a JSON value (a variable's value) for an input type,
// with graphql-js 16's messages and paths.
// https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values

/// Coerces `value` for `type`. Every problem is reported to `onError` with the path inside
/// the value (`["a", 0]`), the offending part of the value, and the error; the result is
/// then `nil` (graphql-js's `undefined`) or a value with the bad parts left out. Lists accept
/// a single value as a list of one; input objects get their fields' defaults.
public func coerceInputValue(
    _ value: JSON, type: GraphQLType, path: [PathComponent] = [],
    onError: (_ path: [PathComponent], _ invalidValue: JSON, _ error: GraphQLError) throws -> Void
) rethrows -> JSON? {
    switch type {
    case .nonNull(let inner):
        if !value.isNull { return try coerceInputValue(value, type: inner, path: path, onError: onError) }
        try onError(path, value, GraphQLError("Expected non-nullable type \"\(type)\" not to be null."))
        return nil
    case .list(let itemType):
        if value.isNull { return .null }
        guard case .array(let items) = value else {
            return try coerceInputValue(value, type: itemType, path: path, onError: onError).map { .array([$0]) } ?? .array([.null])
        }
        var coerced: [JSON] = []
        coerced.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            coerced.append(try coerceInputValue(item, type: itemType, path: path + [.index(index)], onError: onError) ?? .null)
        }
        return .array(coerced)
    case .named(let named):
        if value.isNull { return .null }
        if let inputObject = named as? GraphQLInputObjectType {
            return try coerceInputObject(value, type: inputObject, path: path, onError: onError)
        }
        return try coerceLeaf(value, type: named, path: path, onError: onError)
    }
}

/// Coerces `value` for `type`, throwing the first problem as graphql-js's default handler
/// words it: `Invalid value {} at "value.a": Field "b" of required type "Int!" was not provided.`
public func coerceInputValue(_ value: JSON, type: GraphQLType) throws -> JSON {
    let result = try coerceInputValue(value, type: type) { path, invalidValue, error in
        var prefix = "Invalid value " + invalidValue.inspected
        if !path.isEmpty { prefix += " at \"value\(printPath(path))\"" }
        var error = error
        error.message = prefix + ": " + error.message
        throw error
    }
    return result ?? .null
}

/// A path inside a value as graphql-js prints it: `.a[0].b`.
public func printPath(_ path: [PathComponent]) -> String {
    path.map { component in
        switch component {
        case .key(let key): return "." + key
        case .index(let index): return "[\(index)]"
        }
    }.joined()
}

private func coerceInputObject(
    _ value: JSON, type: GraphQLInputObjectType, path: [PathComponent],
    onError: (_ path: [PathComponent], _ invalidValue: JSON, _ error: GraphQLError) throws -> Void
) rethrows -> JSON? {
    guard case .object(let input) = value else {
        try onError(path, value, GraphQLError("Expected type \"\(type.name)\" to be an object."))
        return nil
    }
    var coerced = JSONObject()
    var failed: Set<String> = []
    for field in type.fields {
        guard let fieldValue = input[field.name] else {
            if let defaultValue = field.defaultValue {
                coerced[field.name] = defaultValue
            } else if field.type.isNonNull {
                try onError(path, value, GraphQLError("Field \"\(field.name)\" of required type \"\(field.type)\" was not provided."))
            }
            continue
        }
        // graphql-js stores `undefined` for a field whose value failed; the key stays present.
        let fieldResult = try coerceInputValue(fieldValue, type: field.type, path: path + [.key(field.name)], onError: onError)
        if fieldResult == nil { failed.insert(field.name) }
        coerced[field.name] = fieldResult ?? .null
    }
    for key in input.keys where type.field(named: key) == nil {
        let suggestions = suggestionList(key, options: type.fields.map(\.name))
        try onError(path, value, GraphQLError("Field \"\(key)\" is not defined by type \"\(type.name)\"." + didYouMean(suggestions)))
    }
    if type.isOneOf {
        if coerced.count != 1 {
            try onError(path, value, GraphQLError("Exactly one key must be specified for OneOf type \"\(type.name)\"."))
        }
        if let key = coerced.keys.first, coerced[key] == .null, !failed.contains(key) {
            try onError(path + [.key(key)], .null, GraphQLError("Field \"\(key)\" must be non-null."))
        }
    }
    return .object(coerced)
}

private func coerceLeaf(
    _ value: JSON, type: GraphQLNamedType, path: [PathComponent],
    onError: (_ path: [PathComponent], _ invalidValue: JSON, _ error: GraphQLError) throws -> Void
) rethrows -> JSON? {
    let parsed: Result<JSON, Error>
    if let enumType = type as? GraphQLEnumType {
        parsed = Result { try enumType.parseValue(value) }
    } else if let scalar = type as? GraphQLScalarType {
        parsed = Result { try scalar.parseValue(value) }
    } else {
        parsed = .failure(GraphQLError("Expected type \"\(type.name)\"."))
    }
    switch parsed {
    case .success(let result): return result
    case .failure(let error as GraphQLError):
        try onError(path, value, error)
    case .failure(let error):
        try onError(path, value, GraphQLError("Expected type \"\(type.name)\". \(error)"))
    }
    return nil
}
