// Grouping names by their text, for the uniqueness rules.

extension Array where Element == NameNode {
    /// The names grouped by value, groups in order of first appearance (graphql-js's groupBy).
    var groupedByValue: [(value: String, nodes: [NameNode])] {
        var groups: [(value: String, nodes: [NameNode])] = []
        var index: [String: Int] = [:]
        for name in self {
            if let position = index[name.value] {
                groups[position].nodes.append(name)
            } else {
                index[name.value] = groups.count
                groups.append((name.value, [name]))
            }
        }
        return groups
    }
}
