import Synchronization

/// A thread-safe cache bounded both by a number of entries and by a byte budget, dropping the
/// least recently used entries first.
///
/// Each entry is weighed once, when stored, by the `weigh` function given at creation: an
/// estimate of the bytes the key and the value hold. An entry heavier than the whole budget is
/// not stored at all.
public final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Node {
        var key: Key
        var value: Value
        var bytes: Int
        var previous: Int
        var next: Int
    }

    private struct Storage {
        var index: [Key: Int] = [:]
        /// Slots; nil is a free slot, listed in `free`.
        var nodes: [Node?] = []
        var free: [Int] = []
        var head = -1  // most recent
        var tail = -1  // least recent
        var bytes = 0
        var hits = 0
        var misses = 0
        var evictions = 0
    }

    /// The most entries kept.
    public let capacity: Int
    /// The most bytes kept, as weighed.
    public let maxBytes: Int
    private let weigh: @Sendable (Key, Value) -> Int
    private let storage = Mutex(Storage())

    /// Creates an empty cache; `capacity` is at least 1. Without `weigh`, entries weigh nothing
    /// and only `capacity` bounds the cache.
    public init(capacity: Int, maxBytes: Int = .max, weigh: @escaping @Sendable (Key, Value) -> Int = { _, _ in 0 }) {
        self.capacity = max(1, capacity)
        self.maxBytes = max(0, maxBytes)
        self.weigh = weigh
    }

    /// The value for `key`, marking it recently used; counts a hit or a miss.
    public func value(for key: Key) -> Value? {
        storage.withLock { s in
            guard let i = s.index[key] else {
                s.misses += 1
                return nil
            }
            s.hits += 1
            Self.moveToFront(i, &s)
            return s.nodes[i]!.value
        }
    }

    /// Stores `value` under `key`, evicting the least recently used entries until both bounds
    /// hold. Returns false when the entry alone is over the byte budget and was not stored.
    @discardableResult
    public func set(_ value: Value, for key: Key) -> Bool {
        let bytes = weigh(key, value)
        return storage.withLock { s in
            if let i = s.index[key] { Self.remove(i, &s) }
            guard bytes <= maxBytes else { return false }
            let i: Int
            let node = Node(key: key, value: value, bytes: bytes, previous: -1, next: -1)
            if let slot = s.free.popLast() {
                i = slot
                s.nodes[i] = node
            } else {
                i = s.nodes.count
                s.nodes.append(node)
            }
            s.index[key] = i
            s.bytes += bytes
            Self.linkFront(i, &s)
            while s.index.count > capacity || s.bytes > maxBytes, s.tail >= 0, s.tail != i {
                Self.remove(s.tail, &s)
                s.evictions += 1
            }
            return true
        }
    }

    /// Removes the entry for `key`, if any.
    public func removeValue(for key: Key) {
        storage.withLock { s in
            if let i = s.index[key] { Self.remove(i, &s) }
        }
    }

    /// The number of entries.
    public var count: Int { storage.withLock { $0.index.count } }

    /// The bytes held, as weighed.
    public var bytes: Int { storage.withLock { $0.bytes } }

    /// Lookups that found a value and lookups that did not, since creation.
    public var statistics: (hits: Int, misses: Int) { storage.withLock { ($0.hits, $0.misses) } }

    /// Entries dropped to make room, since creation.
    public var evictions: Int { storage.withLock { $0.evictions } }

    private static func remove(_ i: Int, _ s: inout Storage) {
        unlink(i, &s)
        let node = s.nodes[i]!
        s.index[node.key] = nil
        s.bytes -= node.bytes
        s.nodes[i] = nil
        s.free.append(i)
    }

    private static func moveToFront(_ i: Int, _ s: inout Storage) {
        guard s.head != i else { return }
        unlink(i, &s)
        linkFront(i, &s)
    }

    private static func unlink(_ i: Int, _ s: inout Storage) {
        let (p, n) = (s.nodes[i]!.previous, s.nodes[i]!.next)
        if p >= 0 { s.nodes[p]!.next = n } else { s.head = n }
        if n >= 0 { s.nodes[n]!.previous = p } else { s.tail = p }
        s.nodes[i]!.previous = -1
        s.nodes[i]!.next = -1
    }

    private static func linkFront(_ i: Int, _ s: inout Storage) {
        s.nodes[i]!.next = s.head
        s.nodes[i]!.previous = -1
        if s.head >= 0 { s.nodes[s.head]!.previous = i }
        s.head = i
        if s.tail < 0 { s.tail = i }
    }
}
