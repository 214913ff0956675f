// Collecting the fields of selection sets for the conflict search, once per selection set,
// and sorting fields into structural classes.

/// One selection, as far as field merging can tell selections apart; names are `NameTable`
/// numbers (`-1` for none).
enum ShapeItem: Hashable {
    case field(responseKey: Int, name: Int, arguments: Int, selection: Int)
    case spread(Int)
    case inline(typeCondition: Int, selection: Int)
}

/// What decides every comparison of a field: its parent type, name, arguments and the shape
/// of its sub-selection (`-1` for none).
struct ClassKey: Hashable {
    let parentType: ObjectIdentifier?
    let name: String
    let arguments: String
    let selection: Int
}

extension FieldConflictFinder {
    /// The fields and spread fragment names of a selection set (graphql-js's
    /// getFieldsAndFragmentNames), collected once per selection set.
    func fieldsAndFragmentNames(_ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?) -> FieldsAndFragmentNames {
        let key = selectionSet.loc.end > 0 ? selectionSet.loc.start : nil
        if let key, let cached = collected[key] { return cached }
        let collection = FieldsAndFragmentNames()
        collect(selectionSet, parentType: parentType, into: collection)
        if let key { collected[key] = collection }
        return collection
    }

    /// The fields and spread fragments of the fragment definition with this name number, on
    /// its type condition; `nil` for an unknown fragment.
    func fragmentCollection(_ name: Int) -> FieldsAndFragmentNames? {
        if let known = fragmentCollections[name] { return known }
        var collection: FieldsAndFragmentNames?
        if let definition = fragment(names[name]) {
            collection = fieldsAndFragmentNames(definition.selectionSet, parentType: schema.type(named: definition.typeCondition.value))
        }
        fragmentCollections[name] = .some(collection)
        return collection
    }

    private func collect(_ selectionSet: SelectionSetNode, parentType: GraphQLNamedType?, into collection: FieldsAndFragmentNames) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let node):
                let definition = parentType?.fieldMap?[node.name.value]
                collection.add(CollectedField(parentType: parentType, node: node, definition: definition), as: names.id(node.responseKey))
            case .fragmentSpread(let spread):
                collection.addFragment(names.id(spread.name.value))
            case .inlineFragment(let inline):
                let type = inline.typeCondition.map { schema.type(named: $0.value) } ?? parentType
                collect(inline.selectionSet, parentType: type, into: collection)
            }
        }
    }

    /// The structural class of a field: fields of one class compare alike with everything.
    func fieldClass(_ field: CollectedField) -> Int {
        if field.structuralClass >= 0 { return field.structuralClass }
        let key = ClassKey(parentType: field.parentType.map(ObjectIdentifier.init), name: field.node.name.value,
                           arguments: field.argumentsKey, selection: field.node.selectionSet.map(shape) ?? -1)
        let id = classIDs[key] ?? classIDs.count
        classIDs[key] = id
        field.structuralClass = id
        return id
    }

    /// A number that two selection sets share exactly when they select the same things
    /// (directives aside, which field merging ignores).
    private func shape(_ selectionSet: SelectionSetNode) -> Int {
        let key = selectionSet.loc.end > 0 ? selectionSet.loc.start : nil
        if let key, let known = shapes[key] { return known }
        let items: [ShapeItem] = selectionSet.selections.map { selection in
            switch selection {
            case .field(let node):
                let arguments = node.arguments.isEmpty ? -1 : names.id(CollectedField.argumentsKey(node))
                return .field(responseKey: names.id(node.responseKey), name: names.id(node.name.value),
                              arguments: arguments, selection: node.selectionSet.map(shape) ?? -1)
            case .fragmentSpread(let spread):
                return .spread(names.id(spread.name.value))
            case .inlineFragment(let inline):
                return .inline(typeCondition: inline.typeCondition.map { names.id($0.value) } ?? -1,
                               selection: shape(inline.selectionSet))
            }
        }
        let id = shapeIDs[items] ?? shapeIDs.count
        shapeIDs[items] = id
        if let key { shapes[key] = id }
        return id
    }
}
