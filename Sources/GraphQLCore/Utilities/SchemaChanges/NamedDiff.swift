// The three-way split of two lists of named things that every comparison starts from, as
// graphql-js's diff helper makes it: removed and persisted in the old list's order, added in
// the new list's order.

/// Items only in the old list, items in both (old, new), and items only in the new list.
struct NamedDiff<Item> {
    var removed: [Item] = []
    var persisted: [(old: Item, new: Item)] = []
    var added: [Item] = []

    /// Splits two lists by the names `name` gives.
    init(_ oldItems: [Item], _ newItems: [Item], name: (Item) -> String) {
        var newByName: [String: Item] = [:]
        for item in newItems where newByName[name(item)] == nil { newByName[name(item)] = item }
        var oldNames = Set<String>()
        for item in oldItems {
            oldNames.insert(name(item))
            if let newItem = newByName[name(item)] {
                persisted.append((item, newItem))
            } else {
                removed.append(item)
            }
        }
        added = newItems.filter { !oldNames.contains(name($0)) }
    }
}
