// typeFromAST: the schema type a type reference names.

/// The type `node` refers to in `schema`, or `nil` when its named type is not in the schema.
public func typeFromAST(_ schema: GraphQLSchema, _ node: TypeNode) -> GraphQLType? {
    switch node {
    case .named(let name): return schema.type(named: name.value).map(GraphQLType.named)
    case .list(let inner, _): return typeFromAST(schema, inner).map(GraphQLType.list)
    case .nonNull(let inner, _): return typeFromAST(schema, inner).map(GraphQLType.nonNull)
    }
}

/// A type reference as SDL writes it: `[String!]!`.
func typeNodeText(_ node: TypeNode) -> String {
    switch node {
    case .named(let name): return name.value
    case .list(let inner, _): return "[" + typeNodeText(inner) + "]"
    case .nonNull(let inner, _): return typeNodeText(inner) + "!"
    }
}
