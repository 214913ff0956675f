extension CommerceBackends {
    /// The backends that keep a webhook outbox, carts first, then catalog and content, each outbox
    /// once (two domains in one SQLite file share one).
    public var webhookOutboxes: [any WebhookOutbox] {
        var seen: Set<String> = []
        return [carts as any Sendable, catalog, content].compactMap { backend in
            guard let outbox = backend as? any WebhookOutbox, seen.insert(outbox.outboxIdentity).inserted else { return nil }
            return outbox
        }
    }
}
