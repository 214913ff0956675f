// printSchema: a schema as SDL, exactly as graphql-js 16 prints it (the specified
// directives, built-in scalars and introspection types left out; default values printed
// from astFromValue; descriptions as block strings when they can be).

/// The schema as graphql-js's `printSchema` writes it.
public func printSchema(_ schema: GraphQLSchema) -> String {
    let directives = schema.directives.filter { directive in !SpecifiedDirectives.all.contains { $0 === directive } }
    let types = schema.types.filter { type in
        !BuiltInScalars.all.contains { $0 === type } && !IntrospectionTypes.isIntrospectionType(type.name)
    }
    let parts = [printSchemaDefinition(schema)].compactMap { $0 } + directives.map(printDirective) + types.map(printType)
    return parts.joined(separator: "\n\n")
}

/// One type as graphql-js's `printType` writes it.
public func printType(_ type: GraphQLNamedType) -> String {
    let head = printDescription(type.description)
    switch type {
    case let scalar as GraphQLScalarType:
        let specifiedBy = scalar.specifiedByURL.map { " @specifiedBy(url: \(printString($0)))" } ?? ""
        return head + "scalar \(scalar.name)" + specifiedBy
    case let object as GraphQLObjectType:
        return head + "type \(object.name)" + printInterfaces(object.interfaces) + printFields(object.fields)
    case let interface as GraphQLInterfaceType:
        return head + "interface \(interface.name)" + printInterfaces(interface.interfaces) + printFields(interface.fields)
    case let union as GraphQLUnionType:
        let members = union.types.isEmpty ? "" : " = " + union.types.map(\.name).joined(separator: " | ")
        return head + "union \(union.name)" + members
    case let enumType as GraphQLEnumType:
        let values = enumType.values.enumerated().map { index, value in
            printDescription(value.description, indentation: "  ", firstInBlock: index == 0) + "  " + value.name
                + printDeprecated(value.deprecationReason)
        }
        return head + "enum \(enumType.name)" + printBlock(values)
    case let input as GraphQLInputObjectType:
        let fields = input.fields.enumerated().map { index, field in
            printDescription(field.description, indentation: "  ", firstInBlock: index == 0) + "  " + printInputValue(field)
        }
        return head + "input \(input.name)" + (input.isOneOf ? " @oneOf" : "") + printBlock(fields)
    default:
        return head
    }
}

private func printSchemaDefinition(_ schema: GraphQLSchema) -> String? {
    let roots: [(String, GraphQLObjectType?, String)] = [
        ("query", schema.queryType, "Query"), ("mutation", schema.mutationType, "Mutation"),
        ("subscription", schema.subscriptionType, "Subscription"),
    ]
    let commonNames = roots.allSatisfy { _, type, name in type == nil || type!.name == name }
    if schema.description == nil && commonNames { return nil }
    let lines = roots.compactMap { operation, type, _ in type.map { "  \(operation): \($0.name)" } }
    return printDescription(schema.description) + "schema {\n" + lines.joined(separator: "\n") + "\n}"
}

private func printDirective(_ directive: GraphQLDirective) -> String {
    printDescription(directive.description) + "directive @" + directive.name + printArguments(directive.arguments)
        + (directive.isRepeatable ? " repeatable" : "") + " on " + directive.locations.map(\.rawValue).joined(separator: " | ")
}

private func printInterfaces(_ interfaces: [GraphQLInterfaceType]) -> String {
    interfaces.isEmpty ? "" : " implements " + interfaces.map(\.name).joined(separator: " & ")
}

private func printFields(_ fields: FieldMap) -> String {
    printBlock(fields.ordered.enumerated().map { index, field in
        printDescription(field.description, indentation: "  ", firstInBlock: index == 0) + "  " + field.name
            + printArguments(field.arguments, indentation: "  ") + ": " + field.type.description + printDeprecated(field.deprecationReason)
    })
}

private func printBlock(_ items: [String]) -> String {
    items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
}

private func printArguments(_ arguments: [GraphQLArgument], indentation: String = "") -> String {
    if arguments.isEmpty { return "" }
    if arguments.allSatisfy({ $0.description?.isEmpty ?? true }) {
        return "(" + arguments.map(printInputValue).joined(separator: ", ") + ")"
    }
    let lines = arguments.enumerated().map { index, argument in
        printDescription(argument.description, indentation: "  " + indentation, firstInBlock: index == 0) + "  " + indentation
            + printInputValue(argument)
    }
    return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
}

private func printInputValue(_ argument: GraphQLArgument) -> String {
    var declaration = argument.name + ": " + argument.type.description
    if let defaultValue = argument.defaultValue, let literal = astFromValue(defaultValue, type: argument.type) {
        declaration += " = " + literal.printed
    }
    return declaration + printDeprecated(argument.deprecationReason)
}

private func printDeprecated(_ reason: String?) -> String {
    guard let reason else { return "" }
    if reason != SpecifiedDirectives.defaultDeprecationReason { return " @deprecated(reason: \(printString(reason)))" }
    return " @deprecated"
}

private func printDescription(_ description: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
    guard let description else { return "" }
    let literal = isPrintableAsBlockString(description) ? blockStringLiteral(description) : printString(description)
    var out = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
    if indentation.isEmpty || !literal.utf8.contains(UInt8(ascii: "\n")) {
        out += literal
    } else {
        for (index, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n" + indentation }
            out += line
        }
    }
    return out + "\n"
}

/// graphql-js's `printBlockString` for a value `isPrintableAsBlockString` accepts (so no
/// `\r`), without Foundation's string searching; values holding `"""` take the general path.
private func blockStringLiteral(_ value: String) -> String {
    let bytes = value.utf8
    var hasTripleQuote = false, quoteRun = 0, lineCount = 1
    var restLinesIndentedOrEmpty = true, atLineStart = false
    for byte in bytes {
        quoteRun = byte == UInt8(ascii: "\"") ? quoteRun + 1 : 0
        if quoteRun >= 3 { hasTripleQuote = true }
        if atLineStart {
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n") { restLinesIndentedOrEmpty = false }
            atLineStart = false
        }
        if byte == UInt8(ascii: "\n") { lineCount += 1; atLineStart = true }
    }
    if hasTripleQuote { return printBlockString(value) }
    let isSingleLine = lineCount == 1
    let forceLeadingNewLine = lineCount > 1 && restLinesIndentedOrEmpty
    let forceTrailingNewline = bytes.last == UInt8(ascii: "\"") || bytes.last == UInt8(ascii: "\\")
    let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewline || forceLeadingNewLine
    let skipLeadingNewLine = isSingleLine && (bytes.first == UInt8(ascii: " ") || bytes.first == UInt8(ascii: "\t"))
    var result = "\"\"\""
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
    result += value
    if printAsMultipleLines || forceTrailingNewline { result += "\n" }
    return result + "\"\"\""
}
