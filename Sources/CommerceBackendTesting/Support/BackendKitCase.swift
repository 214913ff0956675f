import Commerce

/// One check of the backend test kit: a group, a name, and a body that gets fresh backends from the
/// factory it is run with and throws `BackendKitFailure` when the backend breaks the contract.
/// Run every case of `BackendKit.cases` against a factory, one test each.
public struct BackendKitCase: Sendable, CustomStringConvertible, Identifiable {
    /// The part of the contract the case checks.
    public let group: BackendKitGroup
    /// What the case checks, such as "every product sort key in both directions".
    public let name: String
    private let body: @Sendable (BackendKitCheck) async throws -> Void

    /// Creates a case; `body` checks the backends its `BackendKitCheck` holds.
    public init(_ group: BackendKitGroup, _ name: String, _ body: @escaping @Sendable (BackendKitCheck) async throws -> Void) {
        self.group = group
        self.name = name
        self.body = body
    }

    /// Runs the case against fresh backends from `factory`; throws `BackendKitFailure` for a broken
    /// contract (or the backend's own error, when a call fails that should not).
    public func run(_ factory: BackendFactory) async throws {
        try await body(BackendKitCheck(factory: factory, backends: try await factory.makeBackends()))
    }

    /// "group: name", unique among the kit's cases.
    public var id: String { description }

    public var description: String { "\(group.rawValue): \(name)" }
}
