/// One write transaction on a content store, handed by `ContentBackend.writeContent(_:)` to a
/// synchronous domain closure. Lookups see what the transaction saved so far; nothing it saves is
/// visible to others before the closure returns, and nothing is kept when the closure throws.
/// A backend implements it with storage code only; the rules are `ContentRules`.
public protocol ContentTransaction {
    /// Pages by id, with their modules, drafts included.
    func pages(ids: [Int64]) throws -> [Int64: Page]
    /// Pages by handle, with their modules, drafts included.
    func pages(handles: [String]) throws -> [String: Page]
    /// A page id no page has, nor any id handed out before.
    func newPageID() throws -> Int64
    /// A module id no module has, nor any id handed out before.
    func newModuleID() throws -> Int64
    /// Stores the page as given, creating it or replacing the one with its id, with exactly its
    /// modules in their order.
    func save(_ page: Page) throws
    /// Writes a webhook event to the store's outbox, in this transaction (`WebhookOutbox`). A backend
    /// without an outbox keeps the default, which drops it.
    func appendEvent(_ event: WebhookEvent) throws
}

extension ContentTransaction {
    /// Drops the event: the store keeps no outbox.
    public func appendEvent(_ event: WebhookEvent) throws {}
}
