// Field Selections
//
// "For each selection in the document: Let fieldName be the target field of selection.
// fieldName must be defined on type in scope."
// https://spec.graphql.org/September2025/#sec-Field-Selections

/// A GraphQL document is only valid if all fields selected are defined by the parent type, or
/// are an allowed meta field such as `__typename`. The error suggests types that have the
/// field (for abstract parents), else fields with a similar name.
public final class FieldsOnCorrectTypeRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Fields only.
    public static var visits: ValidationNodeKinds { .field }

    /// Reports a field its parent type does not define.
    public func enterField(_ node: FieldNode, context: ValidationContext) {
        guard let parentType = context.parentType, context.fieldDef == nil else { return }
        let fieldName = node.name.value
        var suggestion = didYouMean(suggestedTypeNames(context.schema, parentType, fieldName),
                                    subMessage: "to use an inline fragment on")
        if suggestion.isEmpty {
            let fieldNames = parentType.fieldMap?.ordered.map(\.name) ?? []
            suggestion = didYouMean(suggestionList(fieldName, options: fieldNames))
        }
        context.reportError("Cannot query field \"\(fieldName)\" on type \"\(parentType.name)\"." + suggestion, nodes: [node.loc])
    }

    /// The possible types of an abstract parent, and their interfaces, that have the field:
    /// the most referenced first, then interfaces before their subtypes, then by name.
    private func suggestedTypeNames(_ schema: GraphQLSchema, _ type: GraphQLNamedType, _ fieldName: String) -> [String] {
        guard type.isAbstractType else { return [] }
        var suggested: [GraphQLNamedType] = []
        var usageCount: [String: Int] = [:]
        for possibleType in schema.possibleTypes(of: type) where possibleType.fields[fieldName] != nil {
            if usageCount[possibleType.name] == nil { suggested.append(possibleType) }
            usageCount[possibleType.name] = 1
            for interface in possibleType.interfaces where interface.fields[fieldName] != nil {
                if usageCount[interface.name] == nil { suggested.append(interface) }
                usageCount[interface.name, default: 0] += 1
            }
        }
        // graphql-js's comparator is not a total order (an interface goes before its subtypes
        // but after unrelated names), so the result depends on the sort: sort as V8 does.
        return timSorted(suggested) { a, b in
            let countA = usageCount[a.name] ?? 0, countB = usageCount[b.name] ?? 0
            if countA != countB { return countA > countB }
            if a.kind == .interface, schema.isSubType(a, b) { return true }
            if b.kind == .interface, schema.isSubType(b, a) { return false }
            return naturalCompare(a.name, b.name) < 0
        }.map(\.name)
    }
}

/// The order TimSort (V8's `Array.prototype.sort`, CPython's `sorted`) gives a short array:
/// the leading run (a strictly descending one reversed), then binary insertion of the rest.
/// Used where graphql-js sorts with a comparator that is not a total order.
private func timSorted<T>(_ input: [T], by less: (T, T) -> Bool) -> [T] {
    var items = input
    guard items.count > 1 else { return items }
    var run = 2
    let descending = less(items[1], items[0])
    while run < items.count, descending ? less(items[run], items[run - 1]) : !less(items[run], items[run - 1]) {
        run += 1
    }
    if descending { items[0..<run].reverse() }
    for start in run..<items.count {
        let pivot = items[start]
        var left = 0, right = start
        while left < right {
            let mid = left + (right - left) / 2
            if less(pivot, items[mid]) { right = mid } else { left = mid + 1 }
        }
        items.remove(at: start)
        items.insert(pivot, at: left)
    }
    return items
}
