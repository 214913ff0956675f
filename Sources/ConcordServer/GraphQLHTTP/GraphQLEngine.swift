import GraphQLCore

/// What the GraphQL-over-HTTP layer needs from a GraphQL engine: parse, validate, pick the
/// operation, execute. An engine is a schema plus the way its resolvers get their context.
public protocol GraphQLEngine: Sendable {
    /// A parsed document (an AST, or a plan built from it).
    associatedtype Document: Sendable

    /// Parses `source` (within `limits.maxTokens`, when set); the errors are syntax errors.
    func parse(_ source: String, limits: ValidationLimits) -> Result<Document, GraphQLErrors>

    /// Validates a parsed document against the schema and the given limits.
    func validate(_ document: Document, limits: ValidationLimits) -> [GraphQLError]

    /// The type of the operation `operationName` selects, or the error that says why none can be
    /// chosen (graphql-js's wording: `Must provide operation name if query contains multiple operations.`).
    func operationType(in document: Document, operationName: String?) -> Result<OperationType, GraphQLError>

    /// The static cost of the selected operation with these variables (GraphQLCore's
    /// `queryCost`), checked against `ValidationLimits.maxCost` before execution.
    func cost(of document: Document, operationName: String?, variables: JSONObject?) -> Int

    /// The static cost as `cost(of:operationName:variables:)` counts it, and whether it read the
    /// variables (when not, every request for this operation costs the same: trusted documents
    /// keep it).
    func costSummary(of document: Document, operationName: String?, variables: JSONObject?) -> (cost: Int, readsVariables: Bool)

    /// The cost of what an execution returned (`data`, the JSON text of its `data` entry), with
    /// the static cost's weights and the lists' actual lengths; nil when the engine cannot tell.
    func actualCost(of document: Document, operationName: String?, variables: JSONObject?, data: [UInt8]) -> Int?

    /// Executes the selected operation.
    func execute(_ document: Document, operationName: String?, variables: JSONObject?,
                 context: RequestContext) async -> ExecutionOutcome

    /// Whether the selected mutation may change what a public query answers, so that the
    /// response cache must drop every stored answer once it finished (`false` only for
    /// mutations that write nothing public, such as a buyer's cart).
    func invalidatesCachedAnswers(_ document: Document, operationName: String?) -> Bool

    /// Whether the mutation, once executed with `context`, must drop every stored answer: by
    /// default the static `invalidatesCachedAnswers(_:operationName:)`; an engine whose resolvers
    /// record their writes in `context.publicWrites` answers from that record.
    func invalidatesCachedAnswers(_ document: Document, operationName: String?, after context: RequestContext) -> Bool

    /// The country and language the selected operation asks for with `@inContext(country:, language:)`,
    /// its arguments given inline or as variables.
    func requestedContext(in document: Document, operationName: String?, variables: JSONObject?) -> RequestedContext

    /// Executes the selected operation on the calling thread as far as its resolvers are
    /// synchronous: in full, suspended at its asynchronous fields (to resume, never to run again),
    /// or not at all (then it goes through `execute`).
    func executeSynchronously(_ document: Document, operationName: String?, variables: JSONObject?,
                              context: RequestContext) -> SynchronousOutcome
}

extension GraphQLEngine {
    /// No `@inContext`: engines that do not read it resolve every request to its token's home context.
    public func requestedContext(in document: Document, operationName: String?, variables: JSONObject?) -> RequestedContext {
        RequestedContext()
    }

    /// By default an engine counts no cost (so `maxCost` refuses nothing).
    public func cost(of document: Document, operationName: String?, variables: JSONObject?) -> Int { 0 }

    /// By default the cost, taken to depend on the variables.
    public func costSummary(of document: Document, operationName: String?, variables: JSONObject?) -> (cost: Int, readsVariables: Bool) {
        (cost(of: document, operationName: operationName, variables: variables), true)
    }

    /// By default unknown: the requested cost is charged in full.
    public func actualCost(of document: Document, operationName: String?, variables: JSONObject?, data: [UInt8]) -> Int? { nil }

    /// By default every mutation may change what a public query answers.
    public func invalidatesCachedAnswers(_ document: Document, operationName: String?) -> Bool { true }

    /// By default, the static answer.
    public func invalidatesCachedAnswers(_ document: Document, operationName: String?, after context: RequestContext) -> Bool {
        invalidatesCachedAnswers(document, operationName: operationName)
    }

    /// By default every execution goes through `execute`.
    public func executeSynchronously(_ document: Document, operationName: String?, variables: JSONObject?,
                                     context: RequestContext) -> SynchronousOutcome {
        .notRun
    }
}

/// Errors as one thrown value.
public struct GraphQLErrors: Error, Sendable {
    /// The errors, in order.
    public var errors: [GraphQLError]

    /// Wraps errors.
    public init(_ errors: [GraphQLError]) { self.errors = errors }
}

/// What executing an operation produced.
public enum ExecutionOutcome: Sendable {
    /// The variables did not coerce: a request error, with no `data` entry.
    case requestError([GraphQLError])
    /// The operation ran. `data` is the JSON text of the `data` entry (`null` allowed); `errors`
    /// are the field errors; `cache` says whether the answer may be shared.
    case executed(data: [UInt8], errors: [GraphQLError], cache: CachePolicy)
}

/// Whether a response may be cached by browsers and shared caches.
public enum CachePolicy: Sendable, Equatable {
    /// Public data only (catalog, published content): cacheable for `maxAge` seconds.
    case `public`(maxAge: Int)
    /// Carries something of one buyer (a cart, drafts): never stored.
    case noStore
}
