import Commerce
import Dispatch
import Synchronization

/// An upstream's answers by entity (`product:id:7`, `page:handle:about`): each kept as long as its
/// answer's `max-age` plus `stale-if-error` allow. Fresh (within `max-age`) it is served without a
/// call; past that, only when the upstream fails, as a stale copy.
final class StaleCache: Sendable {
    struct Entry: Sendable {
        var value: any Sendable
        var storedAt: UInt64
        var maxAge: Double
        var staleIfError: Double

        /// Seconds since it was stored.
        var age: Double { Double(DispatchTime.now().uptimeNanoseconds &- storedAt) / 1e9 }
    }
    let capacity: Int
    private let entries = Mutex([String: Entry]())

    init(capacity: Int) { self.capacity = capacity }

    /// Keeps a value under the answer's lifetimes (nothing when both are 0).
    func store(_ key: String, _ value: any Sendable, _ answer: UpstreamAnswer) {
        guard capacity > 0, answer.maxAge > 0 || answer.staleIfError > 0 else { return }
        let entry = Entry(value: value, storedAt: DispatchTime.now().uptimeNanoseconds, maxAge: answer.maxAge,
                          staleIfError: answer.staleIfError)
        entries.withLock { entries in
            if entries.count >= capacity, entries[key] == nil {
                for old in entries.keys.prefix(max(1, capacity / 10)) { entries[old] = nil }
            }
            entries[key] = entry
        }
    }

    /// The value when it is fresh.
    func fresh(_ key: String) -> (any Sendable)? {
        entries.withLock { $0[key] }.flatMap { $0.age < $0.maxAge ? $0.value : nil }
    }

    /// The value and its age while `stale-if-error` still allows it.
    func stale(_ key: String) -> (value: any Sendable, age: Double)? {
        guard let entry = entries.withLock({ $0[key] }) else { return nil }
        let age = entry.age
        return age < entry.maxAge + entry.staleIfError ? (entry.value, age) : nil
    }

    /// Entries held.
    var count: Int { entries.withLock { $0.count } }
}
