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
    let variables: JSONObject
    /// The response size and time limits, when any is set.
    let budget: ExecutionBudget?

    var operation: OperationDefinitionNode { plan.operation }

    init(document: PreparedDocument, plan: OperationPlan, rootValue: Any, contextValue: Any?, variables: JSONObject,
         limits: ExecutionLimits = ExecutionLimits()) {
        self.budget = ExecutionBudget(limits, deadlineBetweenRootFieldsOnly: plan.operation.operation == .mutation)
        self.schema = document.schema
        self.document = document
        self.plan = plan
        self.rootValue = rootValue
        self.contextValue = contextValue
        self.variables = variables
    }
}

/// A value during execution: JSON stays JSON (the default resolver and the leaf fast paths
/// need no casts), anything else a resolver returned is kept as it is.
enum ResolvedValue {
    case json(JSON)
    case swift(Any)
    /// A value of an introspection type.
    case introspection(IntrospectionValue)
    /// A list the engine built (introspection).
    case list([ResolvedValue])

    static var null: ResolvedValue { .json(.null) }

    /// A resolver's result. The type is compared first, by metadata: a cast that fails is
    /// slow (it looks for conformances and bridges, turning a Swift array into an NSArray
    /// just to ask whether it is an `NSNull`), and most results are not JSON or strings.
    init(_ raw: Any?) {
        guard let raw else { self = .json(.null); return }
        let type = Swift.type(of: raw)
        if type == JSON.self { self = .json(raw as! JSON); return }
        if type == String.self { self = .json(.string(raw as! String)); return }
        if type == Int.self { self = .json(.int(raw as! Int)); return }
        if type == Bool.self { self = .json(.bool(raw as! Bool)); return }
        if ResolvedValue.isOptional(raw), let optional = raw as? AnyOptional {
            self = ResolvedValue(optional.wrappedValue)
            return
        }
        if type == NSNull.self { self = .json(.null); return }
        self = .swift(raw)
    }

    /// Whether a boxed value is an `Optional`, read from its type metadata's kind (cheaper
    /// than asking for a protocol conformance on every resolver result).
    private static func isOptional(_ value: Any) -> Bool {
        let metadata = unsafeBitCast(type(of: value), to: UnsafeRawPointer.self)
        return metadata.load(as: Int.self) == 0x202  // MetadataKind::Optional
    }

    var isNull: Bool {
        if case .json(.null) = self { return true }
        return false
    }

    /// The value as resolvers receive it.
    var any: Any {
        switch self {
        case .json(let json): return json
        case .swift(let value): return value
        case .introspection(let value): return value.object
        case .list(let items): return items.map(\.any)
        }
    }
}

/// Lets a boxed `Optional` be recognized as null, or unwrapped.
protocol AnyOptional {
    /// The wrapped value, or nil for `.none`.
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    var wrappedValue: Any? {
        switch self {
        case .none: return nil
        case .some(let wrapped): return wrapped
        }
    }
}
