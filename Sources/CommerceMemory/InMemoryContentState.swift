import Commerce

/// What an in-memory content store holds: pages by id and handle, and the id counters. A value,
/// so a write transaction works on a copy and the actor keeps it only when the transaction succeeds.
struct InMemoryContentState {
    var pagesByID: [Int64: Page] = [:]
    var pageIDByHandle: [String: Int64] = [:]
    var nextPageID: Int64 = 1
    var nextModuleID: Int64 = 1

    /// Pages by id.
    func pages(ids: [Int64]) -> [Int64: Page] {
        var result: [Int64: Page] = [:]
        for id in ids { if let page = pagesByID[id] { result[id] = page } }
        return result
    }

    /// Pages by handle.
    func pages(handles: [String]) -> [String: Page] {
        var result: [String: Page] = [:]
        for handle in handles { if let id = pageIDByHandle[handle] { result[handle] = pagesByID[id] } }
        return result
    }
}
