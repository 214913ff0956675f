/// What a resolver knows about the field it resolves (graphql-js's `GraphQLResolveInfo`).
/// Built only for resolvers that take it; it holds references, not copies.
public struct ResolveInfo {
    let field: FieldPlan
    let execution: ExecutionContext
    /// The field's response path.
    public let path: ResponsePath

    /// The field's name in the schema.
    public var fieldName: String { field.fieldName }
    /// Every node of the field in the document (more than one when fields merge).
    public var fieldNodes: [FieldNode] { field.nodes }
    /// The field's type.
    public var returnType: GraphQLType { field.definition.type }
    /// The object type whose field this is.
    public var parentType: GraphQLObjectType { field.parentType }
    /// The schema.
    public var schema: GraphQLSchema { execution.schema }
    /// The operation being executed.
    public var operation: OperationDefinitionNode { execution.operation }
    /// The document's fragments by name.
    public var fragments: [String: FragmentDefinitionNode] { execution.document.fragments }
    /// The root value of the operation.
    public var rootValue: Any { execution.rootValue }
    /// The coerced variable values.
    public var variableValues: JSONObject { execution.variables }
}
