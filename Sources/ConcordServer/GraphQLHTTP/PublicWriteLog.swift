import Synchronization

/// One request's record of whether a write that public answers may show committed: resolvers
/// mark it, and the GraphQL-over-HTTP layer empties the response cache after the request only then
/// (with an engine that records writes; see `SchemaEngine.recordsPublicWrites`).
public final class PublicWriteLog: Sendable {
    private let wrote = Atomic<Bool>(false)

    /// A log with nothing recorded.
    public init() {}

    /// Records that a public write committed.
    public func record() { wrote.store(true, ordering: .releasing) }

    /// Whether any public write committed.
    public var wrotePublicData: Bool { wrote.load(ordering: .acquiring) }
}
