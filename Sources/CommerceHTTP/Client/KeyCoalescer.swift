import Commerce
import Synchronization

/// Keys of one batched read asked for by several fields of one request at once, sent as one call:
/// the first caller starts a batch that waits a few turns of the scheduler for its siblings' keys
/// (at least 8, and more while keys keep arriving), then half a millisecond.
final class KeyCoalescer<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// What one batch came to: the values found or served stale, the keys neither, and why.
    struct Outcome: Sendable {
        var values: [Key: Value]
        var unresolved: Set<Key>
        var failure: String?
    }
    private struct State {
        var pending: [Key] = []
        var batch: Task<Outcome, Never>?
    }
    private let state = Mutex(State())

    /// The values for `keys`, from the batch forming now (or a new one), which `run` loads.
    func load(_ keys: [Key], service: String, run: @escaping @Sendable ([Key]) async -> Outcome) async throws -> [Key: Value] {
        let batch = state.withLock { state -> Task<Outcome, Never> in
            state.pending += keys
            if let forming = state.batch { return forming }
            let task = Task { [self] () async -> Outcome in
                // At least 8 turns of the scheduler, and more (up to 64) while keys keep arriving:
                // on a busy machine siblings' tasks may start a few turns late.
                var turns = 0, seen = -1
                while turns < 64 {
                    await Task.yield()
                    turns += 1
                    let count = pendingCount()
                    if turns >= 8 && count == seen { break }
                    seen = count
                }
                // Then a short pause: sibling fields may still be resolving on another thread (the
                // event loop's synchronous pass), and one call for all of them costs less than two.
                try? await Task.sleep(nanoseconds: 500_000)
                return await run(take())
            }
            state.batch = task
            return task
        }
        let outcome = await batch.value
        var mine: [Key: Value] = [:]
        for key in keys { mine[key] = outcome.values[key] }
        guard keys.contains(where: outcome.unresolved.contains) else { return mine }
        throw UpstreamUnavailableError(service: service, detail: outcome.failure ?? "unavailable",
                                       partial: Dictionary(uniqueKeysWithValues: mine.map { (AnyHashable($0.key), $0.value as any Sendable) }))
    }

    /// How many keys the forming batch holds.
    private func pendingCount() -> Int { state.withLock { $0.pending.count } }

    /// The batch's keys, once; later keys start the next batch.
    private func take() -> [Key] {
        state.withLock { state in
            let keys = state.pending
            (state.pending, state.batch) = ([], nil)
            return keys
        }
    }
}
