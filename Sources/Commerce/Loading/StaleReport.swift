import GraphQLCore
import Synchronization

/// The stale copies served during one GraphQL request, for its `extensions.stale`. The server sets
/// one per request (`StaleReport.$current`); an `http` backend adds each entity it serves stale
/// (`served`), and the bindings attribute them to the response paths of the fields that returned
/// them (`attribute`). A response with any is never stored in the response cache.
public final class StaleReport: Sendable {
    /// One stale copy: where in the response, how old, from which service.
    public struct Entry: Sendable, Hashable {
        /// The response path of the field that returned it (nil when no field claimed it).
        public var path: [PathComponent]?
        /// The entity (`product:id:7`, or a whole search).
        public var entity: String
        /// Its age in whole seconds.
        public var ageSeconds: Int
        /// The service.
        public var service: String
    }
    private struct State {
        var served: [Entry] = []
        var byEntity: [String: Entry] = [:]
        var attributed: [Entry] = []
        var claimed = Set<Int>()
    }
    private let state = Mutex(State())

    /// The report of the request being executed.
    @TaskLocal public static var current: StaleReport?

    /// An empty report.
    public init() {}

    /// Records an entity served stale.
    public func served(entity: String, ageSeconds: Int, service: String) {
        let entry = Entry(path: nil, entity: entity, ageSeconds: ageSeconds, service: service)
        state.withLock { state in
            state.served.append(entry)
            state.byEntity[entity] = entry
        }
    }

    /// How many were served so far (a mark for `attribute(since:)`).
    public var mark: Int { state.withLock { $0.served.count } }

    /// The stale entry of an entity, if one was served stale.
    public func entry(for entity: String) -> Entry? { state.withLock { $0.byEntity[entity] } }

    /// Attributes an entity served stale to a response path.
    public func attribute(_ entity: String, path: [PathComponent]) {
        state.withLock { state in
            guard var entry = state.byEntity[entity] else { return }
            entry.path = path
            state.attributed.append(entry)
            if let index = state.served.firstIndex(where: { $0.entity == entity }) { state.claimed.insert(index) }
        }
    }

    /// Attributes what was served since `mark` and no field claimed yet to `path`.
    public func attribute(since mark: Int, path: [PathComponent]) {
        state.withLock { state in
            for index in mark..<state.served.count where !state.claimed.contains(index) {
                var entry = state.served[index]
                entry.path = path
                state.attributed.append(entry)
                state.claimed.insert(index)
            }
        }
    }

    /// Every stale copy, each path once; those no field claimed come last without a path.
    public var entries: [Entry] {
        state.withLock { state in
            var seen = Set<Entry>()
            let unclaimed = state.served.indices.filter { !state.claimed.contains($0) }.map { state.served[$0] }
            return (state.attributed + unclaimed).filter { seen.insert($0).inserted }
        }
    }
}
