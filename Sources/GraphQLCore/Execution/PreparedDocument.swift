import Foundation
import Synchronization

/// A parsed (and validated) document ready to execute against one schema, with the plans
/// of its operations cached: a server that keeps a `PreparedDocument` per query text plans
/// each operation once and reuses the plan for every request.
public final class PreparedDocument: Sendable {
    /// The document.
    public let document: DocumentNode
    /// The schema it runs against.
    public let schema: GraphQLSchema
    /// Its fragments by name (the first of a name wins, as validation requires one).
    let fragments: [String: FragmentDefinitionNode]
    /// Its operations, in order.
    let operations: [OperationDefinitionNode]
    /// The variables that `@skip`/`@include` refer to: plans differ only by their values.
    private let conditionVariables: [String]
    /// The plans made so far, shared by concurrent requests.
    private let plans: Mutex<PlanCache<PlanKey, OperationPlan>>

    private struct PlanKey: Hashable {
        let operation: Int
        let conditions: [JSON?]
    }

    /// How many plans a document keeps by default (one per combination of `@skip`/`@include`
    /// values in use; the least recently used goes first).
    public static let defaultMaxPlans = 16
    /// How many plans this document keeps.
    public let maxPlans: Int

    /// Prepares a document for execution against `schema`, keeping at most `maxPlans` plans
    /// (at least 1).
    public init(_ document: DocumentNode, schema: GraphQLSchema, maxPlans: Int = PreparedDocument.defaultMaxPlans) {
        self.maxPlans = max(1, maxPlans)
        self.plans = Mutex(PlanCache(capacity: maxPlans))
        self.document = document
        self.schema = schema
        var fragments: [String: FragmentDefinitionNode] = [:]
        var operations: [OperationDefinitionNode] = []
        var conditions: [String] = []
        for definition in document.definitions {
            switch definition {
            case .operation(let operation):
                operations.append(operation)
                PreparedDocument.collectConditionVariables(operation.selectionSet, into: &conditions)
            case .fragment(let fragment):
                if fragments[fragment.name.value] == nil { fragments[fragment.name.value] = fragment }
                PreparedDocument.collectConditionVariables(fragment.selectionSet, into: &conditions)
            default: break
            }
        }
        self.fragments = fragments
        self.operations = operations
        self.conditionVariables = conditions
    }

    /// The plans held now (for tests and metrics).
    var planCount: Int {
        plans.withLock { $0.count }
    }

    /// GetOperation: the operation named `name`, or the only one; graphql-js's messages otherwise.
    public func selectedOperation(named name: String?) -> Result<OperationDefinitionNode, GraphQLError> {
        operation(named: name).map { operations[$0] }
    }

    /// The names of the fields `operation` selects at its root, through fragments.
    public func rootFieldNames(of operation: OperationDefinitionNode) -> Set<String> {
        var names: Set<String> = []
        operation.forEachRootField(fragments: fragments) { names.insert($0.name.value) }
        return names
    }

    /// GetOperation, as an index into `operations`.
    func operation(named name: String?) -> Result<Int, GraphQLError> {
        guard let name else {
            if operations.count == 1 { return .success(0) }
            if operations.isEmpty { return .failure(GraphQLError("Must provide an operation.")) }
            return .failure(GraphQLError("Must provide operation name if query contains multiple operations."))
        }
        guard let index = operations.firstIndex(where: { $0.name?.value == name }) else {
            return .failure(GraphQLError("Unknown operation named \"\(name)\"."))
        }
        return .success(index)
    }

    /// The plan of operation `index` for these coerced variables, built on first use. The plan
    /// keeps only the `@skip`/`@include` values (its key), never the request's other variables.
    func plan(operation index: Int, variables: JSONObject) throws -> OperationPlan {
        let conditions = conditionVariables.map { variables[$0] }
        let key = PlanKey(operation: index, conditions: conditions)
        if let plan = plans.withLock({ $0.plan(for: key) }) { return plan }
        let operation = operations[index]
        guard let rootType = schema.rootType(for: operation.operation) else {
            throw GraphQLError("Schema is not configured to execute \(operation.operation.rawValue) operation.", nodes: [operation.loc])
        }
        var conditionValues = JSONObject()
        for (name, value) in zip(conditionVariables, conditions) where value != nil { conditionValues[name] = value }
        let planner = Planner(schema: schema, fragments: fragments, conditionValues: conditionValues)
        let plan = OperationPlan(operation: operation,
                                 root: try planner.rootPlan(operation, rootType: rootType), planner: planner)
        return plans.withLock { cache in
            if let existing = cache.plan(for: key) { return existing }
            cache.insert(plan, for: key)
            return plan
        }
    }

    private static func collectConditionVariables(_ selectionSet: SelectionSetNode, into names: inout [String]) {
        for selection in selectionSet.selections {
            let directives: [DirectiveNode]
            switch selection {
            case .field(let field):
                directives = field.directives
                if let child = field.selectionSet { collectConditionVariables(child, into: &names) }
            case .inlineFragment(let fragment):
                directives = fragment.directives
                collectConditionVariables(fragment.selectionSet, into: &names)
            case .fragmentSpread(let spread):
                directives = spread.directives
            }
            for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
                for argument in directive.arguments {
                    collectVariables(argument.value, into: &names)
                }
            }
        }
    }

    private static func collectVariables(_ value: ValueNode, into names: inout [String]) {
        switch value.kind {
        case .variable(let name): if !names.contains(name) { names.append(name) }
        case .list(let items): items.forEach { collectVariables($0, into: &names) }
        case .object(let fields): fields.forEach { collectVariables($0.value, into: &names) }
        default: break
        }
    }
}
