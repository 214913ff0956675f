// The SDL rules about arguments and input fields in directives and values: graphql-js 16's
// KnownArgumentNamesOnDirectives, UniqueArgumentNames, UniqueInputFieldNames and
// ProvidedRequiredArgumentsOnDirectives.

/// Known Argument Names (on directives): a directive is given only arguments it defines.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
final class KnownArgumentNamesOnDirectivesRule: SDLRule {
    private var arguments: [String: [String]] = [:]

    init(_ document: DocumentNode) {
        for directive in SpecifiedDirectives.all { arguments[directive.name] = directive.arguments.map(\.name) }
        for case .directive(let definition) in document.definitions {
            arguments[definition.name.value] = definition.arguments.map(\.name.value)
        }
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .directive(let directive) = node, let known = arguments[directive.name.value] else { return }
        for argument in directive.arguments where !known.contains(argument.name.value) {
            let suggestions = suggestionList(argument.name.value, options: known)
            context.report("Unknown argument \"\(argument.name.value)\" on directive \"@\(directive.name.value)\"." + didYouMean(suggestions),
                           [argument.loc])
        }
    }
}

/// Argument Uniqueness: a field or directive is given each argument once.
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
final class SDLUniqueArgumentNamesRule: SDLRule {
    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        let arguments: [ArgumentNode]
        switch node {
        case .field(let field): arguments = field.arguments
        case .directive(let directive): arguments = directive.arguments
        default: return
        }
        for (name, names) in groupedNames(arguments.map(\.name)) where names.count > 1 {
            context.report("There can be only one argument named \"\(name)\".", names.map(\.loc))
        }
    }
}

/// Input Object Field Uniqueness: an object literal gives each field once.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
final class SDLUniqueInputFieldNamesRule: SDLRule {
    private var stack: [[String: NameNode]] = []
    private var known: [String: NameNode] = [:]

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {
        switch node {
        case .objectValue:
            stack.append(known)
            known = [:]
        case .objectField(let field):
            if let already = known[field.name.value] {
                context.report("There can be only one input field named \"\(field.name.value)\".", [already.loc, field.name.loc])
            } else {
                known[field.name.value] = field.name
            }
        default: break
        }
    }

    func leave(_ node: SDLNode, _ context: SDLValidationContext) {
        if case .objectValue = node { known = stack.removeLast() }
    }
}

/// Required Arguments (on directives): a directive is given its required arguments.
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
final class ProvidedRequiredArgumentsOnDirectivesRule: SDLRule {
    private var required: [String: [(name: String, type: String)]] = [:]

    init(_ document: DocumentNode) {
        for directive in SpecifiedDirectives.all {
            required[directive.name] = directive.arguments.filter(\.isRequired).map { ($0.name, $0.type.description) }
        }
        for case .directive(let definition) in document.definitions {
            required[definition.name.value] = definition.arguments.filter { argument in
                if case .nonNull = argument.type { return argument.defaultValue == nil }
                return false
            }.map { ($0.name.value, typeNodeText($0.type)) }
        }
    }

    func leave(_ node: SDLNode, _ context: SDLValidationContext) {
        guard case .directive(let directive) = node, let arguments = required[directive.name.value] else { return }
        let given = Set(directive.arguments.map(\.name.value))
        for argument in arguments where !given.contains(argument.name) {
            context.report("Directive \"@\(directive.name.value)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                           [directive.loc])
        }
    }

    func enter(_ node: SDLNode, _ context: SDLValidationContext) {}
}
