import Commerce

/// The products one read connection has loaded, valid for one data version of the database:
/// when any other connection commits, SQLite's `PRAGMA data_version` changes and the cache
/// starts over. Bounded: past `limit` products it starts over too.
struct SQLiteProductCache {
    private var productsByID: [Int64: Product] = [:]
    private var dataVersion: Int64?
    private let limit: Int

    /// An empty cache of at most `limit` products.
    init(limit: Int = 10_000) {
        self.limit = limit
    }

    /// Empties the cache unless `dataVersion` is the one its products were read under.
    mutating func validate(dataVersion: Int64) {
        if self.dataVersion != dataVersion {
            productsByID.removeAll(keepingCapacity: true)
            self.dataVersion = dataVersion
        }
    }

    /// The cached products among `ids`, and the ids not cached.
    func products(_ ids: [Int64]) -> (found: [Product], missing: [Int64]) {
        var found: [Product] = [], missing: [Int64] = []
        found.reserveCapacity(ids.count)
        for id in ids {
            if let product = productsByID[id] { found.append(product) } else { missing.append(id) }
        }
        return (found, missing)
    }

    /// Keeps products just read.
    mutating func add(_ products: [Product]) {
        if productsByID.count + products.count > limit { productsByID.removeAll(keepingCapacity: true) }
        for product in products { productsByID[product.id] = product }
    }
}
