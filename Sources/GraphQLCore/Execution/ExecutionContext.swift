import Foundation

/// What every field of one request shares: the schema, the document and its plan, the root
/// and context values and the coerced variables. Read-only during execution.
// unchecked: every property is a `let`; the root and context values are the caller's, read by resolvers
final class ExecutionContext: @unchecked Sendable {
    let schema: GraphQLSchema
    let document: PreparedDocument
    let plan: OperationPlan
    let rootValue: Any
    let contextValue: Any?
    /// The context value as the object typed resolvers take (checked once, when the request
    /// starts; `nil` when the schema has no typed resolvers).
    let contextObject: AnyObject?
    let variables: JSONObject
    /// The response size and time limits, when any is set.
    let budget: ExecutionBudget?

    var operation: OperationDefinitionNode { plan.operation }

    init(document: PreparedDocument, plan: OperationPlan, rootValue: Any, contextValue: Any?, contextObject: AnyObject?,
         variables: JSONObject, limits: ExecutionLimits = ExecutionLimits()) {
        self.budget = ExecutionBudget(limits, deadlineBetweenRootFieldsOnly: plan.operation.operation == .mutation)
        self.schema = document.schema
        self.document = document
        self.plan = plan
        self.rootValue = rootValue
        self.contextValue = contextValue
        self.contextObject = contextObject
        self.variables = variables
    }
}
