import Commerce

/// How the kit gets backends to test: each call returns fresh, empty backends of the kind under
/// test (a new database file, a new schema, new memory), so cases never see each other's data.
public struct BackendFactory: Sendable {
    /// The kind's name, for failure messages ("sqlite", "memory", …).
    public let name: String
    private let make: @Sendable () async throws -> CommerceBackends

    /// Creates a factory.
    public init(name: String, make: @escaping @Sendable () async throws -> CommerceBackends) {
        self.name = name
        self.make = make
    }

    /// Fresh, empty backends.
    public func makeBackends() async throws -> CommerceBackends {
        try await make()
    }
}
