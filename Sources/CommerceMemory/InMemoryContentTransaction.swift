import Commerce

/// A write transaction of `InMemoryContentBackend`: lookups and saves on its own copy of the
/// pages, which the actor keeps when the domain closure returns.
final class InMemoryContentTransaction: ContentTransaction {
    private(set) var state: InMemoryContentState

    init(state: InMemoryContentState) {
        self.state = state
    }

    func pages(ids: [Int64]) -> [Int64: Page] { state.pages(ids: ids) }

    func pages(handles: [String]) -> [String: Page] { state.pages(handles: handles) }

    func newPageID() -> Int64 {
        defer { state.nextPageID += 1 }
        return state.nextPageID
    }

    func newModuleID() -> Int64 {
        defer { state.nextModuleID += 1 }
        return state.nextModuleID
    }

    func save(_ page: Page) {
        if let stored = state.pagesByID[page.id] { state.pageIDByHandle[stored.handle] = nil }
        state.pagesByID[page.id] = page
        state.pageIDByHandle[page.handle] = page.id
    }

    func appendEvent(_ event: WebhookEvent) {
        state.outbox.append(event)
    }
}
