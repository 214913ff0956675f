import GraphQLCore

extension SchemaEngine {
    /// The selected operation's `@inContext(country:, language:)`: enum values written inline, or
    /// variables holding their names (validation has checked the types; a value that is neither
    /// counts as not given, and execution reports a bad variable itself).
    public func requestedContext(in document: Document, operationName: String?, variables: JSONObject?) -> RequestedContext {
        guard case .success(let operation) = document.prepared.selectedOperation(named: operationName),
              let directive = operation.directives.first(where: { $0.name.value == "inContext" }) else { return RequestedContext() }
        var requested = RequestedContext()
        for argument in directive.arguments {
            let name: String?
            switch argument.value.kind {
            case .enumValue(let value): name = value
            case .variable(let variable):
                if case .string(let value)? = variables?[variable] {
                    name = value
                } else if variables?[variable] == nil,
                          case .enumValue(let value)? = operation.variableDefinitions.first(where: { $0.variable.name.value == variable })?.defaultValue?.kind {
                    name = value
                } else {
                    name = nil
                }
            default: name = nil
            }
            guard let name else { continue }
            switch argument.name.value {
            case "country": requested.country = name
            case "language": requested.language = RequestedContext.languageTag(ofEnumValue: name)
            default: continue
            }
        }
        return requested
    }
}
