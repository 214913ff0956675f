// Coercion of enum values: an enum's internal value is its name, so input coercion checks
// the name and result coercion checks that the value names one of the enum's values.
// Messages are graphql-js 16's.
// https://spec.graphql.org/September2025/#sec-Enums

extension GraphQLEnumType {
    /// Input coercion of a variable's value: a string naming one of the values.
    public func parseValue(_ value: JSON) throws -> JSON {
        guard case .string(let name) = value else {
            let text = value.inspected
            throw GraphQLError("Enum \"\(self.name)\" cannot represent non-string value: \(text)." + suggestValues(for: text))
        }
        guard self.value(named: name) != nil else {
            throw GraphQLError("Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestValues(for: name))
        }
        return value
    }

    /// Input coercion of a literal: an enum value naming one of the values.
    public func parseLiteral(_ node: ValueNode) throws -> JSON {
        guard case .enumValue(let name) = node.kind else {
            let text = node.printed
            throw GraphQLError("Enum \"\(self.name)\" cannot represent non-enum value: \(text)." + suggestValues(for: text),
                               nodes: [node.loc])
        }
        guard self.value(named: name) != nil else {
            throw GraphQLError("Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestValues(for: name),
                               nodes: [node.loc])
        }
        return .string(name)
    }

    /// Result coercion: a resolver's value must be the name of one of the values.
    public func serialize(_ value: Any) throws -> JSON {
        let json = JSONConvertible.json(from: value)
        if case .string(let name)? = json, self.value(named: name) != nil { return .string(name) }
        throw GraphQLError("Enum \"\(name)\" cannot represent value: \((json ?? .string("\(value)")).inspected)")
    }

    private func suggestValues(for text: String) -> String {
        didYouMean(suggestionList(text, options: values.map(\.name)), subMessage: "the enum value")
    }
}
