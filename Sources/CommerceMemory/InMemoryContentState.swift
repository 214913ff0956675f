import Commerce

/// What an in-memory content store holds: pages by id and handle, and the id counters. A value,
/// so a write transaction works on a copy and the actor keeps it only when the transaction succeeds.
struct InMemoryContentState {
    var pagesByID: [Int64: Page] = [:]
    var pageIDByHandle: [String: Int64] = [:]
    var nextPageID: Int64 = 1
    var nextModuleID: Int64 = 1
    /// The webhook events of the publications, and their deliveries.
    var outbox = InMemoryOutbox()

    /// Pages by id.
    func pages(ids: [Int64]) -> [Int64: Page] { pagesByID.entries(for: ids) }

    /// Pages by handle.
    func pages(handles: [String]) -> [String: Page] { pageIDByHandle.entries(for: handles).compactMapValues { pagesByID[$0] } }
}
