import Synchronization

/// A thread-safe cache holding at most `capacity` entries, dropping the least recently used.
public final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Node {
        var key: Key
        var value: Value
        var previous: Int
        var next: Int
    }

    private struct Storage {
        var index: [Key: Int] = [:]
        var nodes: [Node] = []
        var head = -1  // most recent
        var tail = -1  // least recent
        var hits = 0
        var misses = 0
    }

    /// The most entries kept.
    public let capacity: Int
    private let storage = Mutex(Storage())

    /// Creates an empty cache; `capacity` is at least 1.
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
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
            return s.nodes[i].value
        }
    }

    /// Stores `value` under `key`, evicting the least recently used entry when full.
    public func set(_ value: Value, for key: Key) {
        storage.withLock { s in
            if let i = s.index[key] {
                s.nodes[i].value = value
                Self.moveToFront(i, &s)
                return
            }
            let i: Int
            if s.nodes.count < capacity {
                i = s.nodes.count
                s.nodes.append(Node(key: key, value: value, previous: -1, next: -1))
            } else {
                i = s.tail
                Self.unlink(i, &s)
                s.index[s.nodes[i].key] = nil
                s.nodes[i] = Node(key: key, value: value, previous: -1, next: -1)
            }
            s.index[key] = i
            Self.linkFront(i, &s)
        }
    }

    /// The number of entries.
    public var count: Int { storage.withLock { $0.index.count } }

    /// Lookups that found a value and lookups that did not, since creation.
    public var statistics: (hits: Int, misses: Int) { storage.withLock { ($0.hits, $0.misses) } }

    private static func moveToFront(_ i: Int, _ s: inout Storage) {
        guard s.head != i else { return }
        unlink(i, &s)
        linkFront(i, &s)
    }

    private static func unlink(_ i: Int, _ s: inout Storage) {
        let (p, n) = (s.nodes[i].previous, s.nodes[i].next)
        if p >= 0 { s.nodes[p].next = n } else { s.head = n }
        if n >= 0 { s.nodes[n].previous = p } else { s.tail = p }
        s.nodes[i].previous = -1
        s.nodes[i].next = -1
    }

    private static func linkFront(_ i: Int, _ s: inout Storage) {
        s.nodes[i].next = s.head
        s.nodes[i].previous = -1
        if s.head >= 0 { s.nodes[s.head].previous = i }
        s.head = i
        if s.tail < 0 { s.tail = i }
    }
}
