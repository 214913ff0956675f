// Coercion of a request's variable values and of field and directive arguments.
// https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values
// https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments

/// CoerceVariableValues: the operation's variables coerced to their declared types, or
/// every error found (graphql-js's messages, at most 50 before giving up).
public func coerceVariableValues(schema: GraphQLSchema, definitions: [VariableDefinitionNode],
                                 inputs: JSONObject, maxErrors: Int = 50) -> Result<JSONObject, [GraphQLError]> {
    var errors: [GraphQLError] = []
    var coerced = JSONObject()
    let tooMany = GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.")
    func report(_ error: GraphQLError) -> Bool {
        if errors.count >= maxErrors { return false }
        errors.append(error)
        return true
    }
    for definition in definitions {
        let name = definition.variable.name.value
        guard let type = schema.variableType(from: definition.type) else {
            let message = "Variable \"$\(name)\" expected value of type \"\(definition.type.typeText)\" which cannot be used as an input type."
            guard report(GraphQLError(message, nodes: [definition.type.loc])) else { return .failure(errors + [tooMany]) }
            continue
        }
        guard let value = inputs[name] else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = valueFromAST(defaultValue, type: type, variables: nil)
            } else if type.isNonNull {
                let message = "Variable \"$\(name)\" of required type \"\(type)\" was not provided."
                guard report(GraphQLError(message, nodes: [definition.loc])) else { return .failure(errors + [tooMany]) }
            }
            continue
        }
        if value.isNull, type.isNonNull {
            let message = "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null."
            guard report(GraphQLError(message, nodes: [definition.loc])) else { return .failure(errors + [tooMany]) }
            continue
        }
        var overflow = false
        let result = coerceInputValue(value, type: type) { path, invalidValue, error in
            guard !overflow else { return }
            var prefix = "Variable \"$\(name)\" got invalid value \(invalidValue.inspected)"
            if !path.isEmpty { prefix += " at \"\(name)\(executionPathSuffix(path))\"" }
            var located = GraphQLError(prefix + "; " + error.message, nodes: [definition.loc])
            located.underlyingDescription = error.underlyingDescription
            if !report(located) { overflow = true }
        }
        if overflow { return .failure(errors + [tooMany]) }
        coerced[name] = result
    }
    return errors.isEmpty ? .success(coerced) : .failure(errors)
}

/// graphql-js's `printPathArray`: `.field` for keys, `[0]` for indices.
func executionPathSuffix(_ path: [PathComponent]) -> String {
    path.map { component in
        switch component {
        case .key(let key): return "." + key
        case .index(let index): return "[\(index)]"
        }
    }.joined()
}

/// CoerceArgumentValues: the arguments of a field or directive coerced to their definitions'
/// types, in definition order. Throws the first error, located at the offending node.
public func coerceArgumentValues(_ definitions: [GraphQLArgument], _ nodes: [ArgumentNode], node: Location,
                                 variables: JSONObject?) throws -> JSONObject {
    var coerced = JSONObject()
    for definition in definitions {
        let name = definition.name
        let type = definition.type
        guard let argument = nodes.first(where: { $0.name.value == name }) else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = defaultValue
            } else if type.isNonNull {
                throw GraphQLError("Argument \"\(name)\" of required type \"\(type)\" was not provided.", nodes: [node])
            }
            continue
        }
        let valueNode = argument.value
        var isNull: Bool
        if case .null = valueNode.kind { isNull = true } else { isNull = false }
        if case .variable(let variableName) = valueNode.kind {
            guard let value = variables?[variableName] else {
                if let defaultValue = definition.defaultValue {
                    coerced[name] = defaultValue
                } else if type.isNonNull {
                    throw GraphQLError("Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.", nodes: [valueNode.loc])
                }
                continue
            }
            isNull = value.isNull
        }
        if isNull, type.isNonNull {
            throw GraphQLError("Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", nodes: [valueNode.loc])
        }
        guard let value = valueFromAST(valueNode, type: type, variables: variables) else {
            throw GraphQLError("Argument \"\(name)\" has invalid value \(valueNode.printed).", nodes: [valueNode.loc])
        }
        coerced[name] = value
    }
    return coerced
}

extension GraphQLSchema {
    /// typeFromAST for variable definitions: the input type a type reference names, or `nil`
    /// when the name is unknown or not an input type.
    func variableType(from node: TypeNode) -> GraphQLType? {
        switch node {
        case .named(let name):
            guard let type = type(named: name.value), type.isInputType else { return nil }
            return .named(type)
        case .list(let inner, _): return variableType(from: inner).map(GraphQLType.list)
        case .nonNull(let inner, _): return variableType(from: inner).map(GraphQLType.nonNull)
        }
    }
}

extension TypeNode {
    /// The type reference as written: `[Int!]`.
    var typeText: String {
        switch self {
        case .named(let name): return name.value
        case .list(let inner, _): return "[\(inner.typeText)]"
        case .nonNull(let inner, _): return "\(inner.typeText)!"
        }
    }
}

extension ValueNode {
    /// Whether the literal refers to a variable anywhere inside it.
    var referencesVariable: Bool {
        switch kind {
        case .variable: return true
        case .list(let items): return items.contains { $0.referencesVariable }
        case .object(let fields): return fields.contains { $0.value.referencesVariable }
        default: return false
        }
    }
}
