// findSchemaChanges, findBreakingChanges, findDangerousChanges: what changed between two
// schemas, in graphql-js's order and words (utilities/findBreakingChanges; graphql-core 3.2's
// find_breaking_changes is the reference the corpus in Tests/SchemaDiff is checked against).
// The order is graphql-js's: type changes (removed types, then each type present in both, in
// the old schema's type order), then directive changes. Safe changes, which graphql-js 16
// does not report, are placed where graphql-js 17 places its own.

/// Every change from `oldSchema` to `newSchema`, breaking, dangerous and safe, in
/// graphql-js's order. Filtered to one level it is what graphql-js's function for that level
/// returns.
public func findSchemaChanges(_ oldSchema: GraphQLSchema, _ newSchema: GraphQLSchema) -> [SchemaChange] {
    var finder = SchemaChangeFinder()
    finder.findTypeChanges(oldSchema, newSchema)
    finder.findDirectiveChanges(oldSchema, newSchema)
    return finder.changes
}

/// The breaking changes from `oldSchema` to `newSchema`, as graphql-js's
/// `findBreakingChanges` returns them.
public func findBreakingChanges(_ oldSchema: GraphQLSchema, _ newSchema: GraphQLSchema) -> [BreakingChange] {
    findSchemaChanges(oldSchema, newSchema).compactMap { change in
        guard case .breaking(let type) = change.type else { return nil }
        return BreakingChange(type: type, description: change.description)
    }
}

/// The dangerous changes from `oldSchema` to `newSchema`, as graphql-js's
/// `findDangerousChanges` returns them.
public func findDangerousChanges(_ oldSchema: GraphQLSchema, _ newSchema: GraphQLSchema) -> [DangerousChange] {
    findSchemaChanges(oldSchema, newSchema).compactMap { change in
        guard case .dangerous(let type) = change.type else { return nil }
        return DangerousChange(type: type, description: change.description)
    }
}

/// Collects changes in order; each part of the comparison is an extension.
struct SchemaChangeFinder {
    private(set) var changes: [SchemaChange] = []

    mutating func add(_ type: BreakingChangeType, _ description: String) {
        changes.append(SchemaChange(type: .breaking(type), description: description))
    }

    mutating func add(_ type: DangerousChangeType, _ description: String) {
        changes.append(SchemaChange(type: .dangerous(type), description: description))
    }

    mutating func add(_ type: SafeChangeType, _ description: String) {
        changes.append(SchemaChange(type: .safe(type), description: description))
    }
}
