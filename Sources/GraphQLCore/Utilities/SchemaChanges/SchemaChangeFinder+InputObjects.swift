// Changes of an input object's fields.

extension SchemaChangeFinder {
    mutating func findInputObjectChanges(_ oldType: GraphQLInputObjectType, _ newType: GraphQLInputObjectType) {
        let fields = NamedDiff(oldType.fields, newType.fields, name: \.name)
        for field in fields.added {
            if field.isRequired {
                add(.requiredInputFieldAdded, "A required field \(field.name) on input type \(oldType.name) was added.")
            } else {
                add(.optionalInputFieldAdded, "An optional field \(field.name) on input type \(oldType.name) was added.")
            }
        }
        for field in fields.removed {
            add(.fieldRemoved, "\(oldType.name).\(field.name) was removed.")
        }
        for (oldField, newField) in fields.persisted {
            let coordinate = "\(oldType.name).\(oldField.name)"
            if !isSafeInputTypeChange(oldField.type, newField.type) {
                add(.fieldChangedKind, "\(coordinate) changed type from \(oldField.type) to \(newField.type).")
            } else if oldField.type.description != newField.type.description {
                add(.fieldChangedKindSafe, "\(coordinate) changed type from \(oldField.type) to \(newField.type).")
            }
            findDescriptionChange(of: coordinate, oldField.description, newField.description)
            findDeprecationChange(of: coordinate, oldField.deprecationReason, newField.deprecationReason)
        }
    }
}
