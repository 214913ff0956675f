import Commerce
import Synchronization

/// The products this server has loaded from a catalog that other servers write too, kept while
/// nothing says they changed: the catalog's change channel (LISTEN/NOTIFY, `PostgresChangeFanOut`)
/// empties it on every catalog write or stock change committed by any server, this server's own
/// writes empty it as they commit, and while the channel is not listened to (the connection lost, not
/// yet back) the backend neither reads nor fills it. Each fill carries the generation it was read
/// under: a load that started before a change and ended after it is not kept. Bounded: past `limit`
/// products it starts over.
final class PostgresProductCache: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var products: [Int64: Product] = [:]
    }

    private let state = Mutex(State())
    private let limit: Int

    /// An empty cache of at most `limit` products.
    init(limit: Int = 10_000) {
        self.limit = limit
    }

    /// The generation a load starting now reads under.
    func generation() -> UInt64 {
        state.withLock { $0.generation }
    }

    /// The cached products among `ids`, and the ids not cached, when the cache is trusted at
    /// `generation`; otherwise nothing found.
    func products(_ ids: [Int64], at generation: UInt64) -> (found: [Product], missing: [Int64]) {
        state.withLock { state in
            guard state.generation == generation else { return ([], ids) }
            var found: [Product] = [], missing: [Int64] = []
            found.reserveCapacity(ids.count)
            for id in ids {
                if let product = state.products[id] { found.append(product) } else { missing.append(id) }
            }
            return (found, missing)
        }
    }

    /// Keeps products read under `generation`, unless something changed since.
    func add(_ products: [Product], readAt generation: UInt64) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.products.count + products.count > limit { state.products.removeAll(keepingCapacity: true) }
            for product in products { state.products[product.id] = product }
        }
    }

    /// Forgets every product: something may have changed.
    func invalidate() {
        state.withLock { state in
            state.generation &+= 1
            state.products.removeAll(keepingCapacity: true)
        }
    }
}
