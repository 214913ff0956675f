import Synchronization

// One execution per missing answer: when many requests ask for the same public query at once
// (right after a mutation made every answer stale, or when an answer aged out), the first
// executes it and the others wait for its answer instead of executing it too.

extension ResponseCache {
    /// A request's part in a flight: it executes (leader) or waits for the leader (follower).
    final class Ticket: Sendable {
        enum Role: UInt8 { case undecided, leader, follower }
        private let value = Atomic<UInt8>(Role.undecided.rawValue)

        var role: Role {
            get { Role(rawValue: value.load(ordering: .acquiring)) ?? .undecided }
            set { value.store(newValue.rawValue, ordering: .releasing) }
        }
    }

    /// Starts a flight for `key` unless one is under way: true makes the caller its leader,
    /// which must `land` it when its execution finished.
    func claim(_ key: Key) -> Bool {
        flights.withLock { flights in
            guard flights[key] == nil else { return false }
            flights[key] = []
            return true
        }
    }

    /// The leader's answer for `key` once it lands, or the stored answer if it already landed;
    /// nil when the leader's answer could not be stored (the caller then executes).
    func wait(for key: Key) async -> Entry? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Entry?, Never>) in
            let waiting = flights.withLock { flights -> Bool in
                guard flights[key] != nil else { return false }
                flights[key]!.append(continuation)
                return true
            }
            if !waiting { continuation.resume(returning: answer(for: key)) }
        }
    }

    /// Ends the flight for `key`, handing `entry` (the stored answer, or nil) to every follower.
    func land(_ key: Key, with entry: Entry?) {
        let followers = flights.withLock { flights in flights.removeValue(forKey: key) ?? [] }
        if !followers.isEmpty { coalesced.wrappingAdd(followers.count, ordering: .relaxed) }
        for follower in followers { follower.resume(returning: entry) }
    }

    /// Requests answered by another request's execution, since creation.
    public var coalescedCount: Int { coalesced.load(ordering: .relaxed) }
}
