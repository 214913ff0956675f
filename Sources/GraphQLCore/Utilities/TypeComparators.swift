// Comparisons of types: equality, subtyping (for interface field covariance and variable
// positions) and overlap (for fragment spreads), as graphql-js's typeComparators.

/// Whether two type references are the same type.
public func isEqualType(_ typeA: GraphQLType, _ typeB: GraphQLType) -> Bool { typeA == typeB }

/// Whether `maybeSubType` may be used where `superType` is expected: the same type, a
/// non-null of a subtype, a list of subtypes, or an object or interface that is a possible
/// type of the abstract `superType`.
public func isTypeSubTypeOf(_ schema: GraphQLSchema, _ maybeSubType: GraphQLType, _ superType: GraphQLType) -> Bool {
    if maybeSubType == superType { return true }
    switch (maybeSubType, superType) {
    case (.nonNull(let sub), .nonNull(let sup)): return isTypeSubTypeOf(schema, sub, sup)
    case (_, .nonNull): return false
    case (.nonNull(let sub), _): return isTypeSubTypeOf(schema, sub, superType)
    case (.list(let sub), .list(let sup)): return isTypeSubTypeOf(schema, sub, sup)
    case (_, .list), (.list, _): return false
    case (.named(let sub), .named(let sup)):
        return sup.isAbstractType && (sub.kind == .interface || sub.kind == .object) && schema.isSubType(sup, sub)
    }
}

/// Whether two composite types have a possible runtime type in common.
public func doTypesOverlap(_ schema: GraphQLSchema, _ typeA: GraphQLNamedType, _ typeB: GraphQLNamedType) -> Bool {
    if typeA === typeB { return true }
    if typeA.isAbstractType {
        if typeB.isAbstractType {
            return schema.possibleTypes(of: typeA).contains { schema.isSubType(typeB, $0) }
        }
        return schema.isSubType(typeA, typeB)
    }
    if typeB.isAbstractType { return schema.isSubType(typeB, typeA) }
    return false
}
