import Commerce

extension PostgresCatalogBackend: ChangeFeed {
    /// Listens to the catalog's change channel: catalog writes and stock changes of any server.
    /// `onChange` is called after this backend's product cache has been emptied.
    public func subscribe(_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription {
        changes.subscribe(onChange)
    }
}
