// The maximum tokens limit, for documents already parsed: the number of lexical tokens
// (punctuators, names, values; not comments or commas) the document was written with,
// counted from its AST. To refuse a huge document before building it, parse it with
// `ValidationLimits.parseOptions`.

/// Counts a document's tokens from its AST.
struct TokenLimit {
    let maxTokens: Int

    /// An error at the definition where the count passes the limit, if the document has more
    /// tokens than allowed.
    func check(_ document: DocumentNode) -> GraphQLError? {
        var total = 0
        var firstOver: Location?
        for definition in document.definitions {
            total += Self.count(definition)
            if total > maxTokens, firstOver == nil { firstOver = definition.loc }
        }
        guard let firstOver else { return nil }
        return GraphQLError("Token limit of \(maxTokens) exceeded, found \(total).", nodes: [firstOver])
    }

    static func count(_ definition: DefinitionNode) -> Int {
        switch definition {
        case .operation(let node):
            // `{ ... }` alone is the query shorthand: no keyword.
            if node.loc.start == node.selectionSet.loc.start, node.loc.end > 0 { return count(node.selectionSet) }
            return description(node.description) + 1 + (node.name == nil ? 0 : 1) + variables(node.variableDefinitions)
                + directives(node.directives) + count(node.selectionSet)
        case .fragment(let node):
            return description(node.description) + 4 + directives(node.directives) + count(node.selectionSet)
        case .schema(let node):
            return description(node.description) + (node.isExtension ? 2 : 1) + directives(node.directives)
                + (node.operationTypes.isEmpty ? 0 : 2 + 3 * node.operationTypes.count)
        case .scalar(let node):
            return typeHead(node.description, node.isExtension) + directives(node.directives)
        case .object(let node):
            return typeHead(node.description, node.isExtension) + interfaces(node.interfaces) + directives(node.directives)
                + fields(node.fields)
        case .interface(let node):
            return typeHead(node.description, node.isExtension) + interfaces(node.interfaces) + directives(node.directives)
                + fields(node.fields)
        case .union(let node):
            return typeHead(node.description, node.isExtension) + directives(node.directives)
                + (node.types.isEmpty ? 0 : 2 * node.types.count)
        case .enumType(let node):
            let values = node.values.reduce(0) { $0 + description($1.description) + 1 + directives($1.directives) }
            return typeHead(node.description, node.isExtension) + directives(node.directives) + (node.values.isEmpty ? 0 : 2 + values)
        case .inputObject(let node):
            return typeHead(node.description, node.isExtension) + directives(node.directives)
                + (node.fields.isEmpty ? 0 : 2 + inputValues(node.fields))
        case .directive(let node):
            // directive @ Name (args)? repeatable? on Locations, each location after a `|`.
            return description(node.description) + 3 + (node.arguments.isEmpty ? 0 : 2 + inputValues(node.arguments))
                + (node.repeatable ? 1 : 0) + 1 + 2 * node.locations.count - 1
        }
    }

    private static func description(_ node: StringValueNode?) -> Int { node == nil ? 0 : 1 }

    /// `extend`?, the keyword and the name.
    private static func typeHead(_ description: StringValueNode?, _ isExtension: Bool) -> Int {
        self.description(description) + (isExtension ? 3 : 2)
    }

    /// `implements A & B`.
    private static func interfaces(_ names: [NamedTypeNode]) -> Int { names.isEmpty ? 0 : 2 * names.count }

    private static func fields(_ nodes: [FieldDefinitionNode]) -> Int {
        guard !nodes.isEmpty else { return 0 }
        return 2 + nodes.reduce(0) { total, field in
            total + description(field.description) + 2 + type(field.type) + directives(field.directives)
                + (field.arguments.isEmpty ? 0 : 2 + inputValues(field.arguments))
        }
    }

    private static func inputValues(_ nodes: [InputValueDefinitionNode]) -> Int {
        nodes.reduce(0) { total, node in
            total + description(node.description) + 2 + type(node.type) + (node.defaultValue.map { 1 + value($0) } ?? 0)
                + directives(node.directives)
        }
    }

    private static func variables(_ nodes: [VariableDefinitionNode]) -> Int {
        guard !nodes.isEmpty else { return 0 }
        return 2 + nodes.reduce(0) { total, node in
            total + description(node.description) + 3 + type(node.type) + (node.defaultValue.map { 1 + value($0) } ?? 0)
                + directives(node.directives)
        }
    }

    private static func type(_ node: TypeNode) -> Int {
        switch node {
        case .named: return 1
        case .list(let inner, _): return 2 + type(inner)
        case .nonNull(let inner, _): return 1 + type(inner)
        }
    }

    private static func directives(_ nodes: [DirectiveNode]) -> Int {
        nodes.reduce(0) { $0 + 2 + arguments($1.arguments) }
    }

    private static func arguments(_ nodes: [ArgumentNode]) -> Int {
        nodes.isEmpty ? 0 : 2 + nodes.reduce(0) { $0 + 2 + value($1.value) }
    }

    private static func value(_ node: ValueNode) -> Int {
        switch node.kind {
        case .variable: return 2
        case .int, .float, .string, .boolean, .null, .enumValue: return 1
        case .list(let items): return 2 + items.reduce(0) { $0 + value($1) }
        case .object(let fields): return 2 + fields.reduce(0) { $0 + 2 + value($1.value) }
        }
    }

    private static func count(_ selectionSet: SelectionSetNode) -> Int {
        2 + selectionSet.selections.reduce(0) { total, selection in
            switch selection {
            case .field(let field):
                return total + (field.alias == nil ? 1 : 3) + arguments(field.arguments) + directives(field.directives)
                    + (field.selectionSet.map(count) ?? 0)
            case .fragmentSpread(let spread):
                return total + 2 + directives(spread.directives)
            case .inlineFragment(let inline):
                return total + 1 + (inline.typeCondition == nil ? 0 : 2) + directives(inline.directives) + count(inline.selectionSet)
            }
        }
    }
}
