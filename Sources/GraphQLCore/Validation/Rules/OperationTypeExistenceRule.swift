// Operation Type Existence
//
// "For each operation definition operation in the document: Let rootOperationType be the root
// operation type in schema corresponding to the kind of operation. rootOperationType must
// exist."
// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence

/// An operation is only valid if the schema has a root type for its kind.
///
/// graphql-js 16 (the conformance reference) has no such rule: it reports the same message at
/// the same place when executing, with `"data": null`. This rule is therefore not in
/// `specifiedRules`; add it where a document should be rejected before execution.
public final class OperationTypeExistenceRule: ValidationRule {
    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations only.
    public static var visits: ValidationNodeKinds { .operationDefinition }

    /// Reports an operation whose root type the schema lacks.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        if context.schema.rootType(for: node.operation) == nil {
            context.reportError("Schema is not configured to execute \(node.operation.rawValue) operation.", nodes: [node.loc])
        }
        context.skipChildren()
    }
}
