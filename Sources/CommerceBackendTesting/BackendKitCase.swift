import Commerce

/// One check of the backend test kit: a name, and a body that gets fresh backends from the
/// factory it is handed and throws `BackendKitFailure` when the backend breaks the contract.
public struct BackendKitCase: Sendable, CustomStringConvertible {
    /// What the case checks, such as "catalog: every sort key in both directions".
    public let name: String
    /// The check.
    public let body: @Sendable (BackendFactory) async throws -> Void

    /// Creates a case.
    public init(_ name: String, _ body: @escaping @Sendable (BackendFactory) async throws -> Void) {
        self.name = name
        self.body = body
    }

    /// Runs the case against the backends `factory` makes.
    public func run(_ factory: BackendFactory) async throws {
        try await body(factory)
    }

    public var description: String { name }
}
