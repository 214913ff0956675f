// IBM's `@listSize(requireOneSlicingArgument:)`: a field whose list size comes from its
// slicing arguments must be given exactly one of them, so that its cost is known before
// execution (Shopify: "you must provide one of first or last"). Not a rule of the GraphQL
// specification: servers that cost queries add it to `specifiedRules`.

/// A field with `@listSize(slicingArguments: [...], requireOneSlicingArgument: true)` (the
/// directive's default) is valid only when exactly one of those arguments is given, as a
/// value other than `null` or as a variable; an argument with a default value counts as given
/// when none is.
public final class SlicingArgumentRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Fields only.
    public static var visits: ValidationNodeKinds { [.field] }

    /// Reports a field given none, or more than one, of its slicing arguments.
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        guard let definition = context.fieldDef, let listSize = definition.listSize, listSize.requireOneSlicingArgument,
              !listSize.slicingArguments.isEmpty else { return }
        let names = listSize.slicingArguments.filter { name in definition.arguments.contains { $0.name == name } }
        guard !names.isEmpty else { return }
        var given = node.arguments.filter { argument in
            guard names.contains(argument.name.value) else { return false }
            if case .null = argument.value.kind { return false }
            return true
        }.count
        if given == 0 {
            given = definition.arguments.filter { names.contains($0.name) && $0.defaultValue != nil && $0.defaultValue != .null }.count
        }
        guard given != 1 else { return }
        let list = names.joined(separator: ", ")
        let message = given == 0
            ? "Field \"\(definition.name)\" must be given one of its slicing arguments (\(list)) so that its cost is known."
            : "Field \"\(definition.name)\" must be given only one of its slicing arguments (\(list))."
        context.reportError(message, nodes: [node.loc])
    }
}
