/// A failure talking to PostgreSQL: the server's SQLSTATE and message, a connection that could not be
/// made or was lost, or a value this client cannot send or read. Never a crash.
public struct PostgresError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the failure arose.
    public enum Kind: Sendable, Hashable {
        /// No connection could be made, or the one in use was lost.
        case connection
        /// The server refused a statement (`sqlState` says why).
        case server
        /// A parameter this client cannot send, or a result it cannot read.
        case client
    }

    /// Where the failure arose.
    public var kind: Kind
    /// The server's five-character SQLSTATE, such as "40001"; nil when the server sent none.
    public var sqlState: String?
    /// The message, as the server or libpq worded it.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, sqlState: String? = nil, message: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
    }

    /// `serialization_failure`.
    static let serializationFailure = "40001"
    /// `deadlock_detected`.
    static let deadlockDetected = "40P01"

    /// Whether running the whole transaction again may succeed: a serialization failure or a deadlock,
    /// after which the server has rolled the transaction back.
    public var isRetryable: Bool {
        sqlState == Self.serializationFailure || sqlState == Self.deadlockDetected
    }

    public var description: String {
        let state = sqlState.map { " (SQLSTATE \($0))" } ?? ""
        switch kind {
        case .connection: return "PostgreSQL connection failed\(state): \(message)"
        case .server: return "PostgreSQL error\(state): \(message)"
        case .client: return "PostgreSQL client error: \(message)"
        }
    }
}
