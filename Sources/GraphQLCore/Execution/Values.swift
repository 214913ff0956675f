// Coercion of a request's variable values and of field and directive arguments.
// https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values
// https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments

/// CoerceVariableValues: the operation's variables coerced to their declared types, or
/// every error found (graphql-js's messages, at most 50 before giving up).
public func coerceVariableValues(schema: GraphQLSchema, definitions: [VariableDefinitionNode],
                                 inputs: JSONObject, maxErrors: Int = 50) -> CoercedVariables {
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
        guard let type = typeFromAST(schema, definition.type), type.isInputType else {
            let message = "Variable \"$\(name)\" expected value of type \"\(typeNodeText(definition.type))\" which cannot be used as an input type."
            guard report(GraphQLError(message, nodes: [definition.type.loc])) else { return .errors(errors + [tooMany]) }
            continue
        }
        guard let value = inputs[name] else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = valueFromAST(defaultValue, type: type, variables: nil)
            } else if type.isNonNull {
                let message = "Variable \"$\(name)\" of required type \"\(type)\" was not provided."
                guard report(GraphQLError(message, nodes: [definition.loc])) else { return .errors(errors + [tooMany]) }
            }
            continue
        }
        if value.isNull, type.isNonNull {
            let message = "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null."
            guard report(GraphQLError(message, nodes: [definition.loc])) else { return .errors(errors + [tooMany]) }
            continue
        }
        var overflow = false
        let result = coerceInputValue(value, type: type) { path, invalidValue, error in
            guard !overflow else { return }
            var prefix = "Variable \"$\(name)\" got invalid value \(invalidValue.inspected)"
            if !path.isEmpty { prefix += " at \"\(name)\(printPath(path))\"" }
            var located = GraphQLError(prefix + "; " + error.message, nodes: [definition.loc])
            located.underlyingDescription = error.underlyingDescription
            if !report(located) { overflow = true }
        }
        if overflow { return .errors(errors + [tooMany]) }
        coerced[name] = result
    }
    return errors.isEmpty ? .values(coerced) : .errors(errors)
}

/// The outcome of coercing a request's variables.
public enum CoercedVariables: Sendable {
    /// The coerced values.
    case values(JSONObject)
    /// Why they could not be coerced.
    case errors([GraphQLError])
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
