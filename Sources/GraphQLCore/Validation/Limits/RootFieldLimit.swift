// The maximum root fields limit: how many distinct root fields (response keys) an operation
// selects, through fragments and inline fragments at the root.

/// Counts the distinct root response keys of operations.
struct RootFieldLimit {
    let maxRootFields: Int
    let fragments: [String: FragmentDefinitionNode]

    /// An error at the first root field past the limit, if the operation has more root fields
    /// than allowed.
    func check(_ operation: OperationDefinitionNode) -> GraphQLError? {
        var keys: Set<String> = []
        var firstOver: Location?
        operation.forEachRootField(fragments: fragments) { field in
            if keys.insert(field.responseKey).inserted, keys.count == maxRootFields + 1 { firstOver = field.loc }
        }
        guard let firstOver else { return nil }
        return GraphQLError("Root fields limit of \(maxRootFields) exceeded, found \(keys.count).", nodes: [firstOver])
    }
}
