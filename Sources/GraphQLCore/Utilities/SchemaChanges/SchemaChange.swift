// One change between two schemas, as graphql-js's findBreakingChanges and
// findDangerousChanges report them: a type and a description.

/// How much a change can hurt an existing client.
public enum SchemaChangeLevel: String, Sendable, Hashable, CaseIterable {
    /// Existing documents can fail or get different answers.
    case breaking = "BREAKING"
    /// Existing documents keep working, but may see values they do not expect.
    case dangerous = "DANGEROUS"
    /// No existing client can notice.
    case safe = "SAFE"
}

/// The type of a change, at one of the three levels.
public enum SchemaChangeType: Sendable, Hashable {
    /// graphql-js's `BreakingChangeType`.
    case breaking(BreakingChangeType)
    /// graphql-js's `DangerousChangeType`.
    case dangerous(DangerousChangeType)
    /// A safe change (see `SafeChangeType`).
    case safe(SafeChangeType)

    /// The type's name: `FIELD_REMOVED`, `VALUE_ADDED_TO_ENUM`, `TYPE_ADDED`, ….
    public var name: String {
        switch self {
        case .breaking(let type): return type.rawValue
        case .dangerous(let type): return type.rawValue
        case .safe(let type): return type.rawValue
        }
    }

    /// The change's level.
    public var level: SchemaChangeLevel {
        switch self {
        case .breaking: return .breaking
        case .dangerous: return .dangerous
        case .safe: return .safe
        }
    }
}

/// A change of any level with graphql-js's description (`Product.sku was removed.`).
public struct SchemaChange: Sendable, Hashable, CustomStringConvertible {
    /// What kind of change it is.
    public var type: SchemaChangeType
    /// What changed, in graphql-js 16's words for breaking and dangerous changes.
    public var description: String

    /// Creates a change.
    public init(type: SchemaChangeType, description: String) {
        self.type = type
        self.description = description
    }

    /// The change's level.
    public var level: SchemaChangeLevel { type.level }
}

/// A breaking change, as graphql-js's `findBreakingChanges` returns it.
public struct BreakingChange: Sendable, Hashable {
    /// The kind of change.
    public var type: BreakingChangeType
    /// What changed.
    public var description: String
}

/// A dangerous change, as graphql-js's `findDangerousChanges` returns it.
public struct DangerousChange: Sendable, Hashable {
    /// The kind of change.
    public var type: DangerousChangeType
    /// What changed.
    public var description: String
}
