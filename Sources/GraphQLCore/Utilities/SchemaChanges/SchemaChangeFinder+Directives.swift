// Changes of directives: removed, added, and the arguments, repeatability and locations of
// each directive in both schemas.

extension SchemaChangeFinder {
    mutating func findDirectiveChanges(_ oldSchema: GraphQLSchema, _ newSchema: GraphQLSchema) {
        let directives = NamedDiff(oldSchema.directives, newSchema.directives, name: \.name)
        for directive in directives.removed {
            add(.directiveRemoved, "\(directive.name) was removed.")
        }
        for directive in directives.added {
            add(.directiveAdded, "\(directive.name) was added.")
        }
        for (oldDirective, newDirective) in directives.persisted {
            findChanges(of: oldDirective, to: newDirective)
        }
    }

    private mutating func findChanges(of oldDirective: GraphQLDirective, to newDirective: GraphQLDirective) {
        let arguments = NamedDiff(oldDirective.arguments, newDirective.arguments, name: \.name)
        for argument in arguments.added {
            if argument.isRequired {
                add(.requiredDirectiveArgAdded, "A required arg \(argument.name) on directive \(oldDirective.name) was added.")
            } else {
                add(.optionalDirectiveArgAdded, "An optional arg \(argument.name) on directive \(oldDirective.name) was added.")
            }
        }
        for argument in arguments.removed {
            add(.directiveArgRemoved, "\(argument.name) was removed from \(newDirective.name).")
        }
        if oldDirective.isRepeatable, !newDirective.isRepeatable {
            add(.directiveRepeatableRemoved, "Repeatable flag was removed from \(oldDirective.name).")
        } else if newDirective.isRepeatable, !oldDirective.isRepeatable {
            add(.directiveRepeatableAdded, "Repeatable flag was added to \(oldDirective.name).")
        }
        for location in oldDirective.locations where !newDirective.locations.contains(location) {
            add(.directiveLocationRemoved, "\(location.rawValue) was removed from \(newDirective.name).")
        }
        for location in newDirective.locations where !oldDirective.locations.contains(location) {
            add(.directiveLocationAdded, "\(location.rawValue) was added to \(newDirective.name).")
        }
        findDescriptionChange(of: "@\(oldDirective.name)", oldDirective.description, newDirective.description)
        for (oldArgument, newArgument) in arguments.persisted {
            findDescriptionChange(of: "@\(oldDirective.name) arg \(oldArgument.name)", oldArgument.description,
                                  newArgument.description)
        }
    }
}
