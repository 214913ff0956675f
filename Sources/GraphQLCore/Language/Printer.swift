// Printing documents as graphql-js 16's `print` does: the same joins, blocks, two-space
// indentation, argument wrapping past 80 characters and block strings. The functions mirror
// graphql-js's printer (`join`, `wrap`, `block`, `indent`) so the output matches it exactly.
// Value literals print in Printer+Value.swift.

/// A line longer than this (in UTF-16 units) puts a field's arguments on lines of their own.
private let maxLineLength = 80

extension DocumentNode {
    /// The document as graphql-js's `print` writes it (no trailing newline).
    public var printed: String {
        join(definitions.map(\.printed), "\n\n")
    }
}

extension DefinitionNode {
    /// The definition as graphql-js's `print` writes it.
    public var printed: String {
        switch self {
        case .operation(let node): return node.printed
        case .fragment(let node): return node.printed
        case .schema(let node): return node.printed
        case .scalar(let node): return node.printed
        case .object(let node): return node.printed
        case .interface(let node): return node.printed
        case .union(let node): return node.printed
        case .enumType(let node): return node.printed
        case .inputObject(let node): return node.printed
        case .directive(let node): return node.printed
        }
    }
}

// MARK: Executable definitions

extension OperationDefinitionNode {
    /// The operation; an anonymous query without variables, directives or description prints
    /// as its selection set alone.
    public var printed: String {
        let variables = wrap("(", join(variableDefinitions.map(\.printed), ", "), ")")
        let prefix = join([operation.rawValue, join([name?.value ?? "", variables], ""),
                           join(directives.map(\.printed), " ")], " ")
        let head = prefix == "query" && description == nil ? "" : prefix + " "
        return wrap("", description?.printed ?? "", "\n") + head + selectionSet.printed
    }
}

extension VariableDefinitionNode {
    /// `$name: Type = default @directives`, after its description if it has one.
    public var printed: String {
        wrap("", description?.printed ?? "", " ") + "$" + variable.name.value + ": " + type.printed
            + wrap(" = ", defaultValue?.printed ?? "") + wrap(" ", join(directives.map(\.printed), " "))
    }
}

extension SelectionSetNode {
    /// The selections in an indented block.
    public var printed: String {
        block(selections.map(\.printed))
    }
}

extension SelectionNode {
    /// The field, fragment spread or inline fragment.
    public var printed: String {
        switch self {
        case .field(let node): return node.printed
        case .fragmentSpread(let node):
            return "..." + node.name.value + wrap(" ", join(node.directives.map(\.printed), " "))
        case .inlineFragment(let node):
            return join(["...", wrap("on ", node.typeCondition?.value ?? ""), join(node.directives.map(\.printed), " "),
                         node.selectionSet.printed], " ")
        }
    }
}

extension FieldNode {
    /// `alias: name(args) @directives { ... }`, the arguments one per line when the line
    /// would pass 80 characters.
    public var printed: String {
        let prefix = wrap("", alias?.value ?? "", ": ") + name.value
        let arguments = self.arguments.map(\.printed)
        var argumentsLine = prefix + wrap("(", join(arguments, ", "), ")")
        if argumentsLine.utf16.count > maxLineLength {
            argumentsLine = prefix + wrap("(\n", indent(join(arguments, "\n")), "\n)")
        }
        return join([argumentsLine, join(directives.map(\.printed), " "), selectionSet?.printed ?? ""], " ")
    }
}

extension ArgumentNode {
    /// `name: value`.
    public var printed: String {
        name.value + ": " + value.printed
    }
}

extension FragmentDefinitionNode {
    /// `fragment Name on Type @directives { ... }`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n") + "fragment " + name.value + " on " + typeCondition.value + " "
            + wrap("", join(directives.map(\.printed), " "), " ") + selectionSet.printed
    }
}

extension DirectiveNode {
    /// `@name(args)`.
    public var printed: String {
        "@" + name.value + wrap("(", join(arguments.map(\.printed), ", "), ")")
    }
}

extension TypeNode {
    /// `Name`, `[Type]` or `Type!`.
    public var printed: String {
        switch self {
        case .named(let name): return name.value
        case .list(let inner, _): return "[" + inner.printed + "]"
        case .nonNull(let inner, _): return inner.printed + "!"
        }
    }
}

extension StringValueNode {
    /// The string as written: a block string or an escaped string.
    public var printed: String {
        block ? printBlockString(value) : printString(value)
    }
}

// MARK: Type system definitions

extension SchemaDefinitionNode {
    /// `schema @directives { query: Query ... }`, or `extend schema ...`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend schema" : "schema", join(directives.map(\.printed), " "),
                    block(operationTypes.map { $0.operation.rawValue + ": " + $0.type.value })], " ")
    }
}

extension ScalarTypeDefinitionNode {
    /// `scalar Name @directives`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend scalar" : "scalar", name.value, join(directives.map(\.printed), " ")], " ")
    }
}

extension ObjectTypeDefinitionNode {
    /// `type Name implements A & B @directives { fields }`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend type" : "type", name.value,
                    wrap("implements ", join(interfaces.map(\.value), " & ")),
                    join(directives.map(\.printed), " "), block(fields.map(\.printed))], " ")
    }
}

extension InterfaceTypeDefinitionNode {
    /// `interface Name implements A & B @directives { fields }`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend interface" : "interface", name.value,
                    wrap("implements ", join(interfaces.map(\.value), " & ")),
                    join(directives.map(\.printed), " "), block(fields.map(\.printed))], " ")
    }
}

extension FieldDefinitionNode {
    /// `name(args): Type @directives`; the arguments one per line when any spans lines.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n") + name.value + printArgumentDefinitions(arguments) + ": "
            + type.printed + wrap(" ", join(directives.map(\.printed), " "))
    }
}

extension InputValueDefinitionNode {
    /// `name: Type = default @directives`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([name.value + ": " + type.printed, wrap("= ", defaultValue?.printed ?? ""),
                    join(directives.map(\.printed), " ")], " ")
    }
}

extension UnionTypeDefinitionNode {
    /// `union Name @directives = A | B`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend union" : "union", name.value, join(directives.map(\.printed), " "),
                    wrap("= ", join(types.map(\.value), " | "))], " ")
    }
}

extension EnumTypeDefinitionNode {
    /// `enum Name @directives { VALUES }`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend enum" : "enum", name.value, join(directives.map(\.printed), " "),
                    block(values.map(\.printed))], " ")
    }
}

extension EnumValueDefinitionNode {
    /// `VALUE @directives`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n") + join([name.value, join(directives.map(\.printed), " ")], " ")
    }
}

extension InputObjectTypeDefinitionNode {
    /// `input Name @directives { fields }`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n")
            + join([isExtension ? "extend input" : "input", name.value, join(directives.map(\.printed), " "),
                    block(fields.map(\.printed))], " ")
    }
}

extension DirectiveDefinitionNode {
    /// `directive @name(args) repeatable on A | B`.
    public var printed: String {
        wrap("", description?.printed ?? "", "\n") + "directive @" + name.value + printArgumentDefinitions(arguments)
            + (repeatable ? " repeatable" : "") + " on " + join(locations.map(\.value), " | ")
    }
}

// MARK: graphql-js's printing helpers

/// Argument definitions in parentheses, one per line if any of them spans lines.
private func printArgumentDefinitions(_ arguments: [InputValueDefinitionNode]) -> String {
    let printed = arguments.map(\.printed)
    if printed.contains(where: { $0.utf8.contains(0x0A) }) {
        return wrap("(\n", indent(join(printed, "\n")), "\n)")
    }
    return wrap("(", join(printed, ", "), ")")
}

/// The non-empty strings joined by `separator`.
private func join(_ strings: [String], _ separator: String) -> String {
    var result = ""
    var first = true
    for string in strings where !string.isEmpty {
        if !first { result += separator }
        result += string
        first = false
    }
    return result
}

/// `start + string + end`, or nothing when `string` is empty.
private func wrap(_ start: String, _ string: String, _ end: String = "") -> String {
    string.isEmpty ? "" : start + string + end
}

/// Each line of `string` indented by two spaces (nothing for an empty string).
private func indent(_ string: String) -> String {
    guard !string.isEmpty else { return "" }
    var result = "  "
    result.reserveCapacity(string.utf8.count + 16)
    var lineStart = string.utf8.startIndex
    for index in string.utf8.indices where string.utf8[index] == 0x0A {
        result += string[lineStart...index]
        result += "  "
        lineStart = string.utf8.index(after: index)
    }
    result += string[lineStart...]
    return result
}

/// The strings, one per line, in an indented `{ }` block (nothing when there are none).
private func block(_ strings: [String]) -> String {
    wrap("{\n", indent(join(strings, "\n")), "\n}")
}
