/// One bounded cache's size, as `/metrics` reports it.
public struct CacheBytes: Sendable, Equatable {
    /// The cache's label in the metrics (`documents`, `persisted_queries`, `responses`).
    public var name: String
    /// Entries held.
    public var entries: Int
    /// Bytes held, as the cache weighs its entries, and its budget.
    public var bytes: (used: Int, budget: Int)

    /// Describes a cache.
    public init(name: String, entries: Int, bytes: (used: Int, budget: Int)) {
        self.name = name
        self.entries = entries
        self.bytes = bytes
    }

    public static func == (a: CacheBytes, b: CacheBytes) -> Bool {
        a.name == b.name && a.entries == b.entries && a.bytes == b.bytes
    }
}
