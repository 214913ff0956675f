// Resolving a type reference as written in a document (`[Int!]`) against a schema.

extension GraphQLSchema {
    /// The type a type reference names, or nil if its named type is not in the schema
    /// (graphql-js's `typeFromAST`).
    func type(from node: TypeNode) -> GraphQLType? {
        switch node {
        case .named(let name): return type(named: name.value).map { .named($0) }
        case .list(let inner, _): return type(from: inner).map { .list($0) }
        case .nonNull(let inner, _): return type(from: inner).map { .nonNull($0) }
        }
    }
}
