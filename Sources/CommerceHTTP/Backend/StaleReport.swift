import Synchronization

/// Stale copies served during one GraphQL request, for its `extensions.stale`. The server sets one
/// per request (`StaleReport.$current`); the `http` backends add what they serve stale.
public final class StaleReport: Sendable {
    /// One stale copy: what it was, how old, from which service.
    public struct Entry: Sendable, Hashable {
        /// The entity (`product:id:7`).
        public var entity: String
        /// Its age in whole seconds.
        public var ageSeconds: Int
        /// The service.
        public var service: String
    }
    private let state = Mutex([Entry]())

    /// The report of the request being executed.
    @TaskLocal public static var current: StaleReport?

    /// An empty report.
    public init() {}

    /// Adds a stale copy.
    func add(_ entry: Entry) { state.withLock { $0.append(entry) } }

    /// Every stale copy served so far, each once.
    public var entries: [Entry] {
        var seen = Set<Entry>()
        return state.withLock { $0 }.filter { seen.insert($0).inserted }
    }
}
