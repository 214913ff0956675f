import Foundation

/// What every field of one request shares: the schema, the document and its plan, the root
/// and context values and the coerced variables. Read-only during execution.
final class ExecutionContext: @unchecked Sendable {
    let schema: GraphQLSchema
    let document: PreparedDocument
    let plan: OperationPlan
    let rootValue: Any
    let contextValue: Any?
    let variables: JSONObject

    var operation: OperationDefinitionNode { plan.operation }

    init(document: PreparedDocument, plan: OperationPlan, rootValue: Any, contextValue: Any?, variables: JSONObject) {
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

    static let null = ResolvedValue.json(.null)

    /// A resolver's result.
    init(_ raw: Any?) {
        guard let raw else { self = .json(.null); return }
        if let json = raw as? JSON { self = .json(json); return }
        if let string = raw as? String { self = .json(.string(string)); return }
        if let int = raw as? Int { self = .json(.int(int)); return }
        if let flag = raw as? Bool { self = .json(.bool(flag)); return }
        if ResolvedValue.isOptional(raw), let optional = raw as? AnyOptional, optional.isNone { self = .json(.null); return }
        if raw is NSNull { self = .json(.null); return }
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

/// Lets a boxed `Optional` be recognized as null.
protocol AnyOptional {
    var isNone: Bool { get }
}

extension Optional: AnyOptional {
    var isNone: Bool {
        switch self {
        case .none: return true
        case .some(let wrapped): return (wrapped as? AnyOptional)?.isNone ?? false
        }
    }
}
