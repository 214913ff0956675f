import Foundation

/// What the typed binders of one schema bound: the context type, the Swift parent type of each
/// object type, and the Swift type each typed resolver returns, so that a mismatch is an error
/// when the schema is bound instead of a null at run time. Written while binding, before the
/// schema serves; read-only afterwards.
// unchecked: written only while the schema is bound, before it serves; read-only afterwards.
final class TypedBindings: @unchecked Sendable {
    /// A Swift type, by identity and name (for messages).
    struct SwiftType: Equatable {
        let id: ObjectIdentifier
        let name: String

        init(_ type: Any.Type) {
            id = ObjectIdentifier(type)
            name = String(reflecting: type)
        }

        static func == (lhs: SwiftType, rhs: SwiftType) -> Bool { lhs.id == rhs.id }
    }

    private let lock = NSLock()
    /// The context type every typed resolver of the schema was bound with.
    private(set) var context: SwiftType?
    /// Turns a request's context value into the bound context type's object, once per request
    /// (`nil` when it is not one).
    private(set) var contextObject: ((Any?) -> AnyObject?)?
    /// The Swift type each object type's fields are bound to, by type name.
    private var parents: [String: SwiftType] = [:]
    /// Fields whose typed resolver returns values of a known Swift object type.
    private var results: [(coordinate: String, field: GraphQLField, type: SwiftType)] = []

    /// Records the context type; throws when another was bound before.
    func bindContext<Context: AnyObject>(_ type: Context.Type) throws {
        lock.lock()
        defer { lock.unlock() }
        let bound = SwiftType(type)
        if let context, context != bound {
            throw GraphQLError("Cannot bind resolvers with the context type \(bound.name): the schema's resolvers are bound with \(context.name).")
        }
        context = bound
        contextObject = { $0 as? Context }
    }

    /// Records that `typeName`'s fields take `parent` values; throws when the type's fields were
    /// bound to another Swift type, or a field returning `typeName` returns another one.
    func bindParent(_ parent: Any.Type, of typeName: String, coordinate: String) throws {
        lock.lock()
        defer { lock.unlock() }
        let bound = SwiftType(parent)
        if let existing = parents[typeName] {
            guard existing == bound else {
                throw GraphQLError("Cannot bind \(coordinate) with the parent type \(bound.name): the fields of \(typeName) are bound to \(existing.name).")
            }
            return
        }
        parents[typeName] = bound
        for result in results where result.field.type.namedType.name == typeName && result.type != bound {
            throw mismatch(result.coordinate, returns: result.type, typeName, boundTo: bound)
        }
    }

    /// Records that the resolver of `field` returns `result` values (through optionals and
    /// lists); throws when the field's object type's fields are bound to another Swift type.
    func bindResult(_ result: Any.Type?, of field: GraphQLField, coordinate: String) throws {
        guard let result else { return }
        lock.lock()
        defer { lock.unlock() }
        let type = SwiftType(result)
        let named = field.type.namedType
        guard named is GraphQLObjectType else { return }  // interfaces and unions: known at run time
        if let bound = parents[named.name], bound != type {
            throw mismatch(coordinate, returns: type, named.name, boundTo: bound)
        }
        results.append((coordinate, field, type))
    }

    private func mismatch(_ coordinate: String, returns type: SwiftType, _ typeName: String, boundTo bound: SwiftType) -> GraphQLError {
        GraphQLError("\(coordinate) returns \(type.name), but the fields of \(typeName) are bound to \(bound.name).")
    }
}
