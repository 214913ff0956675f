// Changes of the fields of an object or interface and of their arguments.

extension SchemaChangeFinder {
    mutating func findFieldChanges(_ oldType: GraphQLNamedType, _ newType: GraphQLNamedType) {
        let fields = NamedDiff(oldType.fieldMap?.ordered ?? [], newType.fieldMap?.ordered ?? [], name: \.name)
        for field in fields.removed {
            add(.fieldRemoved, "\(oldType.name).\(field.name) was removed.")
        }
        for field in fields.added {
            add(.fieldAdded, "\(oldType.name).\(field.name) was added.")
        }
        for (oldField, newField) in fields.persisted {
            let coordinate = "\(oldType.name).\(oldField.name)"
            findArgumentChanges(of: coordinate, oldField.arguments, newField.arguments)
            if !isSafeOutputTypeChange(oldField.type, newField.type) {
                add(.fieldChangedKind, "\(coordinate) changed type from \(oldField.type) to \(newField.type).")
            } else if oldField.type.description != newField.type.description {
                add(.fieldChangedKindSafe, "\(coordinate) changed type from \(oldField.type) to \(newField.type).")
            }
            findDescriptionChange(of: coordinate, oldField.description, newField.description)
            findDeprecationChange(of: coordinate, oldField.deprecationReason, newField.deprecationReason)
        }
    }

    /// The arguments of the field at `coordinate` (`Query.products`): removed, changed, added.
    private mutating func findArgumentChanges(of coordinate: String, _ oldArguments: [GraphQLArgument],
                                              _ newArguments: [GraphQLArgument]) {
        let arguments = NamedDiff(oldArguments, newArguments, name: \.name)
        for argument in arguments.removed {
            add(.argRemoved, "\(coordinate) arg \(argument.name) was removed.")
        }
        for (oldArgument, newArgument) in arguments.persisted {
            let argumentCoordinate = "\(coordinate) arg \(oldArgument.name)"
            if !isSafeInputTypeChange(oldArgument.type, newArgument.type) {
                add(.argChangedKind, "\(argumentCoordinate) has changed type from \(oldArgument.type) to \(newArgument.type).")
            } else {
                if oldArgument.type.description != newArgument.type.description {
                    add(.argChangedKindSafe, "\(argumentCoordinate) has changed type from \(oldArgument.type) to \(newArgument.type).")
                }
                findDefaultValueChange(of: argumentCoordinate, oldArgument, newArgument)
            }
            findDescriptionChange(of: argumentCoordinate, oldArgument.description, newArgument.description)
            findDeprecationChange(of: argumentCoordinate, oldArgument.deprecationReason, newArgument.deprecationReason)
        }
        for argument in arguments.added {
            if argument.isRequired {
                add(.requiredArgAdded, "A required arg \(argument.name) on \(coordinate) was added.")
            } else {
                add(.optionalArgAdded, "An optional arg \(argument.name) on \(coordinate) was added.")
            }
        }
    }

    /// A default removed or changed (dangerous), or added (safe), compared as introspection
    /// prints it: the literal with its object fields sorted.
    private mutating func findDefaultValueChange(of coordinate: String, _ oldArgument: GraphQLArgument,
                                                 _ newArgument: GraphQLArgument) {
        switch (oldArgument.defaultValue, newArgument.defaultValue) {
        case (.some, .none):
            add(.argDefaultValueChange, "\(coordinate) defaultValue was removed.")
        case (.some(let oldValue), .some(let newValue)):
            let oldText = defaultValueText(oldValue, of: oldArgument)
            let newText = defaultValueText(newValue, of: newArgument)
            if oldText != newText {
                add(.argDefaultValueChange, "\(coordinate) has changed defaultValue from \(oldText) to \(newText).")
            }
        case (.none, .some(let newValue)):
            add(.argDefaultValueAdded, "\(coordinate) added a defaultValue \(defaultValueText(newValue, of: newArgument)).")
        case (.none, .none):
            break
        }
    }
}
