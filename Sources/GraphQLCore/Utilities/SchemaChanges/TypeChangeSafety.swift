// Which type changes an existing client cannot observe, judged as graphql-js judges them.
// An output field may become stricter (`String` to `String!`, at any list depth); an
// argument or input field may become looser (`Int!` to `Int`). Anything else, a different
// named type or a list added or removed, is a change of kind.

/// Whether an object or interface field may change from `oldType` to `newType`: every value
/// the new type may produce is one the old type could.
func isSafeOutputTypeChange(_ oldType: GraphQLType, _ newType: GraphQLType) -> Bool {
    switch oldType {
    case .list(let oldItem):
        if case .list(let newItem) = newType, isSafeOutputTypeChange(oldItem, newItem) { return true }
        if case .nonNull(let newInner) = newType { return isSafeOutputTypeChange(oldType, newInner) }
        return false
    case .nonNull(let oldInner):
        guard case .nonNull(let newInner) = newType else { return false }
        return isSafeOutputTypeChange(oldInner, newInner)
    case .named(let oldNamed):
        if case .named(let newNamed) = newType, newNamed.name == oldNamed.name { return true }
        if case .nonNull(let newInner) = newType { return isSafeOutputTypeChange(oldType, newInner) }
        return false
    }
}

/// Whether an argument or input field may change from `oldType` to `newType`: every value
/// the old type accepted is one the new type accepts.
func isSafeInputTypeChange(_ oldType: GraphQLType, _ newType: GraphQLType) -> Bool {
    switch oldType {
    case .list(let oldItem):
        guard case .list(let newItem) = newType else { return false }
        return isSafeInputTypeChange(oldItem, newItem)
    case .nonNull(let oldInner):
        if case .nonNull(let newInner) = newType { return isSafeInputTypeChange(oldInner, newInner) }
        return isSafeInputTypeChange(oldInner, newType)
    case .named(let oldNamed):
        guard case .named(let newNamed) = newType else { return false }
        return newNamed.name == oldNamed.name
    }
}
