/// An error as GraphQL reports it: a message, the source locations it refers to, and, during
/// execution, the response path of the field that failed.
///
/// Syntax, validation, coercion and execution errors are all `GraphQLError` values. A resolver's
/// own error is wrapped exactly once, keeping the original as `underlying`.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The human-readable message, worded as graphql-js words it.
    public var message: String
    /// Every source location the error refers to.
    public var locations: [SourceLocation]
    /// The response path (field names and list indices), for execution errors.
    public var path: [PathComponent]?
    /// Extra entries for the error's `extensions` map (for example `code`).
    public var extensions: [String: JSON]?
    /// The resolver's own error, when this error wraps one (kept out of the response).
    public var underlyingDescription: String?

    /// Creates an error.
    public init(_ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil,
                extensions: [String: JSON]? = nil, underlyingDescription: String? = nil) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
        self.underlyingDescription = underlyingDescription
    }

    /// Creates an error located at AST node locations.
    public init(_ message: String, nodes: [Location], path: [PathComponent]? = nil) {
        self.init(message, locations: nodes.map(\.sourceLocation), path: path)
    }

    /// The message.
    public var description: String { message }
}

/// One step of a response path: a field's response key or a list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    /// A response key (alias or field name).
    case key(String)
    /// An index into a list.
    case index(Int)

    /// The key, or the index in decimal.
    public var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }
}
