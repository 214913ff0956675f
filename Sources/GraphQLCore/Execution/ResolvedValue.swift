import Foundation

/// A value during execution: JSON stays JSON (the default resolver and the leaf fast paths
/// need no casts), typed resolvers' objects and lists keep their Swift types, and only what an
/// untyped resolver returned is kept as `Any`.
enum ResolvedValue {
    case json(JSON)
    /// An object of a bound Swift type (typed resolvers).
    case object(any AnyObjectBox)
    /// A list of typed values (typed resolvers).
    case typedList(any AnyListBox)
    /// What an untyped resolver returned, boxed once (an `Any` payload would make every copy
    /// of every value go through the existential's value witnesses).
    case swift(UntypedValue)
    /// A value of an introspection type.
    case introspection(IntrospectionValue)
    /// A list the engine built (introspection).
    case list([ResolvedValue])

    static var null: ResolvedValue { .json(.null) }

    /// An untyped resolver's result. Exact types are compared first (a comparison of type
    /// identities, not a cast): a cast that fails is slow (it looks for conformances and
    /// bridges), and most results are not JSON or strings.
    init(_ raw: Any?) {
        guard let raw else { self = .json(.null); return }
        let type = Swift.type(of: raw)
        if type == JSON.self { self = .json(raw as! JSON); return }
        if type == String.self { self = .json(.string(raw as! String)); return }
        if type == Int.self { self = .json(.int(raw as! Int)); return }
        if type == Bool.self { self = .json(.bool(raw as! Bool)); return }
        if type == GraphQLValue.self { self = (raw as! GraphQLValue).resolved; return }
        if let optional = raw as? AnyOptional {
            self = ResolvedValue(optional.wrappedValue)
            return
        }
        if type == NSNull.self { self = .json(.null); return }
        self = .swift(UntypedValue(raw))
    }

    var isNull: Bool {
        if case .json(.null) = self { return true }
        return false
    }

    /// The value as untyped resolvers receive it.
    var any: Any {
        switch self {
        case .json(let json): return json
        case .object(let box): return box.any
        case .typedList(let list): return list.any
        case .swift(let box): return box.value
        case .introspection(let value): return value.object
        case .list(let items): return items.map(\.any)
        }
    }
}

/// A value an untyped resolver returned.
final class UntypedValue {
    let value: Any
    init(_ value: Any) { self.value = value }
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
