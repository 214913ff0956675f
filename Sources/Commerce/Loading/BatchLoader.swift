/// A per-request DataLoader: keys asked for while a batch is forming go to the backend in one call,
/// and every key is loaded at most once per request.
///
/// The first key starts a batch, which waits at least `yields` turns of the cooperative scheduler, and
/// more while keys keep arriving, before it dispatches, so sibling resolvers running concurrently add
/// their keys to it. That is best effort: a sibling the scheduler has not started yet misses the batch. `prefetch` adds keys
/// without waiting, for callers that know ahead what their children will ask for (a page knows
/// every carousel's products), which batches even when the executor resolves siblings one by one.
public actor BatchLoader<Key: Hashable & Sendable, Value: Sendable> {
    /// Loads many keys in one backend call; keys with no value are absent.
    public typealias BatchFunction = @Sendable ([Key]) async throws -> [Key: Value]

    private let batchFunction: BatchFunction
    private let yields: Int
    private var cache: [Key: Task<[Key: Value], Error>] = [:]
    private var forming: Task<[Key: Value], Error>?
    private var formingKeys: [Key] = []
    /// How many backend calls the loader made.
    public private(set) var batchCount = 0
    /// How many keys it sent in all.
    public private(set) var keyCount = 0

    /// Creates a loader over a batch function.
    public init(yields: Int = 8, _ batchFunction: @escaping BatchFunction) {
        self.batchFunction = batchFunction
        self.yields = yields
    }

    /// The value for one key, or nil when the backend has none.
    public func load(_ key: Key) async throws -> Value? {
        try await loadMany([key])[key]
    }

    /// The values for many keys, from one batch where they were not loaded before.
    public func loadMany(_ keys: [Key]) async throws -> [Key: Value] {
        let tasks = schedule(keys)
        var result: [Key: Value] = [:]
        for key in keys {
            guard let task = tasks[key] else { continue }
            do {
                if let value = try await task.value[key] { result[key] = value }
            } catch let error as UpstreamUnavailableError {
                // An upstream served some keys of the batch (stale copies): those keys have them.
                guard let value = error.partial[AnyHashable(key)] as? Value else { throw error }
                result[key] = value
            }
        }
        return result
    }

    /// Adds keys to the forming batch without waiting for it.
    public func prefetch(_ keys: [Key]) {
        _ = schedule(keys)
    }

    /// Stores a value known without a backend call (for example, returned by a write), replacing any cached one.
    public func prime(_ key: Key, _ value: Value) {
        cache[key] = Task { [key: value] }
    }

    /// Stores many values known without a backend call, replacing any cached ones. One finished task
    /// holds them all: a search page primes hundreds of variants, and a task each was a hot spot.
    public func prime(_ values: [Key: Value]) {
        guard !values.isEmpty else { return }
        let task = Task<[Key: Value], Error> { values }
        for key in values.keys { cache[key] = task }
    }

    /// Forgets keys, so the next load asks the backend again (after a write changed them).
    public func clear(_ keys: [Key]) {
        for key in keys { cache[key] = nil }
    }

    private func schedule(_ keys: [Key]) -> [Key: Task<[Key: Value], Error>] {
        var tasks: [Key: Task<[Key: Value], Error>] = [:]
        for key in keys {
            if let cached = cache[key] {
                tasks[key] = cached
                continue
            }
            let batch = forming ?? startBatch()
            formingKeys.append(key)
            cache[key] = batch
            tasks[key] = batch
        }
        return tasks
    }

    private func startBatch() -> Task<[Key: Value], Error> {
        let yields = self.yields
        let task = Task { [self] () async throws -> [Key: Value] in
            var seen = 0, turns = 0
            while turns < 64 {
                await Task.yield()
                turns += 1
                let count = self.formingKeys.count
                if turns >= yields && count == seen { break }
                seen = count
            }
            let keys = self.takeFormingKeys()
            return try await batchFunction(keys)
        }
        forming = task
        return task
    }

    private func takeFormingKeys() -> [Key] {
        let keys = formingKeys
        formingKeys = []
        forming = nil
        batchCount += 1
        keyCount += keys.count
        return keys
    }
}
