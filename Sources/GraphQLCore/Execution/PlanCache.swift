// The plans of one prepared document, bounded: least recently used first out.

/// Plans by key, at most `capacity` of them; a lookup marks its plan as used. Not
/// thread-safe: `PreparedDocument` holds it under its lock.
struct PlanCache<Key: Hashable, Plan> {
    private struct Entry {
        let plan: Plan
        var lastUse: UInt64
    }

    let capacity: Int
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The plans held.
    var count: Int { entries.count }

    /// The plan under `key`, marked as the most recently used.
    mutating func plan(for key: Key) -> Plan? {
        guard entries[key] != nil else { return nil }
        clock &+= 1
        entries[key]!.lastUse = clock
        return entries[key]!.plan
    }

    /// Stores a plan, evicting the least recently used one when full (a scan: the bound is small).
    mutating func insert(_ plan: Plan, for key: Key) {
        clock &+= 1
        if entries[key] == nil, entries.count >= capacity,
           let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries[oldest] = nil
        }
        entries[key] = Entry(plan: plan, lastUse: clock)
    }
}
