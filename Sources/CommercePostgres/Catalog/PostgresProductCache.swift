import Commerce
import Synchronization

/// The products this server has loaded from a catalog that other servers write too, kept while
/// nothing says they changed: the catalog's change channel (LISTEN/NOTIFY, `PostgresChangeFanOut`)
/// empties it on every catalog write or stock change committed by any server, this server's own
/// writes empty it as they commit, and while the channel is not listened to (the connection lost, not
/// yet back) the backend neither reads nor fills it. Each fill carries the generation it was read
/// under: a load that started before a change and ended after it is not kept. Products are kept per
/// `CatalogContext` (each channel and language reads them differently). Bounded: past `limit`
/// products, over all contexts, it starts over.
final class PostgresProductCache: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var products: [CatalogContext: [Int64: Product]] = [:]
        var count = 0
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
    func products(_ ids: [Int64], in context: CatalogContext, at generation: UInt64) -> (found: [Product], missing: [Int64]) {
        state.withLock { state in
            guard state.generation == generation, let cached = state.products[context] else { return ([], ids) }
            var found: [Product] = [], missing: [Int64] = []
            found.reserveCapacity(ids.count)
            for id in ids {
                if let product = cached[id] { found.append(product) } else { missing.append(id) }
            }
            return (found, missing)
        }
    }

    /// Keeps products read in `context` under `generation`, unless something changed since.
    func add(_ products: [Product], in context: CatalogContext, readAt generation: UInt64) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.count + products.count > limit {
                state.products.removeAll(keepingCapacity: true)
                state.count = 0
            }
            for product in products where state.products[context, default: [:]].updateValue(product, forKey: product.id) == nil {
                state.count += 1
            }
        }
    }

    /// Forgets every product: something may have changed.
    func invalidate() {
        state.withLock { state in
            state.generation &+= 1
            state.products.removeAll(keepingCapacity: true)
            state.count = 0
        }
    }
}
