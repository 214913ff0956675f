// CollectFields: the fields a selection set selects on one object type, grouped by response
// key in order, with @skip/@include applied and fragments expanded once each.
// https://spec.graphql.org/September2025/#sec-Field-Collection

/// Field nodes grouped by response key, keys in first-seen order. Small sets are searched
/// linearly (no hashing); past 16 keys an index takes over.
struct GroupedFieldSet {
    private(set) var keys: [String] = []
    private(set) var groups: [[FieldNode]] = []
    private var index: [String: Int]?

    mutating func append(_ field: FieldNode) {
        let key = field.responseKey
        if let position = position(of: key) {
            groups[position].append(field)
            return
        }
        keys.append(key)
        groups.append([field])
        if index != nil {
            index![key] = keys.count - 1
        } else if keys.count > 16 {
            index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }
}

extension Planner {
    /// CollectFields(objectType, selectionSet, variableValues, visitedFragments), depth first
    /// with an explicit stack: a chain of fragments as long as a document can hold must not
    /// overflow the thread's stack.
    func collectFields(_ type: GraphQLObjectType, _ selectionSet: SelectionSetNode,
                       into fields: inout GroupedFieldSet, visited: inout Set<String>) throws {
        var pending: [ArraySlice<SelectionNode>] = [selectionSet.selections[...]]
        while !pending.isEmpty {
            guard let selection = pending[pending.count - 1].popFirst() else {
                pending.removeLast()
                continue
            }
            switch selection {
            case .field(let field):
                guard try shouldInclude(field.directives) else { continue }
                fields.append(field)
            case .inlineFragment(let fragment):
                guard try shouldInclude(fragment.directives),
                      doesFragmentConditionMatch(fragment.typeCondition, type) else { continue }
                pending.append(fragment.selectionSet.selections[...])
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visited.contains(name), try shouldInclude(spread.directives) else { continue }
                visited.insert(name)
                guard let fragment = fragments[name],
                      doesFragmentConditionMatch(fragment.typeCondition, type) else { continue }
                pending.append(fragment.selectionSet.selections[...])
            }
        }
    }

    /// The sub-selections of every node of a field, collected together on `type`.
    func collectSubfields(_ type: GraphQLObjectType, nodes: [FieldNode]) throws -> GroupedFieldSet {
        var fields = GroupedFieldSet()
        var visited = Set<String>()
        for node in nodes {
            if let selectionSet = node.selectionSet {
                try collectFields(type, selectionSet, into: &fields, visited: &visited)
            }
        }
        return fields
    }

    /// DoesFragmentTypeApply(objectType, fragmentType).
    private func doesFragmentConditionMatch(_ condition: NamedTypeNode?, _ type: GraphQLObjectType) -> Bool {
        guard let condition else { return true }
        guard let conditionType = schema.type(named: condition.value) else { return false }
        return doTypesOverlap(schema, conditionType, type)
    }

    /// `@skip(if: true)` leaves a selection out, and so does `@include(if: false)`.
    private func shouldInclude(_ directives: [DirectiveNode]) throws -> Bool {
        if directives.isEmpty { return true }
        if let skip = directives.first(where: { $0.name.value == "skip" }),
           try coerceArgumentValues(SpecifiedDirectives.skip.arguments, skip.arguments, node: skip.loc,
                                    variables: variables)["if"] == .bool(true) {
            return false
        }
        if let include = directives.first(where: { $0.name.value == "include" }),
           try coerceArgumentValues(SpecifiedDirectives.include.arguments, include.arguments, node: include.loc,
                                    variables: variables)["if"] == .bool(false) {
            return false
        }
        return true
    }
}
