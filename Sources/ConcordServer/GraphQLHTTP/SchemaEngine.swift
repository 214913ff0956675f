import GraphQLCore
import Synchronization

/// Runs requests against a schema with bound resolvers, through GraphQLCore's parser, validator
/// and executor. Give it the schema and a context factory; it works with any schema.
public struct SchemaEngine: GraphQLEngine {
    /// A parsed document with its cached plans.
    public final class Document: Sendable {
        /// The executor's prepared document (plans are cached inside it).
        public let prepared: PreparedDocument

        init(_ prepared: PreparedDocument) { self.prepared = prepared }
    }

    /// The schema.
    public let schema: GraphQLSchema
    private let makeContext: @Sendable (RequestContext) -> (any Sendable)?
    private let privateRootFields: Set<String>
    private let cacheNeutralMutationFields: Set<String>
    private let publicMaxAge: Int
    /// Whether the resolvers record every committed public write in `RequestContext.publicWrites`,
    /// so that only mutations that wrote something invalidate the response cache.
    public let recordsPublicWrites: Bool

    /// Creates an engine.
    /// - Parameters:
    ///   - makeContext: the resolvers' context value for a request (scopes, loaders, ...).
    ///   - privateRootFields: root fields whose answers belong to one buyer (`cart`, ...): a
    ///     query selecting one is never cached.
    ///   - cacheNeutralMutationFields: mutation root fields that write nothing a public query
    ///     reads (`cartLinesAdd`, ...): a mutation selecting only these keeps the response cache.
    ///   - publicMaxAge: `max-age` of cacheable GET answers.
    ///   - recordsPublicWrites: whether the resolvers record their committed public writes in
    ///     `RequestContext.publicWrites` (then a mutation refused, or ending in user errors, keeps the cache).
    public init(schema: GraphQLSchema, privateRootFields: Set<String> = [], cacheNeutralMutationFields: Set<String> = [],
                publicMaxAge: Int = 60, recordsPublicWrites: Bool = false,
                makeContext: @escaping @Sendable (RequestContext) -> (any Sendable)?) {
        self.recordsPublicWrites = recordsPublicWrites
        self.schema = schema
        self.makeContext = makeContext
        self.privateRootFields = privateRootFields
        self.cacheNeutralMutationFields = cacheNeutralMutationFields
        self.publicMaxAge = publicMaxAge
    }

    /// Parses within the token limit (the parser stops past it).
    public func parse(_ source: String, limits: ValidationLimits) -> Result<Document, GraphQLErrors> {
        do {
            let document = try GraphQLCore.parse(source, options: limits.parseOptions)
            return .success(Document(PreparedDocument(document, schema: schema)))
        } catch let error as GraphQLError {
            return .failure(GraphQLErrors([error]))
        } catch {
            return .failure(GraphQLErrors([GraphQLError("Syntax Error: \(error)")]))
        }
    }

    /// The limits first (depth, aliases, root fields), then every rule of the spec and
    /// `SlicingArgumentRule` (a `@listSize` field needs one of its slicing arguments).
    public func validate(_ document: Document, limits: ValidationLimits) -> [GraphQLError] {
        GraphQLCore.validate(schema: schema, document: document.prepared.document, limits: limits,
                             rules: Self.rules)
    }

    /// The rules documents are validated with.
    public static let rules: [any ValidationRule.Type] = specifiedRules + [SlicingArgumentRule.self]

    /// The selected operation's static cost, with the request's variables.
    public func cost(of document: Document, operationName: String?, variables: JSONObject?) -> Int {
        document.prepared.cost(operationName: operationName, variables: variables ?? [:])
    }

    /// The static cost, and whether it read the variables.
    public func costSummary(of document: Document, operationName: String?, variables: JSONObject?) -> (cost: Int, readsVariables: Bool) {
        document.prepared.costSummary(operationName: operationName, variables: variables ?? [:])
    }

    /// The cost of the data an execution wrote (GraphQLCore's `actualCost`).
    public func actualCost(of document: Document, operationName: String?, variables: JSONObject?, data: [UInt8]) -> Int? {
        guard let json = try? JSONParser.parse(bytes: data) else { return nil }
        return document.prepared.actualCost(operationName: operationName, variables: variables, data: json)
    }

    /// The selected operation's type.
    public func operationType(in document: Document, operationName: String?) -> Result<OperationType, GraphQLError> {
        operation(in: document, named: operationName).map(\.operation)
    }

    /// Executes through the executor's asynchronous path.
    public func execute(_ document: Document, operationName: String?, variables: JSONObject?,
                        context: RequestContext) async -> ExecutionOutcome {
        let result = await document.prepared.execute(contextValue: makeContext(context), variableValues: variables ?? [:],
                                                     operationName: operationName, limits: context.executionLimits)
        return outcome(result, document, operationName, context)
    }

    /// Executes a query on the calling thread as far as its resolvers are synchronous, then
    /// suspends at the asynchronous ones (`.suspended`: resuming finishes the same execution).
    /// Mutations always go through `execute`.
    public func executeSynchronously(_ document: Document, operationName: String?, variables: JSONObject?,
                                     context: RequestContext) -> SynchronousOutcome {
        guard case .success(let operation) = operation(in: document, named: operationName),
              operation.operation == .query else { return .notRun }
        switch document.prepared.executeSynchronouslyOrSuspend(contextValue: makeContext(context), variableValues: variables ?? [:],
                                                                operationName: operationName, limits: context.executionLimits) {
        case .completed(let result):
            return .executed(outcome(result, document, operationName, context))
        case .suspended(let execution):
            return .suspended(resume: { [self] in outcome(await execution.resume(), document, operationName, context) })
        }
    }

    private func outcome(_ result: ExecutionResult, _ document: Document, _ operationName: String?,
                         _ context: RequestContext) -> ExecutionOutcome {
        guard let data = result.data else { return .requestError(result.errors) }
        return .executed(data: data, errors: result.errors, cache: cachePolicy(document, operationName, context))
    }

    /// Public only for storefront queries that select no private root field.
    private func cachePolicy(_ document: Document, _ operationName: String?, _ context: RequestContext) -> CachePolicy {
        guard context.tokenKind == nil || context.tokenKind == .storefront,
              case .success(let operation) = operation(in: document, named: operationName), operation.operation == .query,
              document.prepared.rootFieldNames(of: operation).isDisjoint(with: privateRootFields) else { return .noStore }
        return .public(maxAge: publicMaxAge)
    }

    /// A mutation invalidates unless every root field it selects is cache-neutral.
    public func invalidatesCachedAnswers(_ document: Document, operationName: String?) -> Bool {
        guard case .success(let operation) = operation(in: document, named: operationName), operation.operation == .mutation else {
            return false
        }
        return !document.prepared.rootFieldNames(of: operation).subtracting(["__typename"]).isSubset(of: cacheNeutralMutationFields)
    }

    /// With recorded writes, a mutation invalidates only when it may (statically) and did write public data.
    public func invalidatesCachedAnswers(_ document: Document, operationName: String?, after context: RequestContext) -> Bool {
        invalidatesCachedAnswers(document, operationName: operationName) && (!recordsPublicWrites || context.publicWrites.wrotePublicData)
    }

    /// GetOperation, with graphql-js's messages.
    private func operation(in document: Document, named name: String?) -> Result<OperationDefinitionNode, GraphQLError> {
        document.prepared.selectedOperation(named: name)
    }
}
