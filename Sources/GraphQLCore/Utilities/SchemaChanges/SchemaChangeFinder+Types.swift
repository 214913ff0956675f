// Changes of named types: removed, added, changed kind, and the members of each type that is
// in both schemas (enum values, union members, implemented interfaces; fields elsewhere).

extension SchemaChangeFinder {
    mutating func findTypeChanges(_ oldSchema: GraphQLSchema, _ newSchema: GraphQLSchema) {
        let types = NamedDiff(oldSchema.types, newSchema.types, name: \.name)
        for type in types.removed {
            if BuiltInScalars.all.contains(where: { $0.name == type.name }) {
                add(.typeRemoved, "Standard scalar \(type.name) was removed because it is not referenced anymore.")
            } else {
                add(.typeRemoved, "\(type.name) was removed.")
            }
        }
        for type in types.added {
            add(.typeAdded, "\(type.name) was added.")
        }
        for (oldType, newType) in types.persisted {
            findChanges(of: oldType, to: newType)
        }
    }

    private mutating func findChanges(of oldType: GraphQLNamedType, to newType: GraphQLNamedType) {
        switch (oldType, newType) {
        case (let old as GraphQLEnumType, let new as GraphQLEnumType):
            findEnumChanges(old, new)
        case (let old as GraphQLUnionType, let new as GraphQLUnionType):
            findUnionChanges(old, new)
        case (let old as GraphQLInputObjectType, let new as GraphQLInputObjectType):
            findInputObjectChanges(old, new)
        case (let old as GraphQLObjectType, let new as GraphQLObjectType):
            findFieldChanges(old, new)
            findImplementedInterfaceChanges(old, new)
        case (let old as GraphQLInterfaceType, let new as GraphQLInterfaceType):
            findFieldChanges(old, new)
            findImplementedInterfaceChanges(old, new)
        default:
            if oldType.kind != newType.kind {
                add(.typeChangedKind, "\(oldType.name) changed from \(oldType.kind.article) to \(newType.kind.article).")
            }
        }
        if oldType.kind == newType.kind {
            findDescriptionChange(of: oldType.name, oldType.description, newType.description)
        }
    }

    private mutating func findEnumChanges(_ oldType: GraphQLEnumType, _ newType: GraphQLEnumType) {
        let values = NamedDiff(oldType.values, newType.values, name: \.name)
        for value in values.added {
            add(.valueAddedToEnum, "\(value.name) was added to enum type \(oldType.name).")
        }
        for value in values.removed {
            add(.valueRemovedFromEnum, "\(value.name) was removed from enum type \(oldType.name).")
        }
        for (oldValue, newValue) in values.persisted {
            let coordinate = "\(oldType.name).\(oldValue.name)"
            findDescriptionChange(of: coordinate, oldValue.description, newValue.description)
            findDeprecationChange(of: coordinate, oldValue.deprecationReason, newValue.deprecationReason)
        }
    }

    private mutating func findUnionChanges(_ oldType: GraphQLUnionType, _ newType: GraphQLUnionType) {
        let members = NamedDiff(oldType.types, newType.types, name: \.name)
        for member in members.added {
            add(.typeAddedToUnion, "\(member.name) was added to union type \(oldType.name).")
        }
        for member in members.removed {
            add(.typeRemovedFromUnion, "\(member.name) was removed from union type \(oldType.name).")
        }
    }

    private mutating func findImplementedInterfaceChanges(_ oldType: GraphQLNamedType, _ newType: GraphQLNamedType) {
        let interfaces = NamedDiff(oldType.implementedInterfaces, newType.implementedInterfaces, name: \.name)
        for interface in interfaces.added {
            add(.implementedInterfaceAdded, "\(interface.name) added to interfaces implemented by \(oldType.name).")
        }
        for interface in interfaces.removed {
            add(.implementedInterfaceRemoved, "\(oldType.name) no longer implements interface \(interface.name).")
        }
    }
}

extension TypeKind {
    /// graphql-js's words for the kind in TYPE_CHANGED_KIND: `an Object type`, `an Input type`.
    var article: String {
        switch self {
        case .scalar: return "a Scalar type"
        case .object: return "an Object type"
        case .interface: return "an Interface type"
        case .union: return "a Union type"
        case .enumType: return "an Enum type"
        case .inputObject: return "an Input type"
        }
    }
}
