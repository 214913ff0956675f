import Commerce

/// The products one read connection has loaded, per `CatalogContext` (the same product reads
/// differently in each channel and language), valid for one data version of the database: when
/// any other connection commits, SQLite's `PRAGMA data_version` changes and the cache starts
/// over. Bounded: past `limit` products, over all contexts, it starts over too.
struct SQLiteProductCache {
    private var productsByContext: [CatalogContext: [Int64: Product]] = [:]
    private var factsByChannel: [String: SQLiteChannelFacts] = [:]
    private var count = 0
    private var dataVersion: Int64?
    private let limit: Int

    /// An empty cache of at most `limit` products.
    init(limit: Int = 10_000) {
        self.limit = limit
    }

    /// Empties the cache unless `dataVersion` is the one its products were read under.
    mutating func validate(dataVersion: Int64) {
        if self.dataVersion != dataVersion {
            productsByContext.removeAll(keepingCapacity: true)
            factsByChannel.removeAll(keepingCapacity: true)
            count = 0
            self.dataVersion = dataVersion
        }
    }

    /// The products among `ids` cached for `context`, and the ids not cached for it.
    func products(_ ids: [Int64], in context: CatalogContext) -> (found: [Product], missing: [Int64]) {
        guard let cached = productsByContext[context] else { return ([], ids) }
        var found: [Product] = [], missing: [Int64] = []
        found.reserveCapacity(ids.count)
        for id in ids {
            if let product = cached[id] { found.append(product) } else { missing.append(id) }
        }
        return (found, missing)
    }

    /// What the cache knows of a channel's rows, under its data version.
    func facts(_ channel: String) -> SQLiteChannelFacts? { factsByChannel[channel] }

    /// Keeps what was read of a channel's rows.
    mutating func keep(_ facts: SQLiteChannelFacts, for channel: String) {
        if factsByChannel.count >= 256 { factsByChannel.removeAll(keepingCapacity: true) }
        factsByChannel[channel] = facts
    }

    /// Keeps products just read in `context`.
    mutating func add(_ products: [Product], in context: CatalogContext) {
        if count + products.count > limit {
            productsByContext.removeAll(keepingCapacity: true)
            count = 0
        }
        var cached = productsByContext.removeValue(forKey: context) ?? [:]
        for product in products where cached.updateValue(product, forKey: product.id) == nil { count += 1 }
        productsByContext[context] = cached
    }
}
