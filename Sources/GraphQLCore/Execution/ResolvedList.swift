// Lists returned by resolvers.
// https://spec.graphql.org/September2025/#sec-Value-Completion (CompleteValue, list types)

/// A Swift array a resolver returned for a list field, read element by element. Every `Array`
/// conforms, whatever its element type, so the executor needs no `[Any]` copy of it.
protocol ResolvedList {
    /// The number of items.
    var count: Int { get }
    /// The item at `index`, as a resolver's result.
    func element(at index: Int) -> Any?
}

extension Array: ResolvedList {
    func element(at index: Int) -> Any? { self[index] }
}
